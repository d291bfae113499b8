/**
 * Notices of illegal content (docs/PROTOCOL.md §8) in the real dialog,
 * posting to the real receiver: each rule broken once in English and in
 * Arabic (the form's message by its field; the receiver refusing the same
 * payload on the same field; the receiver's own message shown there too),
 * an anonymous notice about child sexual abuse, and a signed-in member's
 * notice with the notifier filled in from config.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  animationsDone,
  inDialog,
  maybeInDialog,
  nativeDialog,
  openFrom,
  resetPage,
  settle,
  submit,
  theDialog,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, queueFaults, readLog, readStored, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import type { Report } from '../../src/report/schema.js';

const URL_OF_ANSWER = 'https://answers.example/q/88#a-8820';
const WHY = 'Asks members to send money by Western Union for lessons that never happen.';

async function flagButton(locale: string, bucket: string, id = bucket, theme = 'light'): Promise<HTMLElement> {
  configure({ endpoint: bucketUrl(bucket), legalNotices: true });
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = `<flag-button content-id="a-${id}" content-type="answer" content-url="${URL_OF_ANSWER}" locale="${locale}"
    theme="${theme}" excerpt="Send 150 € by Western Union"></flag-button>`;
  return wrap.firstElementChild as HTMLElement;
}

async function tick(selector: string, on = true): Promise<void> {
  const box = inDialog<HTMLInputElement>(selector);
  if (box.checked !== on) box.click();
  await settle();
}

/** Fills every notice field with a valid answer (but the ground, with `ground` false). */
async function fillNotice(ground = true): Promise<void> {
  await tick('input[name="category"][value="illegal"]');
  if (ground) await tick('#ground-scams-fraud');
  await typeInto('#notice-law', 'Fraud Act 2006, section 2');
  await typeInto('#details', WHY);
  await typeInto('#notice-locations', 'https://answers.example/q/91#a-9001');
  await typeInto('#notice-name', 'Ana Reporter');
  await typeInto('#notice-email', 'ana@example.org');
  await tick('#notice-goodFaith');
}

/** The report the form builds for what it holds, caught at `report-submit` and not sent. */
async function payloadOfForm(trigger: HTMLElement): Promise<Report> {
  let caught: Report | undefined;
  trigger.addEventListener(
    'report-submit',
    (e) => {
      caught = JSON.parse(JSON.stringify(e.detail.report)) as Report;
      e.preventDefault();
    },
    { once: true },
  );
  await submit();
  return waitFor(() => caught, 'the report-submit event');
}

async function postToReceiver(bucket: string, report: unknown): Promise<{ status: number; body: { errors?: Record<string, string> } }> {
  const form = new FormData();
  form.append('report', JSON.stringify(report));
  const response = await fetch(bucketUrl(bucket), {
    method: 'POST',
    headers: { 'Idempotency-Key': (report as Report).id, Accept: 'application/json' },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

/** A report as plain JSON, to break on purpose. */
type Payload = { details?: string; notice: Record<string, unknown> & { locations: string[]; notifier: Record<string, unknown> } };

interface Broken {
  rule: string;
  /** The report field the receiver names, and the id of the field's error line in the form. */
  field: string;
  errorId: string;
  break(): Promise<void>;
  mend(): Promise<void>;
  /** The same mistake made to the payload the form built from valid answers. */
  payload(report: Payload): void;
}

const MORE = Array.from({ length: 10 }, (_, i) => `https://answers.example/copy/${i}`);

const RULES: Broken[] = [
  {
    rule: 'no ground chosen',
    field: 'notice.ground',
    errorId: 'notice-ground-error',
    // A chosen radio cannot be unchosen: start again, answering all but the ground.
    break: async () => {
      inDialog<HTMLButtonElement>('button.discard').click();
      await settle();
      await fillNotice(false);
    },
    mend: () => tick('#ground-scams-fraud'),
    payload: (r) => delete r.notice.ground,
  },
  {
    rule: 'no law',
    field: 'notice.law',
    errorId: 'notice-law-error',
    break: () => typeInto('#notice-law', '   '),
    mend: () => typeInto('#notice-law', 'Fraud Act 2006, section 2'),
    payload: (r) => delete r.notice.law,
  },
  {
    rule: 'a law over 500 characters',
    field: 'notice.law',
    errorId: 'notice-law-error',
    break: () => typeInto('#notice-law', '§'.repeat(501)),
    mend: () => typeInto('#notice-law', 'Fraud Act 2006, section 2'),
    payload: (r) => (r.notice.law = '§'.repeat(501)),
  },
  {
    rule: 'why it is illegal in under 20 characters',
    field: 'details',
    errorId: 'details-error',
    break: () => typeInto('#details', 'It is a scam.'),
    mend: () => typeInto('#details', WHY),
    payload: (r) => (r.details = 'It is a scam.'),
  },
  {
    rule: 'an address that is not a web address',
    field: 'notice.locations',
    errorId: 'notice-locations-error',
    break: () => typeInto('#notice-locations', 'answers.example/q/91'),
    mend: () => typeInto('#notice-locations', ''),
    payload: (r) => r.notice.locations.push('answers.example/q/91'),
  },
  {
    rule: 'ten more addresses',
    field: 'notice.locations',
    errorId: 'notice-locations-error',
    break: () => typeInto('#notice-locations', MORE.join('\n')),
    mend: () => typeInto('#notice-locations', ''),
    payload: (r) => (r.notice.locations = [URL_OF_ANSWER, ...MORE]),
  },
  {
    rule: 'no name',
    field: 'notice.notifier.name',
    errorId: 'notice-name-error',
    break: () => typeInto('#notice-name', ''),
    mend: () => typeInto('#notice-name', 'Ana Reporter'),
    payload: (r) => delete r.notice.notifier.name,
  },
  {
    rule: 'no email',
    field: 'notice.notifier.email',
    errorId: 'notice-email-error',
    break: () => typeInto('#notice-email', ''),
    mend: () => typeInto('#notice-email', 'ana@example.org'),
    payload: (r) => delete r.notice.notifier.email,
  },
  {
    rule: 'an email that is not one',
    field: 'notice.notifier.email',
    errorId: 'notice-email-error',
    break: () => typeInto('#notice-email', 'ana@example'),
    mend: () => typeInto('#notice-email', 'ana@example.org'),
    payload: (r) => (r.notice.notifier.email = 'ana@example'),
  },
  {
    rule: 'no statement of good faith',
    field: 'notice.goodFaith',
    errorId: 'notice-goodFaith-error',
    break: () => tick('#notice-goodFaith', false),
    mend: () => tick('#notice-goodFaith'),
    payload: (r) => delete r.notice.goodFaith,
  },
];

const errorText = (id: string) => maybeInDialog(`#${id}`)?.textContent?.trim() ?? '';

describe('notices of illegal content', () => {
  afterEach(resetPage);

  it('offers "Illegal content" before "Something else" only with legalNotices', async () => {
    const bucket = uniqueBucket();
    const wrap = await fixture(html`<div></div>`);
    configure({ endpoint: bucketUrl(bucket) });
    wrap.innerHTML = `<flag-button content-id="a-${bucket}"></flag-button>`;
    await openFrom(wrap.firstElementChild!);
    expect(maybeInDialog('input[value="illegal"]')).to.equal(null);
    await resetPage();
    await openFrom(await flagButton('en', bucket));
    const values = [...theDialog().shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="category"]')].map((r) => r.value);
    expect(values.slice(-2)).to.deep.equal(['illegal', 'other']);
    expect(inDialog('label[for="category-illegal"]').textContent).to.equal('Illegal content');
  });

  it("shows the notice's help for \"Illegal content\" and English's own for the other categories", async () => {
    await openFrom(await flagButton('en', uniqueBucket()));
    for (const [category, words] of [
      ['illegal', 'You send a legal notice'],
      ['spam', 'Advertising, sales pitches'],
    ]) {
      inDialog<HTMLButtonElement>(`[popovertarget="help-${category}"]`).click();
      const popover = inDialog(`#help-${category}`);
      await waitFor(() => popover.matches(':popover-open') && popover.style.top, `the ${category} help placed`);
      expect(popover.textContent).to.include(words);
      popover.hidePopover();
    }
  });

  it('shows the address of what is reported as the first location, and sends it first', async () => {
    const bucket = uniqueBucket();
    await openFrom(await flagButton('en', bucket));
    await fillNotice();
    expect(inDialog('.excerpt blockquote bdi').textContent).to.equal(URL_OF_ANSWER);
    await submit();
    await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
    const [stored] = await readStored(bucket);
    const notice = (stored!.report as Report).notice!;
    expect(notice.locations).to.deep.equal([URL_OF_ANSWER, 'https://answers.example/q/91#a-9001']);
    expect(notice).to.include({ ground: 'scams-fraud', law: 'Fraud Act 2006, section 2', goodFaith: true });
    expect((stored!.report as Report).details).to.equal(WHY);
    const thanks = inDialog('.thanks').textContent!;
    expect(thanks).to.contain('We received your notice.');
    expect(thanks).to.contain(stored!.reference);
    expect(thanks).to.contain('ana@example.org');
  });

  for (const locale of ['en', 'ar']) {
    for (const r of RULES) {
      it(`${locale}: ${r.rule} is shown on ${r.field}, and the receiver refuses the same payload there`, async () => {
        const bucket = uniqueBucket();
        const trigger = await flagButton(locale, bucket);
        await openFrom(trigger);
        await fillNotice();
        const valid = await payloadOfForm(trigger);

        // The form's own check: its message under the field, nothing sent.
        await r.break();
        await submit();
        const own = await waitFor(() => errorText(r.errorId), `the form's message on ${r.field}`);
        expect(theDialog().shadowRoot!.querySelectorAll('.error:not(:empty)').length, 'one field in error').to.equal(1);
        expect(await readLog(bucket)).to.have.length(0);

        // The receiver, sent the same mistake, names the same field and only it.
        const broken = JSON.parse(JSON.stringify(valid)) as Payload & Report;
        r.payload(broken);
        const answer = await postToReceiver(bucket, broken);
        expect(answer.status).to.equal(422);
        expect(Object.keys(answer.body.errors ?? {})).to.deep.equal([r.field]);

        // And when a receiver refuses, its words stand under the same field.
        await r.mend();
        await waitFor(() => !errorText(r.errorId), 'the message gone once mended');
        await queueFaults(bucket, [{ status: 422, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(answer.body) }]);
        await submit();
        const theirs = await waitFor(() => errorText(r.errorId), `the receiver's message on ${r.field}`);
        expect(theirs).to.equal(answer.body.errors![r.field]);
        // The form's own words are the reporter's language; the receiver's are English.
        expect(own).to.match(locale === 'ar' ? /[\u0600-\u06FF]/ : /^[\x20-\x7E]+$/);
      });
    }
  }

  it('takes an anonymous notice about child sexual abuse, and says no decision can be sent', async () => {
    const bucket = uniqueBucket();
    await openFrom(await flagButton('en', bucket));
    await fillNotice();
    await tick('#ground-child-sexual-abuse');
    expect(inDialog('#notifier-hint').textContent).to.contain('anonymously');
    await typeInto('#notice-name', '');
    await typeInto('#notice-email', '');
    await submit();
    await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
    const [stored] = await readStored(bucket);
    const notice = (stored!.report as Report).notice!;
    expect(notice.ground).to.equal('child-sexual-abuse');
    expect('notifier' in notice).to.equal(false);
    expect(inDialog('.thanks').textContent).to.contain('You gave no email address, so we cannot send you our decision.');
  });

  it("keeps a notice's answers when the dialog closes and opens again", async () => {
    const bucket = uniqueBucket();
    const trigger = await flagButton('en', bucket);
    await openFrom(trigger);
    await fillNotice();
    const closed = new Promise((resolve) => document.addEventListener('report-close', resolve, { once: true }));
    theDialog().close();
    await closed;
    await openFrom(trigger);
    expect(inDialog<HTMLInputElement>('#ground-scams-fraud').checked).to.equal(true);
    expect(inDialog<HTMLTextAreaElement>('#notice-law').value).to.equal('Fraud Act 2006, section 2');
    expect(inDialog<HTMLTextAreaElement>('#notice-locations').value).to.equal('https://answers.example/q/91#a-9001');
    expect(inDialog<HTMLInputElement>('#notice-email').value).to.equal('ana@example.org');
    expect(inDialog<HTMLInputElement>('#notice-goodFaith').checked).to.equal(true);
  });

  it("fills in a signed-in member's name and email from config", async () => {
    const bucket = uniqueBucket();
    const trigger = await flagButton('ar', bucket);
    configure({ notifier: { name: 'سامي', email: 'sami@example.org' } });
    await openFrom(trigger);
    await tick('input[name="category"][value="illegal"]');
    expect(inDialog<HTMLInputElement>('#notice-name').value).to.equal('سامي');
    expect(inDialog<HTMLInputElement>('#notice-email').value).to.equal('sami@example.org');
    await tick('#ground-privacy-data');
    await typeInto('#notice-law', 'GDPR, Art. 6');
    await typeInto('#details', 'ينشر رقم هاتفي وعنواني دون موافقتي في هذه الإجابة.');
    await tick('#notice-goodFaith');
    await submit();
    await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
    const [stored] = await readStored(bucket);
    expect((stored!.report as Report).notice!.notifier).to.deep.equal({ name: 'سامي', email: 'sami@example.org' });
    expect(inDialog('.thanks').textContent).to.contain('استلمنا إشعارك');
    const isolated = [...inDialog('.thanks').querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).to.deep.equal([stored!.reference, 'sami@example.org']);
  });
});

describe('the notice form, to axe', () => {
  afterEach(resetPage);

  const axeClean = async () => {
    await animationsDone(nativeDialog());
    await expect(theDialog()).shadowDom.to.be.accessible();
  };

  for (const locale of ['en', 'ar']) {
    for (const theme of ['light', 'dark'] as const) {
      it(`finds nothing in ${locale}, ${theme}: the questions, their errors, the anonymous hint and the thank-you`, async () => {
        // The theme attribute, not an emulated media query: every engine can show it.
        const bucket = uniqueBucket();
        await openFrom(await flagButton(locale, bucket, bucket, theme));
        await tick('input[name="category"][value="illegal"]');
        await axeClean();
        await submit();
        await waitFor(() => errorText('notice-goodFaith-error'), 'the errors');
        await axeClean();
        await fillNotice();
        await tick('#ground-child-sexual-abuse');
        await axeClean();
        await submit();
        await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
        await axeClean();
      });
    }
  }
});
