// The host performs the block the reporter asked for (CONTRACT §5): here it
// only shows it; a real site would call its own API.
document.addEventListener('report-block-request', (event) => {
  const state = document.querySelector<HTMLElement>('#block-state');
  if (state && event.detail.userId === 'u-marco') state.hidden = false;
});
