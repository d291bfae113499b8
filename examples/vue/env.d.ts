// Once per project: the three tags as typed global components for vue-tsc.
/// <reference types="report-concern/types/vue" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
