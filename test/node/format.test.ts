// The counter's numbers skip Intl.NumberFormat for small counts in languages
// written with 0-9 (the first formatter of a page costs tens of ms on the
// click that opens the form): the result must be what Intl writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { num, plural } from '../../src/i18n/format.js';
import { LOCALES } from '../../src/i18n/locale.js';

const COUNTS = [0, 1, 2, 9, 10, 99, 999, 1000, 1999, 2000, 9999, 10000, 12345, 1.5, -3];

test('num writes every count as Intl.NumberFormat does, in every shipped language', () => {
  for (const locale of LOCALES) {
    const intl = new Intl.NumberFormat(locale, { useGrouping: 'min2' });
    for (const n of COUNTS) assert.equal(num(locale, n), intl.format(n), `${locale} ${n}`);
  }
});

test('plural picks the form by the locale’s rules and writes the count in its digits', () => {
  assert.equal(plural('en', 1, { one: '# file', other: '# files' }), '1 file');
  assert.equal(plural('en', 2000, { one: '# file', other: '# files' }), '2000 files');
  assert.equal(plural('ru', 5, { one: '# файл', few: '# файла', many: '# файлов', other: '# файла' }), '5 файлов');
  assert.equal(plural('ar', 3, { few: '# ملفات', other: '# ملف' }), `${new Intl.NumberFormat('ar').format(3)} ملفات`);
});
