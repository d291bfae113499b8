// The moderator's journeys in Chromium on the built demo, over the reports
// scripts/e2e-member.mjs sent: the list from the moderation API, then one
// report opened, its screenshot seen, marked in review and decided, with the
// decision checked on disk and the page pictured at 1280 and 360 pixels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as playwrightRequest } from 'playwright-core';
import { assert, storedReports } from './e2e-fixtures.mjs';

/** The report's screenshot on the moderator page: loaded from the moderation API, with safe headers. Returns its URL. */
async function screenshotFromApi(page, detail, base) {
  const img = detail.locator('img');
  const width = await img.evaluate(async (el) => {
    await el.decode();
    return el.naturalWidth;
  });
  assert(width === 360, `the screenshot loads from the API (naturalWidth ${width})`);
  const src = await img.getAttribute('src');
  assert(/^\/api\/moderation\/reports\/[0-9a-f-]{36}\/screenshots\/0$/.test(src), `the image comes from the API: ${src}`);
  const response = await page.request.get(new URL(src, base).href);
  const headers = response.headers();
  assert(response.status() === 200 && /^image\/(png|jpeg|webp)$/.test(headers['content-type']), `image answer ${response.status()} ${headers['content-type']}`);
  assert(headers['x-content-type-options'] === 'nosniff', 'nosniff on images');
  assert(headers['content-security-policy'] === "default-src 'none'", 'a CSP on images');
  assert(headers['cache-control'] === 'private, no-store', 'images are not cached');
  return src;
}

/** `references` are the member journeys' `{ answer, user, plain }`. */
export async function moderatorJourneys(run, { base, reportsDir, shots }, references) {
  await run('the moderator page lists the reports from the moderation API, newest first, as text', async (page) => {
    await page.goto(`${base}/moderator.html`);
    const expected = [references.plain, references.user, references.answer];
    assert(expected.every(Boolean), `the three earlier reports exist (${expected.join(', ')})`);
    await page.getByText('3 reports', { exact: true }).waitFor();
    const refs = await page.locator('#rows tr td:first-child button').allTextContents();
    assert(JSON.stringify(refs) === JSON.stringify(expected), `newest first: expected ${expected.join(', ')}, got ${refs.join(', ')}`);
    assert((await page.locator('#rows a').count()) === 0, 'no links are made from report content');
    await page.getByText('Demo moderator.', { exact: false }).waitFor();

    // Without the demo moderator's cookie the API answers 401; paths never reach the disk.
    const anonymous = await playwrightRequest.newContext();
    try {
      const status = (await anonymous.get(`${base}/api/moderation/reports`)).status();
      assert(status === 401, `the API without a moderator is a 401, got ${status}`);
    } finally {
      await anonymous.dispose();
    }
    for (const path of ['/api/moderation/reports/..%2F..%2Fpackage.json', '/api/moderation/reports/not-an-id/screenshots/0', '/api/reports/x/y']) {
      const status = (await page.request.get(new URL(path, base).href)).status();
      assert(status === 404, `${path} is a 404, got ${status}`);
    }
  });

  await run('a moderator opens a report, sees its screenshot, marks it in review and records a decision', async (page, expected) => {
    await page.goto(`${base}/moderator.html`);
    await page.getByRole('button', { name: `Open report ${references.user}` }).click();
    const detail = page.locator('#detail');
    await detail.getByRole('heading', { name: `Report ${references.user}` }).waitFor();
    await detail.getByText('Western Union first', { exact: false }).waitFor();
    await detail.getByText('https://lingualoop.example/messages/t-5521', { exact: true }).waitFor();
    assert((await detail.locator('a').count()) === 0, 'no links are made from report content');

    const src = await screenshotFromApi(page, detail, base);

    await detail.getByRole('button', { name: 'Mark in review' }).click();
    await detail.getByText('Marked in review.', { exact: true }).waitFor();
    await detail.getByText('In review by demo-moderator', { exact: false }).waitFor();
    await page.locator('#rows tr', { hasText: references.user }).getByText('In review', { exact: true }).waitFor();

    // An empty decision is refused by field, and the page says which.
    const id = src.split('/')[4];
    expected.add(`422 /api/moderation/reports/${id}/decision`);
    await detail.getByRole('button', { name: 'Record decision' }).click();
    await detail.getByText('Name the law or the rule applied', { exact: false }).waitFor();

    await detail.getByLabel('Action').selectOption('account-suspended');
    await detail.getByLabel('Rule or law applied').fill('Rule 7: no payments outside the site');
    await detail.getByLabel('Explanation to the people concerned').fill('The tutor asked a learner to pay outside the site.');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(shots, 'moderator-1280.png'), fullPage: true });
    await detail.getByRole('button', { name: 'Record decision' }).click();
    await detail.getByText('Decision recorded.', { exact: true }).waitFor();
    await detail.getByRole('heading', { name: 'Decision', exact: true }).waitFor();
    assert(await detail.locator('#decision-form').isHidden(), 'a decided report offers no second decision');

    await page.locator('#filters').getByLabel('Status').selectOption('decided');
    await page.locator('#filters').getByRole('button', { name: 'Show' }).click();
    await page.getByText('1 report', { exact: true }).waitFor();
    const decided = await page.locator('#rows tr td:first-child button').allTextContents();
    assert(JSON.stringify(decided) === JSON.stringify([references.user]), `only the decided report is listed, got ${decided.join(', ')}`);

    const [onDisk] = storedReports(reportsDir).filter((r) => r.meta.reference === references.user);
    const stateFile = onDisk.files.find((f) => /^state-\d+\.json$/.test(f));
    const state = JSON.parse(readFileSync(join(onDisk.folder, stateFile), 'utf8'));
    assert(state.status === 'decided' && state.decision.action === 'account-suspended', `the decision is on disk: ${JSON.stringify(state.decision)}`);
    assert(state.decision.decidedBy === 'demo-moderator', 'recorded as the demo moderator');

    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('#filters').getByLabel('Status').selectOption('');
    await page.locator('#filters').getByRole('button', { name: 'Show' }).click();
    await page.getByText('3 reports', { exact: true }).waitFor();
    await page.screenshot({ path: join(shots, 'moderator-360.png'), fullPage: true });
  });
}
