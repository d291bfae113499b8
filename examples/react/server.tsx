// The server side: the same component rendered to HTML in Node.
import { renderToString } from 'react-dom/server';
import { Answer } from './App';
import { answer } from './data';

export function render(): string {
  return renderToString(<Answer {...answer} />);
}
