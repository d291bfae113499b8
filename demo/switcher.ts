/**
 * The demo's language and theme switcher. A host page would set these once
 * (`lang` on its pages, `locale` or `theme` on the elements, or the page
 * config); the demo flips them live on every button, and keeps the choice in
 * the address (`?lang=ar&theme=dark`) so a reload or a shared link shows the same.
 */
const LANGUAGES: [string, string][] = [
  ['en', 'English'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['pt-BR', 'Português (Brasil)'],
  ['it', 'Italiano'],
  ['ru', 'Русский'],
  ['tr', 'Türkçe'],
  ['ja', '日本語'],
  ['ko', '한국어'],
  ['zh-CN', '简体中文'],
  ['ar', 'العربية'],
  ['he', 'עברית'],
];
const THEMES = ['auto', 'light', 'dark'] as const;
const BUTTONS = 'flag-button, report-user-button';

function select(id: string, label: string, options: [string, string, string?][], value: string): HTMLElement {
  const wrap = document.createElement('label');
  wrap.className = 'switch';
  wrap.htmlFor = id;
  wrap.textContent = `${label} `;
  const el = document.createElement('select');
  el.id = id;
  for (const [v, text, lang] of options) {
    const option = new Option(text, v, false, v === value);
    if (lang) option.lang = lang;
    el.append(option);
  }
  wrap.append(el);
  return wrap;
}

function apply(lang: string, theme: string): void {
  for (const button of document.querySelectorAll<HTMLElement & { locale?: string }>(BUTTONS)) {
    button.locale = lang === 'en' ? undefined : lang;
    if (theme === 'auto') button.removeAttribute('theme');
    else button.setAttribute('theme', theme);
  }
  document.documentElement.dataset.theme = theme;
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  if (theme === 'auto') url.searchParams.delete('theme');
  else url.searchParams.set('theme', theme);
  history.replaceState(null, '', url);
}

/** Adds the switcher to the site header and applies what the address asks for. */
export function installSwitcher(): void {
  const params = new URLSearchParams(location.search);
  const lang = LANGUAGES.some(([code]) => code === params.get('lang')) ? params.get('lang')! : 'en';
  const theme = (THEMES as readonly string[]).includes(params.get('theme') ?? '') ? params.get('theme')! : 'auto';

  const form = document.createElement('form');
  form.className = 'switcher';
  form.setAttribute('aria-label', 'Demo settings');
  form.append(
    select('demo-lang', 'Language', LANGUAGES.map(([code, name]) => [code, name, code]), lang),
    select('demo-theme', 'Theme', THEMES.map((t) => [t, t === 'auto' ? 'Auto (system)' : t === 'light' ? 'Light' : 'Dark']), theme),
  );
  form.addEventListener('change', () => {
    apply((form.querySelector('#demo-lang') as HTMLSelectElement).value, (form.querySelector('#demo-theme') as HTMLSelectElement).value);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  document.querySelector('header.site')?.append(form);
  apply(lang, theme);
}
