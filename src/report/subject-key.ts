import type { Subject } from './schema.js';

/**
 * One word for a subject, the same in the browser and on the receiver: the
 * drafts, the outbox and the receipts file reports under it, and
 * `GET {endpoint}/status?subject=` asks about one subject by it.
 */
export function subjectKey(subject: Subject): string {
  return subject.kind === 'user' ? `user:${subject.userId}` : `content:${subject.contentType}:${subject.contentId}`;
}
