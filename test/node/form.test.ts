/**
 * The form's decisions without a DOM: the view machine and what closing
 * means in each view, the values in every form they take, validation, and
 * the sentences composed around people's text.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { EDITING, keepsDraft, next, outcomeOf, resultOf, type Move, type Queued, type View } from '../../src/elements/report-concern-dialog/form/machine.js';
import {
  draftTextOf,
  emptyValues,
  fileNameOf,
  fromDraft,
  hasValues,
  inputKeyOf,
  reportInputOf,
  shotOf,
  preparedOf,
  type Values,
} from '../../src/elements/report-concern-dialog/form/values.js';
import { validate } from '../../src/elements/report-concern-dialog/form/validate.js';
import { byField, fieldOf, receiverErrors, withDetails } from '../../src/elements/report-concern-dialog/form/field-errors.js';
import { ruleErrors } from '../../src/elements/report-concern-dialog/form/schema-check.js';
import {
  aboutName,
  adviceOf,
  introOf,
  iso,
  isolates,
  plain,
  queuedMessageOf,
} from '../../src/elements/report-concern-dialog/form/messages.js';
import { refusalOf } from '../../src/elements/report-concern-dialog/form/refusals.js';
import { fromReport } from '../../src/elements/report-concern-dialog/form/from-report.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report, Subject } from '../../src/report/schema.js';
import { ENGLISH as en } from '../../src/i18n/english.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { loadStrings } from '../../src/i18n/resolve.js';

const user: Subject = { kind: 'user', userId: 'u-1', userName: 'Kim', profileUrl: 'https://example.com/u/1' };
const content: Subject = { kind: 'content', contentId: 'c-1', contentType: 'answer', url: 'https://example.com/a/1' };

function report(subject: Subject = user, block = false): Report {
  return buildReport(
    { category: 'spam', subject, place: subject.kind === 'user' ? 'site' : undefined, block, locale: 'en', links: [] },
    { pageUrl: 'https://example.com/' },
  );
}

function queued(reason: Queued['reason'] = 'network'): Queued {
  const r = report();
  return { id: r.id, report: r, reason, kept: { where: 'disk' } };
}

/** Every view a move can reach from the start, for checking the machine's rules against each. */
function views(): View[] {
  const q = queued();
  return [
    EDITING,
    { kind: 'sending', stored: false },
    { kind: 'sending', stored: true },
    { kind: 'queued', queued: q, retrying: false },
    { kind: 'queued', queued: q, retrying: true },
    { kind: 'thanks', reportId: 'x', reference: 'RC-1', blocked: false },
  ];
}

describe('the view machine', () => {
  test('goes from editing to sending on submit, and only from editing', () => {
    for (const view of views()) {
      const after = next(view, { type: 'submit' });
      if (view.kind === 'editing') assert.deepEqual(after, { kind: 'sending', stored: false });
      else assert.equal(after, view);
    }
  });

  test('marks a sending report stored, and nothing else', () => {
    assert.deepEqual(next({ kind: 'sending', stored: false }, { type: 'stored' }), { kind: 'sending', stored: true });
    for (const view of views().filter((v) => v.kind !== 'sending')) assert.equal(next(view, { type: 'stored' }), view);
  });

  test('thanks only for a report that was sending or queued, with its id, reference and block', () => {
    const r = report(user, true);
    const move: Move = { type: 'delivered', report: r, reference: 'RC-9' };
    for (const view of views()) {
      const after = next(view, move);
      if (view.kind === 'sending' || view.kind === 'queued') {
        assert.deepEqual(after, { kind: 'thanks', reportId: r.id, reference: 'RC-9', blocked: true });
      } else assert.equal(after, view);
    }
  });

  test('a content report never counts as a block, whatever its field says', () => {
    const r = { ...report(content), block: true };
    const after = next({ kind: 'sending', stored: true }, { type: 'delivered', report: r });
    assert.equal(after.kind === 'thanks' && after.blocked, false);
  });

  test('"Try again now" once at a time, and a queued move ends the retry', () => {
    const q = queued();
    const shown: View = { kind: 'queued', queued: q, retrying: false };
    const retrying = next(shown, { type: 'retry' });
    assert.deepEqual(retrying, { kind: 'queued', queued: q, retrying: true });
    assert.equal(next(retrying, { type: 'retry' }), retrying);
    assert.deepEqual(next(retrying, { type: 'queued', queued: q }), shown);
  });

  test('a thank-you is never turned back into queued by a late event', () => {
    const thanks = views()[5];
    assert.equal(next(thanks, { type: 'queued', queued: queued() }), thanks);
  });

  test('edit goes back to the form from every view', () => {
    for (const view of views()) assert.equal(next(view, { type: 'edit' }), EDITING);
  });

  test('closing means delivered on the thank-you, queued once stored, cancelled before', () => {
    assert.deepEqual(views().map(outcomeOf), ['cancelled', 'cancelled', 'queued', 'queued', 'queued', 'delivered']);
  });

  test('keeps the draft only while the report is not delivered or queued', () => {
    assert.deepEqual(views().map(keepsDraft), [true, true, true, false, false, false]);
  });

  test('open() resolves with the id of what was delivered, queued, or built', () => {
    const [editing, , , shown, , thanks] = views();
    assert.deepEqual(resultOf(editing, 'built-1'), { outcome: 'cancelled', reportId: 'built-1', reference: undefined });
    assert.deepEqual(resultOf(editing), { outcome: 'cancelled', reportId: undefined, reference: undefined });
    assert.equal(resultOf(shown).reportId, shown.kind === 'queued' ? shown.queued.id : '');
    assert.deepEqual(resultOf(thanks, 'other'), { outcome: 'delivered', reportId: 'x', reference: 'RC-1' });
  });
});

describe('the form’s values', () => {
  const png = () => new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });

  test('an empty form holds nothing', () => {
    assert.equal(hasValues(emptyValues()), false);
    for (const [key, value] of [['details', 'x'], ['urgent', true], ['category', 'spam']] as const) {
      assert.equal(hasValues({ ...emptyValues(), [key]: value }), true, key);
    }
    assert.equal(hasValues({ ...emptyValues(), shots: [shotOf(preparedOf(png(), 'a.png'))] }), true);
  });

  test('a stored draft comes back with only what the form knows', () => {
    const v = fromDraft({ category: 'bogus', place: 'messages', details: 'Hi', links: 42 as unknown as string, block: 'yes' as unknown as boolean, urgent: true }, []);
    assert.equal(v.category, undefined);
    assert.equal(v.place, 'messages');
    assert.equal(v.details, 'Hi');
    assert.equal(v.links, '');
    assert.equal(v.block, false);
    assert.equal(v.urgent, true);
    assert.deepEqual(draftTextOf(fromDraft(draftTextOf(v), [])), draftTextOf(v));
  });

  test('each screenshot gets its own key, so a redacted one makes the built report stale', () => {
    const a = shotOf(preparedOf(png(), 'a.png'));
    const b = shotOf(a.prepared);
    assert.notEqual(a.key, b.key);
    const v: Values = { ...emptyValues(), shots: [a] };
    assert.notEqual(inputKeyOf(v, user, 'en'), inputKeyOf({ ...v, shots: [b] }, user, 'en'));
    assert.equal(inputKeyOf(v, user, 'en'), inputKeyOf({ ...v }, user, 'en'));
    assert.notEqual(inputKeyOf(v, user, 'en'), inputKeyOf(v, user, 'de'));
  });

  test('screenshots are sent under their place and type, never the reporter’s file name', () => {
    assert.deepEqual(
      ['image/png', 'image/jpeg', 'image/webp'].map((t, i) => fileNameOf(i, t)),
      ['screenshot-1.png', 'screenshot-2.jpg', 'screenshot-3.webp'],
    );
  });

  test('a place detail typed for another place, and links on a content report, are not sent', () => {
    const v: Values = { ...emptyValues(), category: 'spam', place: 'site', placeDetail: 'Zoom', links: 'https://a.example https://a.example' };
    assert.equal(reportInputOf(v, user, 'en').placeDetail, undefined);
    assert.equal(reportInputOf({ ...v, place: 'video-call' }, user, 'en').placeDetail, 'Zoom');
    assert.deepEqual(reportInputOf(v, user, 'en').links, ['https://a.example']);
    assert.deepEqual(reportInputOf(v, content, 'en').links, []);
  });

  test('a report from the outbox comes back into the values it was built from', () => {
    const r = buildReport(
      { category: 'harassment', subject: user, place: 'video-call', placeDetail: 'Zoom', messageText: 'pay me', details: 'Again', links: ['https://a.example'], block: true, urgent: true, locale: 'en', screenshots: [{ name: 'screenshot-1.png', type: 'image/png', size: 4, width: 30, height: 20 }] },
      { pageUrl: 'https://example.com/' },
    );
    const v = fromReport(r, [{ name: 'screenshot-1.png', blob: png() }], emptyValues(), (b, n, w, h) => shotOf(preparedOf(b, n, w, h)));
    assert.deepEqual(draftTextOf(v), {
      category: 'harassment', details: 'Again', place: 'video-call', placeDetail: 'Zoom', links: 'https://a.example', messageText: 'pay me', block: true, urgent: true,
    });
    assert.deepEqual([v.shots[0].prepared.width, v.shots[0].prepared.height, v.shots[0].prepared.type], [30, 20, 'image/png']);
  });
});

describe('validation', () => {
  test('a content report needs a category; "other" needs ten characters of details', () => {
    assert.deepEqual(Object.keys(validate(emptyValues(), 'content', en)), ['category']);
    const other = { ...emptyValues(), category: 'other' as const, details: 'too short' };
    assert.equal(validate(other, 'content', en).details, en.errors.detailsTooShort(10));
    assert.deepEqual(validate({ ...other, details: 'long enough now' }, 'content', en), {});
  });

  test('a member report needs a place, and its links must be web links', () => {
    const v = { ...emptyValues(), category: 'spam' as const, links: 'https://ok.example javascript:alert(1)' };
    const errors = validate(v, 'user', en);
    assert.equal(errors.place, en.errors.placeRequired);
    assert.equal(plain(errors.links!), en.errors.linkInvalid('javascript:alert(1)'));
    assert.equal(validate({ ...v, place: 'site', links: 'https://ok.example' }, 'user', en).links, undefined);
  });

  test('too many screenshot bytes together is one message on the screenshots', () => {
    const big = shotOf(preparedOf(new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/png' }), 'big.png'));
    const errors = validate({ ...emptyValues(), category: 'spam', shots: [big, big] }, 'content', en);
    assert.deepEqual(errors, { screenshots: en.delivery.tooLarge });
  });

  test('an error path maps to the field a reporter fixes, or to none', () => {
    const paths = ['category', 'details', 'incident', 'incident.place', 'incident.placeDetail', 'incident.messageText', 'evidence.links.2', 'evidence.screenshots.0.size', 'screenshots', 'context.pageUrl'];
    assert.deepEqual(paths.map(fieldOf), ['category', 'details', 'place', 'place', 'placeDetail', 'messageText', 'links', 'screenshots', 'screenshots', undefined]);
  });

  test('a receiver’s messages go by their field, the rest into the message, none dropped', () => {
    const { errors, elsewhere } = receiverErrors({ details: 'Say more', 'context.pageUrl': 'Odd page' });
    assert.deepEqual(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, plain(v!)])), { details: 'Say more' });
    assert.equal(plain(withDetails('Refused.', elsewhere)), 'Refused. (context.pageUrl: Odd page)');
    assert.equal(withDetails('Refused.', []), 'Refused.');
  });

  test('the rules’ codes are worded as the form words its own checks', () => {
    const { errors, elsewhere } = ruleErrors({ details: 'too-long', category: 'invalid', extensions: 'too-large' }, en);
    assert.deepEqual(errors, { details: en.errors.detailsTooLong(2000), category: en.errors.categoryRequired });
    assert.deepEqual(elsewhere, [`extensions: ${en.errors.field('too-large')}`]);
    assert.deepEqual(byField(undefined, () => 'x'), { errors: {}, elsewhere: [] });
  });
});

describe('sentences around people’s text', () => {
  test('people’s text is isolated, and the isolates split back out', () => {
    const sentence = `Remove ${iso('שלום.png')} now`;
    assert.deepEqual(isolates(sentence), ['Remove ', 'שלום.png', ' now']);
    assert.equal(plain(sentence), 'Remove שלום.png now');
  });

  test('a name ending in a full stop gets no second one, in every language', async () => {
    for (const locale of LOCALES) {
      // English's words of a member report load with one (i18n/en-member.ts): all of English has them.
      const strings = locale === 'en' ? en : (await loadStrings(locale)).strings;
      for (const compose of [strings.introUser, strings.blockConfirmed]) {
        const text = plain(aboutName(compose, 'Marco T.'));
        assert.ok(text.includes('Marco T.'), `${locale}: ${text}`);
        assert.doesNotMatch(text, /Marco T\.[.。．]/, `${locale}: ${text}`);
      }
      // A name without one keeps the sentence's own.
      assert.equal(plain(aboutName(strings.introUser, 'Kim')), strings.introUser('Kim'));
    }
  });

  test('the intro names the member, or the kind of content', () => {
    assert.equal(plain(introOf(en, { ...user, userName: 'Marco T.' })), 'Tell us what happened with Marco T.');
    assert.equal(introOf(en, { ...user, userName: undefined }), en.introUser(undefined));
    assert.equal(introOf(en, content), en.introContent('answer'));
  });

  test('advice for scams and threats always, for harassment only about a member', () => {
    assert.equal(adviceOf(en, 'scam', false), en.scamAdvice);
    assert.equal(adviceOf(en, 'hate', false), en.threatAdvice);
    assert.equal(adviceOf(en, 'harassment', false), undefined);
    assert.equal(adviceOf(en, 'harassment', true), en.harassmentAdvice);
    assert.equal(adviceOf(en, 'spam', true), undefined);
  });

  test('a queued report says why, and when it lives only in this page', () => {
    assert.equal(queuedMessageOf(en, queued('network')), `${en.queued.title} ${en.queued.network}`);
    // Kept only in memory: not "saved on this device… it will be sent", only what is true (outbox/saved-notice.ts).
    assert.equal(queuedMessageOf(en, { ...queued('auth'), kept: { where: 'memory', reason: 'limit' } }), `${en.queued.auth} ${en.queued.limit(20)}`);
    assert.equal(queuedMessageOf(en, { ...queued('network'), kept: { where: 'memory', reason: 'unavailable' } }), en.queued.memoryOnly);
    assert.equal(queuedMessageOf(en, queued('expired')), `${en.queued.title} ${en.queued.expired(7)}`);
  });

  test('a refused file is always named, with the limit it missed', () => {
    assert.equal(plain(refusalOf(en, 'a.png', 'too-large', 0)), en.errors.fileTooLarge('a.png', 10));
    assert.equal(plain(refusalOf(en, 'a.png', 'too-large-output', 0)), en.errors.fileTooLarge('a.png', 5));
    assert.equal(plain(refusalOf(en, 'a.png', 'too-many-pixels', 50e6)), en.evidence.tooManyPixels('a.png', 50));
    assert.equal(plain(refusalOf(en, 'a.gif', 'not-image', 0)), en.errors.notAnImage('a.gif'));
  });
});
