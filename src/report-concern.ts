/**
 * The one script a page loads. It defines the three elements and reads the
 * page config from its own `<script>` tag; the form loads when first needed.
 * Loading it twice (or two versions) defines nothing twice; loading it on a
 * server defines nothing at all.
 */
import { FlagButton } from './elements/flag-button/flag-button.js';
import { ReportUserButton } from './elements/report-user-button/report-user-button.js';
import { ReportConcernDialog } from './elements/report-concern-dialog/report-concern-dialog.js';
import { readScriptConfig } from './config.js';
import { registry, safeDefine } from './internal/registry.js';
import { loadOutbox } from './internal/load-dialog.js';
import { wakeOutbox } from './outbox/wake.js';
import { VERSION } from './version.js';

export { configure } from './config.js';

function ownScriptTag(): HTMLScriptElement | null {
  const self = import.meta.url;
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')) {
    if (script.src === self) return script;
  }
  return null;
}

// On a server (Next.js, Nuxt, Astro render there first) there is no page:
// importing this file must do nothing and throw nothing.
if (typeof document == 'object') {
  const reg = registry();
  if (!reg.versions.includes(VERSION)) reg.versions.push(VERSION);
  reg.scriptConfig ??= readScriptConfig(ownScriptTag());

  safeDefine('flag-button', FlagButton);
  safeDefine('report-user-button', ReportUserButton);
  safeDefine('report-concern-dialog', ReportConcernDialog);
  wakeOutbox(loadOutbox);
}
