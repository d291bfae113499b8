// The notice mode's words (src/i18n/notice/), like the form's: every
// locale has every key English has, of the same kind (text or function),
// and nothing more; each function gives a sentence with its number in it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import en from '../../src/i18n/notice/en.js';
import ar from '../../src/i18n/notice/ar.js';
import de from '../../src/i18n/notice/de.js';
import es from '../../src/i18n/notice/es.js';
import fr from '../../src/i18n/notice/fr.js';
import he from '../../src/i18n/notice/he.js';
import it from '../../src/i18n/notice/it.js';
import ja from '../../src/i18n/notice/ja.js';
import ko from '../../src/i18n/notice/ko.js';
import ptBR from '../../src/i18n/notice/pt-BR.js';
import ru from '../../src/i18n/notice/ru.js';
import tr from '../../src/i18n/notice/tr.js';
import zhCN from '../../src/i18n/notice/zh-CN.js';
import { LOCALES } from '../../src/i18n/locale.js';

const ALL: Record<string, unknown> = { en, ar, de, es, fr, he, it, ja, ko, 'pt-BR': ptBR, ru, tr, 'zh-CN': zhCN };

/** Keys missing or extra, and texts where English has a function (or the reverse), path by path. */
function shapeDiff(reference: unknown, candidate: unknown, path = ''): string[] {
  const kind = (v: unknown) => (v === null ? 'null' : typeof v);
  if (kind(reference) !== kind(candidate)) return [`${path || '(root)'}: ${kind(candidate)} instead of ${kind(reference)}`];
  if (typeof reference !== 'object' || reference === null) return [];
  const a = reference as Record<string, unknown>;
  const b = candidate as Record<string, unknown>;
  const out: string[] = [];
  for (const key of Object.keys(a)) {
    if (!(key in b)) out.push(`missing ${path}${key}`);
    else out.push(...shapeDiff(a[key], b[key], `${path}${key}.`));
  }
  for (const key of Object.keys(b)) if (!(key in a)) out.push(`extra ${path}${key}`);
  return out;
}

/** Every text of a locale, functions called with 7 (a number every language writes with a 7 in it). */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (n: number | string) => string)(7))]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => texts(v, `${path}${k}.`));
}

describe('the notice mode in every language', () => {
  test('every shipped locale has its notice words', () => {
    assert.deepEqual(Object.keys(ALL).sort(), [...LOCALES].sort());
  });

  test('finds a missing key, an extra key and a text where a function belongs', () => {
    const broken = { ...en, grounds: { ...en.grounds, bogus: 'x' }, lawHint: 'n' } as Record<string, unknown>;
    delete broken.received;
    assert.deepEqual(shapeDiff(en, broken).sort(), ['extra grounds.bogus', 'lawHint.: string instead of function', 'missing received']);
  });

  for (const [locale, strings] of Object.entries(ALL)) {
    if (locale === 'en') continue;
    test(`${locale} has every key English has, and no other`, () => {
      assert.deepEqual(shapeDiff(en, strings), []);
    });
    test(`${locale} is translated, and its numbers and addresses show`, () => {
      const english = new Map(texts(en));
      const same = texts(strings).filter(([path, text]) => english.get(path) === text);
      assert.deepEqual(same, [], 'texts left in English');
      for (const [path, text] of texts(strings)) {
        if (/\.$/.test(path) && typeof english.get(path) === 'string' && /7/.test(english.get(path)!)) {
          assert.match(text, /7|٧/, `${locale} ${path}`);
        }
      }
    });
  }
});
