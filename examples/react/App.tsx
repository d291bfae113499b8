// A React 19 component using the elements: attributes as props, the
// `report-*` events as `onreport-*` props, typed by report-concern/types/react
// (see report-concern.d.ts). No refs.
import { useState, useSyncExternalStore } from 'react';
import { defineElements } from 'report-concern';

// Safe where the component also renders on the server: it does nothing there.
defineElements();

export interface AnswerProps {
  id: string;
  authorId: string;
  authorName: string;
  text: string;
}

export function Answer({ id, authorId, authorName, text }: AnswerProps) {
  const [reference, setReference] = useState<string>();
  const hydrated = useHydrated();
  return (
    <article>
      <p>{text}</p>
      <flag-button
        content-id={id}
        content-type="answer"
        author-id={authorId}
        excerpt={text}
        label="Flag answer"
        onreport-success={hydrated ? (event) => setReference(event.detail.response.reference) : undefined}
      />
      <report-user-button user-id={authorId} user-name={authorName} />
      {reference && <p role="status">Thanks, your reference is {reference}</p>}
    </article>
  );
}

/**
 * False while React hydrates server-rendered HTML, true from the next render
 * on (and at once in an app rendered only in the browser). React 19 adds the
 * `on…` listeners of a custom element when it renders it in the browser, but
 * not while hydrating one the server rendered (facebook/react#35446): a
 * handler passed only once hydrated is added by that next render.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}
