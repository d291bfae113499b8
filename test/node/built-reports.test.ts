// The dialog loads the full v1 rules (zod) only when a report-submit
// listener changed the report; otherwise it relies on its own field checks
// and on buildReport. This holds that reliance to account: reports built
// from many inputs within the form's limits, including the awkward ones
// (emoji at the very limit, whitespace, every place and category, five
// screenshots at the total limit, page URLs past the URL limit), must all
// pass the shared rules.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fitSubject, buildReport, fitUrl, uuid } from '../../src/report/build-report.js';
import { checkReport, type Subject } from '../../src/report/schema.js';
import { CATEGORIES, PLACES } from '../../src/report/categories.js';
import { codePointLength } from '../../src/report/text.js';
import { GROUNDS, NOTICE_LIMITS } from '../../src/report/notice.js';
import { noticeOf, type NoticeValues } from '../../src/elements/report-concern-dialog/form/notice/values.js';
import { IMAGE_TYPES, LIMITS } from '../../src/report/limits.js';

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'Z', ' ', '\n', 'é', 'ß', '日本', '😡', '👩🏽‍🏫', 'مرحبا', '\t', '"', '<b>', '\\'];

function textOf(random: () => number, maxPoints: number): string {
  const want = Math.floor(random() * (maxPoints + 1));
  let out = '';
  let points = 0;
  while (points < want) {
    const piece = PIECES[Math.floor(random() * PIECES.length)];
    const n = [...piece].length;
    if (points + n > want) break;
    out += piece;
    points += n;
  }
  return out;
}

function subjectOf(random: () => number, i: number): Subject {
  if (random() < 0.5) {
    return {
      kind: 'content',
      contentId: `c-${i}`,
      contentType: ['answer', 'notebook', 'discussion', 'comment'][i % 4],
      url: `https://community.example/a/${i}?q=${'x'.repeat(Math.floor(random() * 3000))}`,
      ...(random() < 0.5 ? { authorId: `u-${i}` } : {}),
      ...(random() < 0.5 ? { excerpt: textOf(random, LIMITS.excerptMax + 50) || 'x' } : {}),
    };
  }
  return {
    kind: 'user',
    userId: `u-${i}`,
    profileUrl: `https://community.example/u/${i}`,
    ...(random() < 0.5 ? { userName: textOf(random, LIMITS.nameMax + 50) || 'Sam' } : {}),
  };
}

/** The text, or `fallback` where it shows nothing (the form would ask again). */
const visibleOr = (text: string, fallback: string) => (codePointLength(text) ? text : fallback);

/** A notice's answers within the rules: any ground (anonymous under one), law up to its limit, up to 9 more addresses. */
function noticeValues(random: () => number, i: number): NoticeValues {
  const ground = GROUNDS[i % GROUNDS.length];
  const anonymous = ground === 'child-sexual-abuse' && random() < 0.5;
  return {
    ground,
    law: visibleOr(textOf(random, NOTICE_LIMITS.lawMax), 'Fraud Act'),
    locations: Array.from({ length: Math.floor(random() * NOTICE_LIMITS.locationsMax) }, (_, k) => `https://mirror.example/${i}/${k}`).join('\n'),
    name: anonymous ? '' : visibleOr(textOf(random, NOTICE_LIMITS.nameMax), 'Ana'),
    email: anonymous ? '' : `reporter${i}@example.org`,
    goodFaith: true,
  };
}

describe('reports the form builds from input within its limits', () => {
  test('all pass the shared v1 rules (500 seeded cases)', () => {
    const random = rng(20261201);
    for (let i = 0; i < 500; i++) {
      const category = CATEGORIES[i % CATEGORIES.length];
      let details = textOf(random, LIMITS.detailsMax);
      // The form asks for at least 10 characters when the category is "other".
      if (category === 'other' && [...details.trim()].length < LIMITS.detailsMinOther) details = 'Something is wrong here';
      // And at least 20 why a notice's content is illegal.
      if (category === 'illegal' && [...details.trim()].length < NOTICE_LIMITS.detailsMin) details = 'Sells counterfeit medicine here';
      const subject = subjectOf(random, i);
      const count = Math.floor(random() * (LIMITS.screenshotsMax + 1));
      const each = Math.floor(LIMITS.totalBytesMax / Math.max(count, 1));
      const screenshots = Array.from({ length: count }, (_, k) => ({
        name: `screenshot-${k + 1}.webp`,
        type: IMAGE_TYPES[k % IMAGE_TYPES.length],
        size: Math.max(1, Math.min(LIMITS.screenshotBytesMax, each - Math.floor(random() * 1000))),
        width: 1 + Math.floor(random() * 2560),
        height: 1 + Math.floor(random() * 2560),
      }));
      const links = Array.from({ length: Math.floor(random() * (LIMITS.linksMax + 1)) }, (_, k) => `https://community.example/m/${i}/${k}`);
      const report = buildReport(
        {
          category,
          details,
          subject,
          place: subject.kind === 'user' ? PLACES[i % PLACES.length] : undefined,
          placeDetail: textOf(random, LIMITS.placeDetailMax),
          messageText: textOf(random, LIMITS.messageTextMax),
          links: subject.kind === 'user' ? links : [],
          screenshots,
          block: random() < 0.5,
          urgent: random() < 0.5,
          locale: ['en', 'ar', 'pt-BR', 'zh-CN'][i % 4],
          // As the form does: the notice starts from the subject fitted to its limits.
          notice: category === 'illegal' ? noticeOf(noticeValues(random, i), fitSubject(subject)) : undefined,
        },
        {
          pageUrl: `https://community.example/page/${i}?${'q=1&'.repeat(Math.floor(random() * 1000))}#h`,
          userAgent: 'Mozilla/5.0 '.repeat(Math.floor(random() * 80)),
        },
      );
      const checked = checkReport(JSON.parse(JSON.stringify(report)));
      assert.deepEqual(checked.ok ? {} : checked.errors, {}, `case ${i}: ${JSON.stringify(checked.ok ? {} : checked.errors)} ${JSON.stringify(report).slice(0, 300)}`);
    }
  });

  test('the check can fail: details past the limit are refused by the rules', () => {
    const report = buildReport(
      {
        category: 'spam',
        details: 'x'.repeat(LIMITS.detailsMax + 1),
        subject: { kind: 'content', contentId: 'c', contentType: 'answer', url: 'https://community.example/a' },
        locale: 'en',
      },
      { pageUrl: 'https://community.example/a' },
    );
    const checked = checkReport(report);
    assert.deepEqual(checked.ok ? {} : checked.errors, { details: 'too-long' });
  });

  test('fitUrl drops the hash, then the query, then cuts; short URLs are unchanged', () => {
    const long = `https://x.example/p?${'a'.repeat(3000)}#frag`;
    assert.equal(fitUrl(long), 'https://x.example/p');
    assert.equal(fitUrl('https://x.example/p?q=1#h'), 'https://x.example/p?q=1#h');
    const path = `https://x.example/${'p'.repeat(3000)}`;
    assert.equal(fitUrl(path).length, LIMITS.urlMax);
  });

  test('uuid() gives distinct v4 UUIDs also without crypto.randomUUID', () => {
    const original = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      const ids = new Set(Array.from({ length: 200 }, () => uuid()));
      assert.equal(ids.size, 200);
      for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      (crypto as { randomUUID?: unknown }).randomUUID = original;
    }
  });
});
