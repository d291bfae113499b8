import type { ReportConcernConfig } from '../config.js';

/**
 * State shared by every copy of the script on a page (loaded twice, or two
 * versions): one config, one dialog, one set of definitions. It lives on
 * `globalThis` under a registered symbol, so its shape only ever grows.
 */
export interface Registry {
  /** Config from `data-*` on the loading script tag, first copy wins. */
  scriptConfig?: Partial<ReportConcernConfig>;
  /** Every `configure()` call, in order; later wins. */
  calls: Partial<ReportConcernConfig>[];
  /** Versions of the widget that have loaded on this page. */
  versions: string[];
}

const KEY = Symbol.for('report-concern');

export function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= { calls: [], versions: [] });
}

/** Defines a custom element once, whichever copy of the script gets there first. */
export function safeDefine(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
