// With a bundler (vite, webpack, esbuild…): the elements share the app's Lit.
import { configure, defineElements } from 'report-concern';

configure({
  endpoint: '/api/reports',
  // Sent with every attempt, computed afresh (a CSRF token, say).
  headers: async () => ({ 'X-Requested-With': 'report-concern' }),
  // Any text, at any depth.
  strings: { categories: { other: 'Anything else' } },
});
defineElements();

document.addEventListener('report-success', (event) => {
  const { reference } = event.detail.response;
  document.getElementById('report-status').textContent = `Thanks, your reference is ${reference}`;
});
