/**
 * Page configuration and the precedence rules of docs/PROTOCOL.md §3.
 *
 * The page config merges, later wins: `window.reportConcernConfig`, then
 * `data-*` on the loading script tag, then each `configure()` call. For one
 * report, first wins: the button, the dialog, the page.
 */
import { registry } from './internal/registry.js';
import type { Category } from './report/categories.js';
import type { StringOverrides } from './i18n/strings.js';

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
  /** Overrides for any text the widget shows, at any depth (`{ categories: { other: '…' } }`). */
  strings: StringOverrides;
  /** Where a reporter who feels unsafe gets help at once. */
  helpUrl: string;
  helpText: string;
  /** `drafts` keeps unsent drafts across browser restarts; default: only while the tab lives. */
  persist: 'session' | 'drafts';
  /** Milliseconds one delivery attempt may take before it is abandoned. */
  timeout: number;
  /** `light` or `dark`; default: follow `prefers-color-scheme`. A button's or the dialog's `theme` attribute wins. */
  theme: 'light' | 'dark' | 'auto';
  /** Bot friction: a hidden field; `context.honeypotFilled` says whether something filled it. */
  honeypot: boolean;
  /**
   * Following reports after delivery (docs/PROTOCOL.md §9). `device` keeps
   * each delivered report's receipt in IndexedDB and shows its status when
   * the dialog opens again for that subject; `session` asks the receiver,
   * which knows the signed-in reporter through `identify`, and keeps
   * nothing on the device. Default: neither; nothing is kept or asked.
   */
  receipts: 'device' | 'session';
  /** Bot friction: the send waits until this many ms have passed since the form opened; `context.fillMs` says how long it took. */
  minSubmitMs: number;
  /** Offers `illegal`: a notice of illegal content with the fields the law asks for (docs/PROTOCOL.md §8). */
  legalNotices: boolean;
  /** The signed-in member, to fill in a notice's name and email. */
  notifier: { name?: string; email?: string };
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
        merged.strings = mergeStrings(merged.strings, value as StringOverrides);
      } else {
        (merged as Record<string, unknown>)[key] = value;
      }
    }
  }
  return merged;
}

/**
 * Lays `layer` over `base`: groups of texts (`categories`, `errors`…) merge
 * key by key at any depth, a text or a function replaces what was there.
 * Used across config layers and over a locale's strings alike.
 */
export function mergeStrings<T extends object>(base: T, layer: object): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(layer)) {
    const current = out[key];
    if (value !== undefined) {
      out[key] = typeof current == 'object' && typeof value == 'object' && current && value ? mergeStrings(current, value) : value;
    }
  }
  return out as T;
}
