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

/**
 * Defines a custom element once, whichever copy of the script gets there
 * first. Each copy marks the classes it defines, so a later copy (the same
 * script twice, or another version) stays quiet, while a tag that another
 * library took is named in a warning: its elements on this page are not ours
 * and would otherwise silently do nothing.
 */
export function safeDefine(tag: string, ctor: CustomElementConstructor & { [KEY]?: 1 }): void {
  const taken = customElements.get(tag) as typeof ctor | undefined;
  if (!taken) customElements.define(tag, ((ctor[KEY] = 1), ctor));
  else if (!taken[KEY]) console.warn(`report-concern: another script already defined <${tag}>; it will not report.`);
}
