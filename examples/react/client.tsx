// The browser entry: configure, then hydrate what the server rendered.
import { hydrateRoot } from 'react-dom/client';
import { configure } from 'report-concern';
import { Answer } from './App';
import { answer } from './data';

configure({ endpoint: '/api/reports' });
hydrateRoot(document.getElementById('root')!, <Answer {...answer} />);
