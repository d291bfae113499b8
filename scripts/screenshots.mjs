// Pictures of the dialog in the built demo, taken by the end-to-end run
// (scripts/run-e2e.mjs calls `dialogScreenshots`) to check that what ships
// opens as the README says: English, Arabic chosen with the demo's switcher,
// and the dark theme. The README's own pictures (docs/dialog-*.png) come
// from the visual suite (`npm run test:visual -- --update`), beside the
// reviewed references, so that one run makes every picture of the form.
//
//   dialog-en.png    a scam answer flagged in English, with the advice
//   dialog-ar.png    a member reported in Arabic, chosen with the demo's switcher
//   dialog-dark.png  a threat flagged with the dark theme
//
// Each is the dialog element alone, at 1×, written to .cache/e2e/demo
// (E2E_DOCS=dir writes elsewhere).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const DOCS = process.env.E2E_DOCS ?? '.cache/e2e/demo';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Opens the dialog from `button`, waits until it has finished animating in, returns it. */
async function openDialog(page, button) {
  await button.click();
  const dialog = page.locator('report-concern-dialog dialog[open]');
  await dialog.waitFor();
  await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  return dialog;
}

async function shoot(dialog, name, dir) {
  // The caret blinks: leave no field focused, so two runs give the same pixels.
  await dialog.evaluate((el) => (el.getRootNode().activeElement)?.blur());
  await dialog.screenshot({ path: join(dir, name), animations: 'disabled', caret: 'hide' });
}

/**
 * Takes the three pictures with `newPage()` (a fresh page each) against the
 * demo served at `base`. Throws when a page does not look as the README says.
 */
export async function dialogScreenshots(newPage, base, dir = DOCS) {
  mkdirSync(dir, { recursive: true });

  let page = await newPage();
  await page.goto(`${base}/index.html`);
  let dialog = await openDialog(page, page.locator('#a-8820').getByRole('button', { name: 'Flag', exact: true }));
  await dialog.getByRole('radio', { name: 'Scams, phishing or fraud' }).check();
  await dialog.getByLabel('Details', { exact: true }).fill('Asks learners to pay 150 € by Western Union outside the site.');
  await shoot(dialog, 'dialog-en.png', dir);

  page = await newPage();
  await page.goto(`${base}/profile.html`);
  // The demo's switcher, as a visitor uses it: the button renames itself.
  await page.getByLabel('Language').selectOption('ar');
  dialog = await openDialog(page, page.getByRole('button', { name: 'الإبلاغ عن العضو', exact: true }));
  assert((await dialog.getAttribute('dir')) === 'rtl', 'the Arabic dialog is right to left');
  await page.getByRole('dialog', { name: 'الإبلاغ عن مشكلة' }).waitFor();
  await dialog.getByRole('radio', { name: 'تنمّر أو مضايقة' }).check();
  await dialog.getByText('يمكنك حظر هذا العضو', { exact: false }).waitFor();
  await dialog.getByRole('radio', { name: 'في الرسائل' }).check();
  await dialog.getByLabel('التفاصيل', { exact: true }).fill('يرسل لي رسائل كل يوم رغم أنني طلبت منه التوقف.');
  await shoot(dialog, 'dialog-ar.png', dir);

  page = await newPage();
  await page.goto(`${base}/index.html?theme=dark`);
  dialog = await openDialog(page, page.locator('#c-4415').getByRole('button', { name: 'Flag', exact: true }));
  const background = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert(background === 'rgb(30, 30, 30)', `the dialog is dark, got ${background}`);
  await dialog.getByRole('radio', { name: 'Hate speech or threats' }).check();
  await dialog.getByText('emergency services', { exact: false }).waitFor();
  await shoot(dialog, 'dialog-dark.png', dir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('The screenshots are taken by the end-to-end run: npm run test:e2e (E2E_DOCS=dir to write elsewhere).');
}
