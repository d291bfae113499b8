// The story of docs/PROTOCOL.md §8 and §9 on the built demo, one browser
// context (so the receipt the demo keeps in IndexedDB is there on
// reopening): a learner sends a notice of illegal content about an answer,
// the demo "emails" the confirmation of receipt (an .eml the moderator page
// links), a moderator decides on the moderator page with a statement of
// reasons, the learner reopens the dialog and sees the decision, contests
// it, the moderator rejects the appeal, and reopening shows that. And the
// receipt the browser keeps shows that one report through …/status,
// nothing of any other.

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const dialogOf = (page) => page.getByRole('dialog', { name: 'Report Concern' });

async function reopen(page, answer) {
  const d = dialogOf(page);
  if (await d.isVisible()) await d.getByRole('button', { name: 'Close', exact: true }).first().click();
  await d.waitFor({ state: 'hidden' });
  await page.locator(answer).getByRole('button', { name: 'Flag', exact: true }).click();
  await d.waitFor();
  return d;
}

/** The receipts the demo keeps on this device (receipts: "device"). */
const keptReceipts = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('report-concern-receipts');
        open.onsuccess = () => {
          const all = open.result.transaction('receipts').objectStore('receipts').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );

/** Opens the report with `reference` on the moderator page in `mod`. */
async function openOnModeratorPage(mod, base, reference) {
  await mod.goto(`${base}/moderator.html`);
  await mod.getByRole('button', { name: `Open report ${reference}` }).click();
  const detail = mod.locator('#detail');
  await detail.getByRole('heading', { name: `Report ${reference}` }).waitFor();
  return detail;
}

const NOTIFIER = { name: 'Lena Brandt', email: 'lena@example.com' };

/** Fills and sends a notice of illegal content (legalNotices is on for the demo's answers); waits for the confirmation of receipt. */
async function sendNotice(d) {
  await d.getByRole('radio', { name: 'Illegal content' }).check();
  await d.getByRole('radio', { name: 'Scams or fraud' }).check();
  await d.getByRole('textbox', { name: /^Law or rule/ }).fill('Consumer protection law: deceptive advertising of paid services');
  await d.getByRole('textbox', { name: /^Why is it illegal\?/ }).fill('Links to a paid essay service under every answer, sold as free help.');
  await d.getByRole('textbox', { name: /^Your name/ }).fill(NOTIFIER.name);
  await d.getByRole('textbox', { name: /^Your email/ }).fill(NOTIFIER.email);
  await d.getByRole('checkbox', { name: /I believe in good faith/ }).check();
  await d.getByRole('button', { name: 'Submit', exact: true }).click();
  await d.getByText('We received your notice.', { exact: false }).first().waitFor();
  await d.getByText(`to ${NOTIFIER.email}`, { exact: false }).first().waitFor();
}

/** The moderator page links the confirmation of receipt the demo wrote, addressed to the notifier. */
async function confirmationSent(detail, reference) {
  const link = detail.getByRole('link', { name: /Confirmation of receipt/ });
  const response = await detail.page().request.get(new URL(await link.getAttribute('href'), detail.page().url()).href);
  const mail = await response.text();
  assert(response.status() === 200 && mail.includes(reference) && mail.includes(NOTIFIER.email), `the confirmation of receipt for ${reference}`);
}

export async function outcomeStory(run, base, shots) {
  await run('a notice sent and confirmed by email, decided on the moderator page, seen on reopening, contested, the appeal decided and seen', async (page) => {
    const answer = '#a-8831';
    await page.goto(`${base}/index.html`);
    await page.locator(answer).getByRole('button', { name: 'Flag', exact: true }).click();
    let d = dialogOf(page);
    await d.waitFor();
    await sendNotice(d);
    const reference = (await d.getByText(/Your reference: RC-/).textContent())?.match(/RC-[0-9A-Z-]{14}/)?.[0];
    assert(reference, 'a reference after delivery');

    const mod = await page.context().newPage();
    let detail = await openOnModeratorPage(mod, base, reference);
    await confirmationSent(detail, reference);
    await detail.getByLabel('Action').selectOption('removed');
    await detail.getByLabel('Rule or law applied').fill('Rule 4: no advertising');
    await detail.getByLabel('Explanation to the people concerned').fill('The answer advertises a paid essay service.');
    await detail.getByRole('button', { name: 'Record decision' }).click();
    await detail.getByText('Decision recorded.', { exact: true }).waitFor();

    d = await reopen(page, answer);
    await d.getByRole('heading', { name: 'You reported this before' }).waitFor();
    await d.getByText('The answer advertises a paid essay service.').waitFor();
    await d.getByText('The content was removed.').waitFor();
    await d.getByRole('button', { name: 'Contest this decision' }).click();
    await d.getByRole('textbox', { name: 'Why is this decision wrong?' }).fill('It was a list of study resources, none of them paid.');
    await page.screenshot({ path: `${shots}/outcome-appeal-1100.png` });
    await d.getByRole('button', { name: 'Send appeal' }).click();
    await d.locator('.appeal-outcome').getByText(/Your appeal AP-[0-9A-Z-]+ is waiting for a moderator/).waitFor();

    detail = await openOnModeratorPage(mod, base, reference);
    await detail.getByText('It was a list of study resources, none of them paid.').waitFor();
    await detail.getByLabel(/Answer to the reporter's appeal/).fill('Two of the links lead to paid services; the removal stands.');
    await detail.getByRole('button', { name: 'Reject: the decision stands' }).click();
    await detail.getByText('Appeal rejected.', { exact: true }).waitFor();

    d = await reopen(page, answer);
    await d.locator('.appeal-outcome').getByText('Your appeal was not accepted: the decision stands.').waitFor();
    await d.getByText('Two of the links lead to paid services; the removal stands.').waitFor();
    assert((await d.getByRole('button', { name: 'Contest this decision' }).count()) === 0, 'one appeal per decision');

    const kept = await keptReceipts(page);
    assert(kept.length === 1 && kept[0].reference === reference, `one receipt kept, for ${reference}: ${JSON.stringify(kept.map((k) => k.reference))}`);
    const status = await page.request.get(`${base}/api/reports/status`, { headers: { Authorization: `Receipt ${kept[0].receipt}` } });
    const body = await status.json();
    assert(status.status() === 200 && body.reports.length === 1 && body.reports[0].reference === reference, `the receipt shows its one report: ${JSON.stringify(body)}`);
    assert(!JSON.stringify(body).includes('Western Union'), 'nothing of any other report');
  });
}
