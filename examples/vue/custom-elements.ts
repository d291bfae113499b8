// Tells Vue's template compiler that these tags are custom elements, not Vue
// components (vite.config.ts: vue({ template: { compilerOptions: { isCustomElement } } })).
export const isCustomElement = (tag: string): boolean =>
  tag === 'flag-button' || tag === 'report-user-button' || tag === 'report-concern-dialog';
