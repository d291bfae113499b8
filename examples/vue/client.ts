// The browser entry: configure, then hydrate what the server rendered.
import { createSSRApp } from 'vue';
import { configure } from 'report-concern';
import App from './App.vue';
import { answer } from './data';

configure({ endpoint: '/api/reports' });
createSSRApp(App, answer).mount('#app');
