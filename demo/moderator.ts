/**
 * The demo's moderator page, working from the moderation API: a list with a
 * status and category filter, paged by cursor; one report with its
 * screenshots and history; mark in review; record a decision with its
 * statement of reasons; decide the appeals against it.
 */
import { CATEGORIES } from '../src/report/categories.js';
import { ApiError, decide, decideAppeal, getReport, listReports, markInReview, type ReportView } from './moderator/api.js';
import * as render from './moderator/render.js';
import { noticeFields } from './moderator/notice.js';

// Demo authorization (see demo/receiver-plugin.ts): no sign-in, a cookie naming the demo moderator.
document.cookie = 'rc-demo-moderator=demo-moderator; path=/api/moderation; SameSite=Strict';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const filters = $<HTMLFormElement>('#filters');
const rows = $<HTMLTableSectionElement>('#rows');
const count = $('#count');
const newer = $<HTMLButtonElement>('#newer');
const older = $<HTMLButtonElement>('#older');
const detail = $('#detail');
const detailStatus = $('#detail-status');
const reviewButton = $<HTMLButtonElement>('#review');
const decisionForm = $<HTMLFormElement>('#decision-form');

const categorySelect = $<HTMLSelectElement>('#filters select[name="category"]');
for (const category of CATEGORIES) {
  const option = render.el('option', render.categoryName(category));
  option.value = category;
  categorySelect.append(option);
}

/** Where the list is: the cursor of each page shown so far (the first has none), and the next page's. */
const paging: { cursors: (string | undefined)[]; next?: string } = { cursors: [undefined] };
let opened: ReportView | undefined;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function showPage(): Promise<void> {
  const form = new FormData(filters);
  count.textContent = 'Loading…';
  try {
    const page = await listReports({
      status: String(form.get('status') ?? ''),
      category: String(form.get('category') ?? ''),
      cursor: paging.cursors.at(-1),
    });
    paging.next = page.next;
    rows.replaceChildren(...page.reports.map((summary) => render.row(summary, (id) => void open(id))));
    const n = page.reports.length;
    count.textContent = n === 1 ? '1 report' : `${n} reports`;
    $('#page-number').textContent = `Page ${paging.cursors.length}`;
    newer.disabled = paging.cursors.length === 1;
    older.disabled = !page.next;
  } catch (error) {
    count.textContent = `Could not load reports: ${message(error)}`;
  }
}

function showReport(view: ReportView): void {
  opened = view;
  $('#detail-title').textContent = `Report ${view.reference}`;
  $('#detail-meta').textContent = `Received ${new Date(view.receivedAt).toLocaleString()} · status: ${view.status}`;
  $('#detail-fields').replaceChildren(...render.fields(view), ...noticeFields(view));
  $('#detail-screenshots').replaceChildren(...render.screenshots(view));
  $('#detail-history').replaceChildren(...render.history(view));
  $('#detail-decision').replaceChildren(...render.decision(view), ...render.appealForms(view, onAppeal));
  reviewButton.hidden = view.status !== 'received';
  decisionForm.hidden = view.status === 'decided';
  detail.hidden = false;
}

async function open(id: string): Promise<void> {
  detailStatus.textContent = '';
  try {
    showReport(await getReport(id));
    detail.focus();
  } catch (error) {
    detailStatus.textContent = `Could not open the report: ${message(error)}`;
  }
}

/** Runs a step on the open report, then shows the report and the list as they now are. */
async function act(done: string, step: (id: string) => Promise<ReportView>): Promise<void> {
  if (!opened) return;
  for (const field of decisionForm.querySelectorAll('.field-error')) field.textContent = '';
  try {
    showReport(await step(opened.id));
    detailStatus.textContent = done;
    await showPage();
  } catch (error) {
    if (error instanceof ApiError) {
      for (const [field, text] of Object.entries(error.errors)) {
        const slot = decisionForm.querySelector(`#error-${CSS.escape(field)}`);
        if (slot) slot.textContent = text;
      }
    }
    detailStatus.textContent = message(error);
  }
}

filters.addEventListener('submit', (event) => {
  event.preventDefault();
  paging.cursors = [undefined];
  void showPage();
});
older.addEventListener('click', () => {
  if (!paging.next) return;
  paging.cursors.push(paging.next);
  void showPage();
});
newer.addEventListener('click', () => {
  if (paging.cursors.length > 1) paging.cursors.pop();
  void showPage();
});
/** Decides one appeal of the open report, then shows the report as it now is. */
function onAppeal(appealId: string, upheld: boolean, explanation: string, form: HTMLFormElement): void {
  const error = form.querySelector('.field-error')!;
  void decideAppeal(appealId, { upheld, explanation })
    .then(async () => {
      if (opened) showReport(await getReport(opened.id));
      detailStatus.textContent = upheld ? 'Appeal accepted.' : 'Appeal rejected.';
    })
    .catch((failure: unknown) => {
      error.textContent = failure instanceof ApiError ? (failure.errors.explanation ?? failure.message) : message(failure);
    });
}

reviewButton.addEventListener('click', () => void act('Marked in review.', markInReview));
decisionForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(decisionForm);
  const body = {
    action: form.get('action'),
    ground: form.get('ground'),
    groundDetail: String(form.get('groundDetail') ?? ''),
    explanation: String(form.get('explanation') ?? ''),
    automated: form.get('automated') === 'on',
  };
  void act('Decision recorded.', (id) => decide(id, body));
});

void showPage();
