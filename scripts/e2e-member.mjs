// The journeys of members who report, in Chromium on the built demo: a
// learner flags an answer, a member reports a tutor with every kind of
// evidence, a CMS page carries only the pasted snippet, and the strict-CSP
// page sends with no policy violation. Each checks what lands on disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, delivered, dialogOf, makePng, storedReports } from './e2e-fixtures.mjs';

/**
 * The three reports the moderator journeys then find, in the order sent;
 * returns their references as `{ answer, user, plain }`.
 */
export async function memberReports(run, { base, reportsDir, shots }) {
  const references = {};
  await run('a learner flags a scam answer and the report lands on disk', async (page) => {
    await page.goto(`${base}/index.html`);
    await page.locator('#a-8820').getByRole('button', { name: 'Flag', exact: true }).click();
    const d = dialogOf(page);
    await d.waitFor();
    await d.getByRole('group', { name: "What's the problem?" }).waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    assert(await d.getByText('Never send money').isVisible(), 'the scam advice is shown');
    await d.getByLabel('Details', { exact: true }).fill('Asks learners to pay 150 € by Western Union outside the site.');
    await page.screenshot({ path: join(shots, 'dialog-en.png') });
    await d.getByRole('button', { name: 'Submit', exact: true }).click();
    const reference = await delivered(d);
    references.answer = reference;

    const stored = storedReports(reportsDir).filter((r) => r.report.subject.contentId === 'a-8820');
    assert(stored.length === 1, `one report for a-8820 on disk, found ${stored.length}`);
    const { report, meta, files } = stored[0];
    assert(files.includes('report.json') && files.includes('meta.json'), `report.json and meta.json, got ${files.join(', ')}`);
    assert(meta.reference === reference, `the reference on disk (${meta.reference}) is the one shown (${reference})`);
    assert(report.schema === 'report-concern/v1', 'a v1 report');
    assert(report.category === 'scam', `category scam, got ${report.category}`);
    assert(report.subject.kind === 'content' && report.subject.contentType === 'answer', 'an answer is the subject');
    assert(report.subject.authorId === 'u-marco', 'the author is recorded');
    assert(report.subject.excerpt?.includes('Western Union'), 'the excerpt is pinned');
    assert(report.details === 'Asks learners to pay 150 € by Western Union outside the site.', 'the details verbatim');
    assert(report.context.pageUrl.endsWith('/index.html'), 'the page is recorded');

    await page.locator('#event-log').getByText(`delivered, reference ${reference}`).waitFor();
    await d.getByRole('button', { name: 'Close', exact: true }).first().click();
    await d.waitFor({ state: 'hidden' });
    await page.locator('#a-8820 flag-button').getByText('Reported').waitFor();
  });

  await run('a member reports a tutor with message text, a link, a screenshot and a block', async (page) => {
    const png = makePng();
    await page.goto(`${base}/profile.html`);
    assert(await page.locator('#block-state').isHidden(), 'not blocked before the report');
    await page.getByRole('button', { name: 'Report Concern', exact: true }).click();
    const d = dialogOf(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    await d.getByRole('radio', { name: 'In messages' }).check();
    await d.getByLabel('Details', { exact: true }).fill('Wants payment outside the site and my home address.');
    const messageText = 'Marco: Send 150 € by Western Union first\n  and tell me your home address.';
    await d.getByLabel('Message text', { exact: true }).fill(messageText);
    await d.getByLabel('Links', { exact: true }).fill('https://lingualoop.example/messages/t-5521');
    await d.locator('input[type="file"]').setInputFiles({ name: 'chat.png', mimeType: 'image/png', buffer: png });
    await d.getByRole('button', { name: 'Remove chat.png' }).waitFor();
    await d.getByRole('checkbox', { name: 'Also block this user' }).check();
    await d.getByRole('button', { name: 'Submit', exact: true }).click();
    references.user = await delivered(d);
    await page.locator('#block-state').waitFor({ state: 'visible' });

    const stored = storedReports(reportsDir).filter((r) => r.report.subject.kind === 'user');
    assert(stored.length === 1, `one user report on disk, found ${stored.length}`);
    const { report, meta: onDisk, files, folder } = stored[0];
    assert(onDisk.reference === references.user, 'the reference on disk is the one shown');
    assert(report.subject.userId === 'u-marco' && report.subject.userName === 'Marco T.', 'the member is the subject');
    assert(report.subject.profileUrl === 'https://lingualoop.example/tutors/u-marco', 'the profile link is recorded');
    assert(report.incident?.place === 'messages', `the place is messages, got ${report.incident?.place}`);
    assert(report.incident.messageText === messageText, `the message text verbatim, got ${JSON.stringify(report.incident.messageText)}`);
    assert(report.block === true, 'the block wish is recorded');
    assert(JSON.stringify(report.evidence.links) === '["https://lingualoop.example/messages/t-5521"]', 'the link is recorded');
    assert(report.evidence.screenshots.length === 1, 'one screenshot is described');
    const meta = report.evidence.screenshots[0];
    assert(meta.width === 360 && meta.height === 240, `the screenshot keeps its size, got ${meta.width}×${meta.height}`);
    const image = files.find((f) => /^screenshot-1\.(png|jpe?g|webp)$/.test(f));
    assert(image, `the screenshot is on disk (files: ${files.join(', ')})`);
    assert(!files.includes('chat.png'), 'the stored name never comes from the reporter');
    const bytes = readFileSync(join(folder, image));
    assert(bytes.length === meta.size, `size on disk ${bytes.length} matches the report's ${meta.size}`);
    assert(!bytes.equals(png), 'the image was re-encoded in the browser, not sent as picked');
    assert(!bytes.includes(Buffer.from('Calle Falsa')), 'the metadata of the picked file is gone');
    if (meta.type === 'image/webp') {
      assert(bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP', 'WebP bytes');
    }
    await page.locator('#event-log').getByText('block member u-marco').waitFor();
  });

  await run('a CMS page with only the pasted snippet sends reports', async (page) => {
    await page.goto(`${base}/plain.html`);
    const scripts = await page.locator('script').evaluateAll((list) => list.map((s) => s.outerHTML));
    assert(scripts.length === 1, `the page has only the snippet, found ${scripts.join(' ')}`);
    assert(/src="\/report-concern\.js"/.test(scripts[0]) && /data-endpoint="\/api\/reports"/.test(scripts[0]), `the snippet as pasted: ${scripts[0]}`);
    await page.locator('flag-button[content-id="c-9001"]').getByRole('button', { name: 'Flag', exact: true }).click();
    const d = dialogOf(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
    await d.getByRole('button', { name: 'Submit', exact: true }).click();
    references.plain = await delivered(d);
    const stored = storedReports(reportsDir).filter((r) => r.report.subject.contentId === 'c-9001');
    assert(stored.length === 1, 'the report from the snippet page is on disk');
    assert(stored[0].report.subject.contentType === 'comment', 'the content type from the attribute');
    assert(stored[0].report.details === undefined, 'empty details are left out, not sent as ""');
  });
  return references;
}

export async function strictCspReport(run, { base }) {
  await run('the strict-CSP demo page sends a report with no policy violation', async (page) => {
    const violations = [];
    await page.exposeFunction('recordViolation', (v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.recordViolation(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    const response = await page.goto(`${base}/csp.html`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert(csp.includes("require-trusted-types-for 'script'") && csp.includes("script-src 'self'"), `the strict policy is served, got ${csp}`);
    await page.getByRole('button', { name: 'Flag', exact: true }).click();
    const d = dialogOf(page);
    await d.waitFor();
    await d.getByRole('radio', { name: 'Commercial spam' }).check();
    await d.getByRole('button', { name: 'About “Commercial spam”' }).click();
    await d.locator('#help-spam').waitFor();
    await page.keyboard.press('Escape');
    await d.locator('input[type="file"]').setInputFiles({ name: 'chat.png', mimeType: 'image/png', buffer: makePng(80, 60) });
    await d.getByRole('button', { name: 'Remove chat.png' }).waitFor();
    await d.getByRole('button', { name: 'Submit', exact: true }).click();
    await delivered(d);
    await page.getByText('0 violations', { exact: true }).waitFor();
    assert(violations.length === 0, `no violations, got ${violations.join('; ')}`);
  });
}
