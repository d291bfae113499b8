/**
 * The endpoint rules of docs/PROTOCOL.md §3 and the per-attempt headers: needed only
 * when a report is sent, so they live apart from the page config, which
 * every page loads.
 */
import type { HeadersSource, PartialConfig } from '../config.js';
import { isWebUrl } from '../internal/web-url.js';

export type EndpointSource = 'element' | 'page';

export type EndpointCheck =
  | { ok: true; url: URL }
  | { ok: false; reason: 'missing' | 'scheme' | 'not-allowed' };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
}

/**
 * Applies the endpoint rules of docs/PROTOCOL.md §3 at the moment a report is sent.
 * An endpoint named by an element attribute is honoured only when it is same
 * origin or listed in `allowedEndpoints`: host pages hold user-written
 * content, and pasted markup must not collect reports.
 */
export function checkEndpoint(
  endpoint: string | undefined,
  source: EndpointSource,
  config: PartialConfig,
  base: string = document.baseURI,
  pageOrigin: string = location.origin,
): EndpointCheck {
  if (!endpoint || !endpoint.trim()) return { ok: false, reason: 'missing' };
  let url: URL;
  try {
    url = new URL(endpoint.trim(), base);
  } catch {
    return { ok: false, reason: 'scheme' };
  }
  // Only http(s) is ever posted to: `blob:`, `data:` and `javascript:` URLs
  // all have an origin of "null" on a sandboxed or file page, and "null" is
  // never the same origin as anything.
  const web = isWebUrl(url);
  const sameOrigin = web && url.origin !== 'null' && url.origin === pageOrigin;
  const schemeOk = sameOrigin || url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname));
  if (!web || !schemeOk || url.username || url.password) return { ok: false, reason: 'scheme' };

  if (source === 'element' && !sameOrigin && !isAllowed(url, config.allowedEndpoints)) {
    return { ok: false, reason: 'not-allowed' };
  }
  return { ok: true, url };
}

function isAllowed(url: URL, allowed: readonly string[] | undefined): boolean {
  if (!Array.isArray(allowed)) return false;
  return allowed.some((entry) => {
    try {
      const a = new URL(String(entry).trim());
      // `https://reports.example.com` (with or without the last slash, any
      // case, default port or not) names an origin; anything with a path,
      // query or hash names one exact URL.
      const isOrigin = a.pathname === '/' && !a.search && !a.hash;
      return isOrigin ? a.origin === url.origin : a.href === url.href;
    } catch {
      return false;
    }
  });
}

/**
 * Whether the configured headers may go to `endpoint` (docs/PROTOCOL.md §3): only to
 * the page's own origin or the page config's endpoint origin, decided for
 * each attempt with the config as it is then.
 */
export function headersAllowed(
  endpoint: string,
  config: PartialConfig,
  base: string = document.baseURI,
  pageOrigin: string = location.origin,
): boolean {
  let origin: string;
  try {
    origin = new URL(endpoint, base).origin;
  } catch {
    return false;
  }
  return origin !== 'null' && (origin === pageOrigin || origin === configOrigin(config, base));
}

function configOrigin(config: PartialConfig, base: string): string | undefined {
  if (!config.endpoint) return undefined;
  try {
    return new URL(config.endpoint, base).origin;
  } catch {
    return undefined;
  }
}

/** Computes the configured headers for one attempt (a function is called every time). */
export async function resolveHeaders(source: HeadersSource | undefined): Promise<Record<string, string>> {
  if (!source) return {};
  const value = typeof source === 'function' ? await source() : source;
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}
