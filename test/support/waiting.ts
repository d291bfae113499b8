/**
 * A report put straight into the page's outbox, as one left there by an
 * earlier page would be: for tests of what the form shows when it opens on
 * a subject with a report still waiting. Its endpoint is never answered.
 */
import { expect } from '@open-wc/testing';
import { outbox } from '../../src/outbox/page.js';

/** Queues a spam report about `subjectKey` (`content:<type>:<id>`) on disk; resolves with its id. */
export async function queueWaiting(subjectKey: string, endpoint: string): Promise<string> {
  const id = crypto.randomUUID();
  const [, contentType, contentId] = subjectKey.split(':');
  const report = {
    schema: 'report-concern/v1',
    id,
    createdAt: new Date().toISOString(),
    category: 'spam',
    details: 'Sent before',
    subject: { kind: 'content', contentId, contentType, url: location.href },
    evidence: { links: [], screenshots: [] },
    block: false,
    urgent: false,
    context: { pageUrl: location.href, locale: 'en', widgetVersion: 'test' },
    extensions: {},
  };
  const kept = await outbox().add({
    id,
    endpoint,
    credentials: 'same-origin',
    timeoutMs: 5000,
    reportJson: JSON.stringify(report),
    files: [],
    subjectKey,
  });
  expect(kept.where).to.equal('disk');
  return id;
}
