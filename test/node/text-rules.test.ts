/**
 * The text rules both sides share (src/report/text.ts): unsafe controls and
 * bidirectional overrides are removed from what people read, and invisible
 * characters do not make a text.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codePointLength, withoutUnsafe } from '../../src/report/text.js';
import { buildReport } from '../../src/report/build-report.js';
import { checkReport } from '../../src/report/schema.js';
import { createReportHandler, createMemoryStore } from '../../src/server/index.js';
import { contentReport, makePng, send, userReport, withShots, type Json } from './fixtures.js';

const RLO = '\u202E';

describe('withoutUnsafe', () => {
  test('removes bidi embeddings, overrides and isolates, zero-width spaces, the BOM and controls', () => {
    assert.equal(withoutUnsafe(`invoice${RLO}gpj.exe`), 'invoicegpj.exe');
    assert.equal(withoutUnsafe('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i'), 'abcdefghi');
    assert.equal(withoutUnsafe('pay\u200Bpal\uFEFF\u2060'), 'paypal');
    assert.equal(withoutUnsafe('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Bg\r'), 'abcdefg');
  });

  test('keeps line feeds, tabs, ZWJ and ZWNJ, and the direction marks of right-to-left text', () => {
    const text = 'line\n\tnext 👩🏽‍🏫 می‌خواهم \u200Fשלום\u200E.';
    assert.equal(withoutUnsafe(text), text);
  });
});

describe('codePointLength', () => {
  test('counts what a reader sees', () => {
    assert.equal(codePointLength('  ab c  '), 4);
    assert.equal(codePointLength('😡😡'), 2);
  });

  test('is 0 for text made only of invisible characters and spaces', () => {
    assert.equal(codePointLength('\u200D\u200C \u200E\u200F\uFE0F\u3164\u2800\u00AD '), 0);
    assert.equal(codePointLength(`${RLO}\u200B\u2066`), 0);
  });
});

describe('the rules on both sides', () => {
  test('buildReport removes unsafe characters and drops details that are only invisible', () => {
    const report = buildReport(
      {
        category: 'harassment',
        details: '\u200B\u200D\u200B',
        subject: { kind: 'user', userId: 'u-1', userName: `Sam${RLO}nimda`, profileUrl: 'https://c.example/u/1' },
        place: 'messages',
        messageText: `pay here${RLO}`,
        locale: 'en',
      },
      { pageUrl: 'https://c.example/' },
    );
    assert.equal(report.details, undefined);
    assert.equal((report.subject as Json).userName, 'Samnimda');
    assert.equal(report.incident?.messageText, 'pay here');
    assert.equal(checkReport(report).ok, true);
  });

  test('the schema refuses details of "other" made only of invisible characters', () => {
    const checked = checkReport(contentReport({ category: 'other', details: '\u200D'.repeat(30) }));
    assert.deepEqual(checked.ok ? {} : checked.errors, { details: 'required' });
  });

  test('the receiver stores names and details without the override, and a file name that hid its extension', async () => {
    const store = createMemoryStore();
    const handle = createReportHandler({ store });
    const png = makePng(2, 2);
    const report = withShots(userReport({ details: `Look at this${RLO} now` }), [{ bytes: png, filename: `photo${RLO}gnp.exe` }]);
    report.subject.userName = `Sam\u2066 \u2069`;
    assert.equal((await handle(send(report, [{ bytes: png }]))).status, 201);
    const stored = (await store.get(report.id))!.report as Json;
    assert.equal(stored.details, 'Look at this now');
    assert.equal(stored.subject.userName, 'Sam ');
    assert.equal(stored.evidence.screenshots[0].name, 'photognp.exe');
  });

  test('the receiver refuses "other" whose details are only invisible characters', async () => {
    const handle = createReportHandler({ store: createMemoryStore() });
    const response = await handle(send(contentReport({ category: 'other', details: `\u200B${RLO}\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200D\u200D` })));
    assert.equal(response.status, 422);
    assert.match(((await response.json()) as Json).errors.details, /invisible/);
  });
});
