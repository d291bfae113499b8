/**
 * Page configuration and the precedence rules of CONTRACT §3.
 *
 * The page config merges, later wins: `window.reportConcernConfig`, then
 * `data-*` on the loading script tag, then each `configure()` call. For one
 * report, first wins: the button, the dialog, the page.
 */
import { registry } from './internal/registry.js';
import type { Category } from './report/categories.js';
import type { Strings } from './i18n/strings.js';

export type HeadersSource =
  | Record<string, string>
  | (() => Record<string, string> | Promise<Record<string, string>>);

export interface ReportConcernConfig {
  /** Where reports are POSTed: a relative URL, `https:`, or `http:` to localhost. */
  endpoint: string;
  /** Origins or exact URLs that an `endpoint` attribute on an element may name. */
  allowedEndpoints: string[];
  locale: string;
  /** Extra request headers, computed afresh for every attempt and never stored. */
  headers: HeadersSource;
  /** Cookies on the request; `same-origin` unless set. */
  credentials: RequestCredentials;
  /** The categories to offer, in order: an array or a comma list. */
  categories: Category[] | string;
  /** Overrides for any text the widget shows. */
  strings: Partial<Strings>;
  /** Where a reporter who feels unsafe gets help at once. */
  helpUrl: string;
  helpText: string;
  /** `drafts` keeps unsent drafts across browser restarts; default: only while the tab lives. */
  persist: 'session' | 'drafts';
  /** Milliseconds one delivery attempt may take before it is abandoned. */
  timeout: number;
  /** `light` or `dark`; default: follow `prefers-color-scheme`. A button's or the dialog's `theme` attribute wins. */
  theme: 'light' | 'dark' | 'auto';
}

export type PartialConfig = Partial<ReportConcernConfig>;

declare global {
  interface Window {
    reportConcernConfig?: PartialConfig;
  }
}

/** Adds to the page config; later calls win key by key. */
export function configure(config: PartialConfig): void {
  registry().calls.push({ ...config });
}

/** Reads `data-endpoint`, `data-locale` and `data-categories` off the loading script tag. */
export function readScriptConfig(script: HTMLScriptElement | null): PartialConfig | undefined {
  if (!script) return undefined;
  const out: PartialConfig = {};
  const { endpoint, locale, categories } = script.dataset;
  if (endpoint) out.endpoint = endpoint;
  if (locale) out.locale = locale;
  if (categories) out.categories = categories;
  return out;
}

/** The merged page config at this moment. */
export function pageConfig(): PartialConfig {
  const reg = registry();
  const fromWindow = typeof window !== 'undefined' ? window.reportConcernConfig : undefined;
  const merged: PartialConfig = {};
  for (const layer of [fromWindow, reg.scriptConfig, ...reg.calls]) {
    if (!layer || typeof layer !== 'object') continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if (key === 'strings' && merged.strings) {
        merged.strings = { ...merged.strings, ...(value as Partial<Strings>) };
      } else {
        (merged as Record<string, unknown>)[key] = value;
      }
    }
  }
  return merged;
}

/** The first value that is set, in the order given (button, dialog, page). */
export function firstSet<T>(...values: (T | null | undefined | '')[]): T | undefined {
  for (const v of values) if (v !== undefined && v !== null && v !== '') return v as T;
  return undefined;
}

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
