import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { checkReport } from '../../src/report/schema.js';
import { readImageSize, sniffImageType } from '../../src/evidence/sniff.js';
import { contentReport, makePng, pngHeaderOnly, userReport } from './fixtures.js';
// @ts-expect-error -- a plain .mjs script without types
import { reportJsonSchema } from '../../scripts/schema-json.mjs';

describe('the v1 rules', () => {
  test('accept the two kinds of report as the widget builds them', () => {
    assert.equal(checkReport(contentReport()).ok, true);
    assert.equal(checkReport(userReport()).ok, true);
  });

  test('count code points, not UTF-16 units: 2000 emoji are fine, 2001 are not', () => {
    assert.equal(checkReport(contentReport({ details: '😡'.repeat(2000) })).ok, true);
    const result = checkReport(contentReport({ details: '😡'.repeat(2001) }));
    assert.deepEqual(result.ok ? {} : result.errors, { details: 'too-long' });
  });

  test('refuse empty strings and nulls where a field should be left out', () => {
    const blank = checkReport(contentReport({ details: '   ' }));
    assert.equal(blank.ok ? undefined : blank.errors.details, 'required');
    assert.equal(checkReport(contentReport({ details: null })).ok, false);
  });

  test('need evidence and extensions, and an id that is a UUID v4', () => {
    const { evidence: _e, ...noEvidence } = contentReport();
    assert.equal(checkReport(noEvidence).ok, false);
    const bad = checkReport(contentReport({ id: 'not-a-uuid' }));
    assert.equal(bad.ok ? undefined : bad.errors.id, 'invalid');
  });

  test('take createdAt as an RFC 3339 time with an offset, on a day that exists', () => {
    for (const ok of [new Date().toISOString(), '2026-11-24T09:30:00+02:00', '2024-02-29T23:59:59.5-05:30']) {
      assert.equal(checkReport(contentReport({ createdAt: ok })).ok, true, ok);
    }
    for (const bad of ['2026-11-24T09:30:00', '2026-02-30T00:00:00Z', '2025-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '24 Nov 2026', '']) {
      const result = checkReport(contentReport({ createdAt: bad }));
      assert.equal(result.ok ? undefined : result.errors.createdAt, 'invalid', bad);
    }
  });

  test("pin a subject's problem to its field, for the kind of subject it claims to be", () => {
    const errorsOf = (input: unknown) => {
      const result = checkReport(input);
      return result.ok ? {} : result.errors;
    };
    const content = contentReport();
    const user = userReport();
    const { contentId: _id, ...noId } = content.subject as Record<string, unknown>;
    assert.deepEqual(errorsOf({ ...content, subject: noId }), { 'subject.contentId': 'required' });
    assert.deepEqual(errorsOf({ ...user, subject: { ...user.subject, profileUrl: 'javascript:alert(1)' } }), {
      'subject.profileUrl': 'invalid-url',
    });
    assert.deepEqual(errorsOf({ ...content, subject: { ...content.subject, kind: 'group' } }), { 'subject.kind': 'invalid' });
    const { subject: _s, ...noSubject } = content;
    assert.deepEqual(errorsOf(noSubject), { subject: 'required' });
  });

  test('take any JSON object as extensions, and nothing else', () => {
    assert.equal(checkReport(contentReport({ extensions: { captcha: 'token', n: 1 } })).ok, true);
    for (const bad of [[], 'x', null]) {
      const result = checkReport(contentReport({ extensions: bad }));
      assert.equal(result.ok, false, JSON.stringify(bad));
    }
  });

  test('refuse unknown categories and places, and duplicate or non-http links', () => {
    const result = checkReport(
      userReport({
        category: 'rude',
        incident: { place: 'whatsapp' },
        evidence: { links: ['https://a.example/x', 'https://a.example/x'], screenshots: [] },
      }),
    );
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.errors.category, 'invalid');
      assert.equal(result.errors['incident.place'], 'invalid');
      assert.equal(result.errors['evidence.links'], 'duplicate');
    }
    const ftp = checkReport(contentReport({ evidence: { links: ['ftp://a.example/'], screenshots: [] } }));
    assert.equal(ftp.ok ? undefined : ftp.errors['evidence.links.0'], 'invalid-url');
  });

  test('the committed schema/report-v1.json is the one the rules generate', async () => {
    const committed = JSON.parse(await readFile('schema/report-v1.json', 'utf8'));
    assert.deepEqual(committed, await reportJsonSchema(), 'run `node scripts/build-schema.mjs` and commit the result');
  });
});

describe('image sniffing', () => {
  test('knows PNG, JPEG and WebP by their bytes and nothing else', () => {
    assert.equal(sniffImageType(makePng(1, 1)), 'image/png');
    assert.equal(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'image/jpeg');
    const webp = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');
    assert.equal(sniffImageType(webp), 'image/webp');
    assert.equal(sniffImageType(new TextEncoder().encode('<svg/>')), undefined);
    assert.equal(sniffImageType(new TextEncoder().encode('GIF89a')), undefined);
    assert.equal(sniffImageType(new Uint8Array()), undefined);
  });

  test('reads the declared size without decoding, so a 30000×30000 PNG can be refused', () => {
    assert.deepEqual(readImageSize(makePng(7, 5)), { width: 7, height: 5 });
    assert.deepEqual(readImageSize(pngHeaderOnly(30000, 30000)), { width: 30000, height: 30000 });
    assert.equal(readImageSize(makePng(7, 5).subarray(0, 20)), undefined);
  });

  test('reads a JPEG frame size past its APP segments', () => {
    // SOI, APP0 (length 16), SOF0 with height 480 and width 640.
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
      0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00,
    ]);
    assert.deepEqual(readImageSize(jpeg), { width: 640, height: 480 });
  });
});
