/**
 * The endpoint rules of CONTRACT §3 and the per-attempt headers: needed only
 * when a report is sent, so they live apart from the page config, which
 * every page loads.
 */
import type { HeadersSource, PartialConfig } from '../config.js';

export type EndpointSource = 'element' | 'page';

export type EndpointCheck =
  | { ok: true; url: URL; sendHeaders: boolean }
  | { ok: false; reason: 'missing' | 'scheme' | 'not-allowed' };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
}

/**
 * Applies the endpoint rules of CONTRACT §3 at the moment a report is sent.
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
  const sameOrigin = url.origin === pageOrigin;
  const schemeOk =
    sameOrigin || url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname));
  if (!schemeOk || url.username || url.password) return { ok: false, reason: 'scheme' };

  if (source === 'element' && !sameOrigin && !isAllowed(url, config.allowedEndpoints)) {
    return { ok: false, reason: 'not-allowed' };
  }
  return { ok: true, url, sendHeaders: sameOrigin || url.origin === configOrigin(config, base) };
}

function isAllowed(url: URL, allowed: readonly string[] | undefined): boolean {
  if (!Array.isArray(allowed)) return false;
  return allowed.some((entry) => {
    try {
      const a = new URL(entry);
      // `https://reports.example.com` (with or without the last slash) names an origin.
      const isOrigin = String(entry).trim().replace(/\/$/, '') === a.origin;
      return isOrigin ? a.origin === url.origin : a.href === url.href;
    } catch {
      return false;
    }
  });
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
