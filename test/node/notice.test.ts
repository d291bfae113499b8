// The rules of a notice of illegal content (docs/PROTOCOL.md §8), without a
// browser: the rules module, the receiver's 422 by field, and the form's
// notice mode judging the very payload it would send by the same rules.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createReportHandler, createMemoryStore } from '../../src/server/index.js';
import { noticeErrors, GROUNDS } from '../../src/report/notice.js';
import { checkReport } from '../../src/report/schema.js';
import { parseCategories } from '../../src/report/categories.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Subject } from '../../src/report/schema.js';
import { ENGLISH as en } from '../../src/i18n/english.js';
import noticeEn from '../../src/i18n/notice/en.js';
import noticeAr from '../../src/i18n/notice/ar.js';
import { checkNotice } from '../../src/elements/report-concern-dialog/form/notice/check.js';
import { noticeOf, noticeValuesOf, type NoticeValues } from '../../src/elements/report-concern-dialog/form/notice/values.js';
import { contentReport, send, storedAll, userReport, type Json } from './fixtures.js';

const WHY = 'Sells counterfeit medicine with a fake licence number';

function notice(overrides: Json = {}): Json {
  return {
    ground: 'scams-fraud',
    law: 'Fraud Act 2006, s.2',
    locations: ['https://community.example/questions/88#a-1029'],
    notifier: { name: 'Ana Reporter', email: 'ana@example.org' },
    goodFaith: true,
    ...overrides,
  };
}

const illegal = (overrides: Json = {}, noticeOverrides: Json = {}) =>
  contentReport({ category: 'illegal', details: WHY, notice: notice(noticeOverrides), ...overrides });

async function errorsOf(report: Json): Promise<{ status: number; errors: Record<string, string> }> {
  const handle = createReportHandler({ store: createMemoryStore() });
  const response = await handle(send(report));
  const body = (await response.json()) as Json;
  return { status: response.status, errors: body.errors ?? {} };
}

/** Each rule broken once: the payload, and the one field the receiver must name. */
const BROKEN: Array<{ rule: string; report: Json; field: string }> = [
  { rule: 'no ground', report: illegal({}, { ground: undefined }), field: 'notice.ground' },
  { rule: 'a ground that is not one of the ten', report: illegal({}, { ground: 'rudeness' }), field: 'notice.ground' },
  { rule: 'no law', report: illegal({}, { law: undefined }), field: 'notice.law' },
  { rule: 'a law of only spaces', report: illegal({}, { law: '   ' }), field: 'notice.law' },
  { rule: 'a law over 500 code points', report: illegal({}, { law: '§'.repeat(501) }), field: 'notice.law' },
  { rule: 'details under 20 code points', report: illegal({ details: 'It is a scam.' }), field: 'details' },
  { rule: 'no details', report: illegal({ details: undefined }), field: 'details' },
  { rule: 'no locations', report: illegal({}, { locations: [] }), field: 'notice.locations' },
  { rule: 'a location that is not http(s)', report: illegal({}, { locations: ['https://a.example/1', 'javascript:alert(1)'] }), field: 'notice.locations' },
  {
    rule: 'eleven locations',
    report: illegal({}, { locations: Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`) }),
    field: 'notice.locations',
  },
  { rule: 'a location twice', report: illegal({}, { locations: ['https://a.example/1', 'https://a.example/1'] }), field: 'notice.locations' },
  { rule: 'no email', report: illegal({}, { notifier: { name: 'Ana' } }), field: 'notice.notifier.email' },
  { rule: 'an email that is not one', report: illegal({}, { notifier: { name: 'Ana', email: 'ana at example' } }), field: 'notice.notifier.email' },
  { rule: 'no name', report: illegal({}, { notifier: { email: 'ana@example.org' } }), field: 'notice.notifier.name' },
  { rule: 'no good faith', report: illegal({}, { goodFaith: false }), field: 'notice.goodFaith' },
];

describe('the rules of a notice', () => {
  test('accept a complete notice, and an anonymous one about child sexual abuse', () => {
    assert.deepEqual(noticeErrors(illegal()), {});
    assert.deepEqual(noticeErrors(illegal({}, { ground: 'child-sexual-abuse', notifier: undefined })), {});
    assert.equal(checkReport(illegal()).ok, true);
    assert.equal(checkReport(illegal({}, { ground: 'child-sexual-abuse', notifier: undefined })).ok, true);
  });

  test('ask for both name and email under every ground but child sexual abuse', () => {
    for (const ground of GROUNDS.filter((g) => g !== 'child-sexual-abuse')) {
      assert.deepEqual(noticeErrors(illegal({}, { ground, notifier: undefined })), {
        'notice.notifier.name': 'required',
        'notice.notifier.email': 'required',
      }, ground);
    }
  });

  test('still check an email an anonymous notice gives', () => {
    assert.deepEqual(noticeErrors(illegal({}, { ground: 'child-sexual-abuse', notifier: { email: 'nope' } })), {
      'notice.notifier.email': 'invalid',
    });
  });

  test('count code points: 500 emoji of law pass, 501 do not', () => {
    assert.deepEqual(noticeErrors(illegal({}, { law: '⚖'.repeat(500) })), {});
    assert.deepEqual(noticeErrors(illegal({}, { law: '😡'.repeat(501) })), { 'notice.law': 'too-long' });
    assert.deepEqual(noticeErrors(illegal({ details: '😡'.repeat(19) })), { details: 'too-short' });
    assert.deepEqual(noticeErrors(illegal({ details: '😡'.repeat(20) })), {});
  });

  test('want a notice only with "illegal", and always with it', () => {
    assert.deepEqual(noticeErrors(contentReport({ notice: notice() })), { notice: 'not-allowed' });
    assert.deepEqual(noticeErrors(contentReport({ category: 'illegal', details: WHY })), {
      'notice.ground': 'required',
      'notice.law': 'required',
      'notice.locations': 'required',
      'notice.notifier.name': 'required',
      'notice.notifier.email': 'required',
      'notice.goodFaith': 'required',
    });
  });

  for (const { rule, report, field } of BROKEN) {
    test(`refuse ${rule} on ${field} and nothing else`, () => {
      assert.deepEqual(Object.keys(noticeErrors(report)), [field]);
    });
  }
});

describe('the receiver and notices', () => {
  test('stores a notice and keeps it whole', async () => {
    const store = createMemoryStore();
    const handle = createReportHandler({ store });
    const report = illegal();
    assert.equal((await handle(send(report))).status, 201);
    const [stored] = await storedAll(store);
    assert.deepEqual((stored!.report as Json).notice, report.notice);
  });

  test('stores an anonymous notice about child sexual abuse', async () => {
    const { status } = await errorsOf(illegal({}, { ground: 'child-sexual-abuse', notifier: undefined }));
    assert.equal(status, 201);
  });

  for (const { rule, report, field } of BROKEN) {
    test(`answers 422 on ${field} alone for ${rule}`, async () => {
      const { status, errors } = await errorsOf(report);
      assert.equal(status, 422);
      assert.deepEqual(Object.keys(errors), [field]);
      assert.ok(errors[field]!.length > 10, errors[field]);
    });
  }

  test('says in English why a notice is refused, by field', async () => {
    const { errors } = await errorsOf(illegal({ details: 'Scam.' }, { goodFaith: false, notifier: { name: 'Ana', email: 'x' } }));
    assert.match(errors.details!, /why the content is illegal, in at least 20 characters/);
    assert.match(errors['notice.goodFaith']!, /good faith/);
    assert.match(errors['notice.notifier.email']!, /not an email address/);
  });

  test('refuses a notice on a report that is not in the category "illegal"', async () => {
    const { status, errors } = await errorsOf(userReport({ notice: notice() }));
    assert.equal(status, 422);
    assert.match(errors.notice!, /"illegal"/);
  });

  test('removes unsafe characters from the law and the name before the rules see them', async () => {
    const store = createMemoryStore();
    const handle = createReportHandler({ store });
    const report = illegal({}, { law: 'Fraud\u202E Act', notifier: { name: 'Ana\u200B', email: 'ana@example.org' } });
    assert.equal((await handle(send(report))).status, 201);
    const [stored] = await storedAll(store);
    assert.equal((stored!.report as Json).notice.law, 'Fraud Act');
    assert.equal((stored!.report as Json).notice.notifier.name, 'Ana');
  });
});

describe("the form's notice mode", () => {
  const subject: Subject = { kind: 'content', contentId: 'a-1029', contentType: 'answer', url: 'https://community.example/q/88#a-1029' };
  const good: NoticeValues = {
    ground: 'scams-fraud',
    law: ' Fraud Act 2006 ',
    locations: 'https://mirror.example/copy\n\nhttps://community.example/q/88#a-1029 https://mirror.example/copy',
    name: 'Ana Reporter',
    email: 'ana@example.org',
    goodFaith: true,
  };
  /** The report the form sends for these answers (submit.ts builds it the same way). */
  const reportOf = (v: NoticeValues, details = WHY) =>
    buildReport(
      { category: 'illegal', details, subject, locale: 'en', notice: noticeOf(v, subject) },
      { pageUrl: 'https://community.example/q/88' },
    );

  test('sends the subject address first, each other address once, texts trimmed', () => {
    assert.deepEqual(noticeOf(good, subject), {
      ground: 'scams-fraud',
      law: 'Fraud Act 2006',
      locations: ['https://community.example/q/88#a-1029', 'https://mirror.example/copy'],
      notifier: { name: 'Ana Reporter', email: 'ana@example.org' },
      goodFaith: true,
    });
  });

  test('leaves the notifier out of an anonymous notice, and keeps what was given otherwise', () => {
    const anonymous = noticeOf({ ...good, ground: 'child-sexual-abuse', name: '', email: '  ' }, subject);
    assert.equal('notifier' in anonymous, false);
    assert.deepEqual(noticeOf({ ...good, ground: 'child-sexual-abuse', name: '' }, subject).notifier, { email: 'ana@example.org' });
  });

  test('fills in a signed-in member from config, and reads back a draft and a sent notice', () => {
    const fresh = noticeValuesOf(undefined, subject, { notifier: { name: 'Sam', email: 'sam@example.org' } });
    assert.equal(fresh.name, 'Sam');
    assert.equal(fresh.email, 'sam@example.org');
    assert.deepEqual(noticeValuesOf(good, subject, {}), good);
    const back = noticeValuesOf(noticeOf(good, subject), subject, {});
    assert.equal(back.locations, 'https://mirror.example/copy');
    assert.equal(back.email, 'ana@example.org');
    assert.equal(noticeValuesOf({ ground: 'bogus', goodFaith: 'yes' }, subject, {}).ground, undefined);
  });

  test('accepts what the receiver accepts', async () => {
    assert.deepEqual(checkNotice(good, WHY, subject, en, noticeEn), {});
    assert.equal((await errorsOf(reportOf(good))).status, 201);
  });

  const broken: Array<{ rule: string; values: NoticeValues; details?: string }> = [
    { rule: 'no ground', values: { ...good, ground: undefined } },
    { rule: 'no law', values: { ...good, law: ' ' } },
    { rule: 'a law too long', values: { ...good, law: 'x'.repeat(501) } },
    { rule: 'details too short', values: good, details: 'A scam.' },
    { rule: 'a bad address', values: { ...good, locations: 'mirror.example/copy' } },
    { rule: 'eleven addresses', values: { ...good, locations: Array.from({ length: 10 }, (_, i) => `https://m.example/${i}`).join('\n') } },
    { rule: 'no name', values: { ...good, name: '' } },
    { rule: 'no email', values: { ...good, email: '' } },
    { rule: 'a bad email', values: { ...good, email: 'ana@' } },
    { rule: 'no good faith', values: { ...good, goodFaith: false } },
  ];
  for (const { rule, values, details = WHY } of broken) {
    test(`refuses ${rule} on the field the receiver names for the same payload`, async () => {
      const form = checkNotice(values, details, subject, en, noticeEn);
      const { status, errors } = await errorsOf(reportOf(values, details));
      assert.equal(status, 422);
      assert.deepEqual(Object.keys(form), Object.keys(errors));
      assert.equal(Object.keys(form).length, 1);
    });
  }

  test('words its refusals in the reporter language, naming a bad address', () => {
    const errors = checkNotice({ ...good, locations: 'ftp://x.example/a' }, 'قصير', subject, en, noticeAr);
    assert.match(errors['notice.locations']!, /ليس عنوان ويب.*\u2068ftp:\/\/x\.example\/a\u2069/);
    assert.match(errors.details!, /على الأقل/);
  });
});

describe('the category of a notice', () => {
  test('is offered only with legalNotices, before "other"', () => {
    assert.equal(parseCategories(undefined).includes('illegal'), false);
    assert.deepEqual(parseCategories(undefined, true).slice(-2), ['illegal', 'other']);
    assert.deepEqual(parseCategories('spam,other', true), ['spam', 'illegal', 'other']);
    assert.deepEqual(parseCategories('spam,hate', true), ['spam', 'hate', 'illegal']);
    assert.deepEqual(parseCategories('illegal,spam', true), ['illegal', 'spam']);
    assert.deepEqual(parseCategories('illegal,spam'), ['spam']);
    assert.equal(parseCategories('illegal').includes('illegal'), false);
  });
});
