// Listens on the document: every report-* event bubbles up to it.
document.addEventListener('report-success', (event) => {
  const { reference } = event.detail.response;
  document.getElementById('report-status').textContent = `Thanks, your reference is ${reference}`;
});
document.addEventListener('report-block-request', (event) => {
  console.info('the reporter asked to block', event.detail.userId);
});
