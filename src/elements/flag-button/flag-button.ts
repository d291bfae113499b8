import { TriggerButton } from '../../internal/trigger-button.js';
import type { ContentSubject } from '../../report/schema.js';

/**
 * Flags one piece of content (an answer, a notebook entry, a comment, a
 * message) and opens the report dialog for it.
 * Its parts, custom properties and events are those of `TriggerButton`,
 * which both buttons share.
 *
 * @summary A button that reports one piece of content.
 * @tag flag-button
 *
 * @slot - Replaces the button's text (default: the `label`, or "Flag").
 */
export class FlagButton extends TriggerButton {
  static override properties = {
    contentId: { attribute: 'content-id' },
    contentType: { attribute: 'content-type' },
    contentUrl: { attribute: 'content-url' },
    authorId: { attribute: 'author-id' },
    excerpt: {},
  };

  /** Required: the id of the flagged item. */
  declare contentId?: string;

  /** `answer`, `notebook`, `discussion`, `comment`, `message`, or any other word. */
  declare contentType?: string;

  /** The item's URL (default: the page URL). */
  declare contentUrl?: string;

  /** The id of the item's author, when the host knows it. */
  declare authorId?: string;

  /** Plain text of the item, pinned into the report. */
  declare excerpt?: string;

  protected readonly defaultLabel = 'Flag';
  protected readonly labelKey = 'flagLabel';

  get subject(): ContentSubject | undefined {
    const contentId = this.contentId?.trim();
    if (!contentId) return undefined;
    const subject: ContentSubject = {
      kind: 'content',
      contentId,
      contentType: normaliseType(this.contentType),
      url: absoluteUrl(this.contentUrl),
    };
    const authorId = this.authorId?.trim();
    if (authorId) subject.authorId = authorId;
    const excerpt = this.excerpt?.trim();
    if (excerpt) subject.excerpt = excerpt;
    return subject;
  }
}

/** A word for the kind of content: lower-case letters, digits and dashes. */
function normaliseType(type: string | undefined): string {
  const word = (type ?? '').trim().toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').slice(0, 50);
  return word || 'content';
}

/** Resolves a URL against the page; anything that is not http(s) falls back to the page URL. */
export function absoluteUrl(value: string | undefined): string {
  if (value) {
    try {
      const url = new URL(value, document.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // fall through to the page URL
    }
  }
  return location.href;
}

declare global {
  interface HTMLElementTagNameMap {
    'flag-button': FlagButton;
  }
}
