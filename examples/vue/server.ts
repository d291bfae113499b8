// The server side: the same component rendered to HTML in Node.
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import App from './App.vue';
import { answer } from './data';

export function render(): Promise<string> {
  return renderToString(createSSRApp(App, answer));
}
