// csp.html's only script besides the widget: lists every Content-Security-Policy
// violation on the page, so the page shows itself that there are none.
const list = document.querySelector<HTMLUListElement>('#violations')!;
const summary = document.querySelector<HTMLElement>('#violation-count')!;
let count = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  count += 1;
  summary.textContent = `${count} violation${count === 1 ? '' : 's'}`;
  const item = document.createElement('li');
  item.textContent = `${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim();
  list.append(item);
});
