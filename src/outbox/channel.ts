/**
 * What one tab tells the others about the outbox they share: a report was
 * delivered or discarded, so their marks, open dialogs and drafts follow.
 * A `BroadcastChannel`, which every browser that can show the form has.
 */

export interface OutboxNews {
  kind: 'delivered' | 'discarded';
  id: string;
  subjectKey: string;
  /** Delivered: the receiver's status and reference. */
  status?: number;
  reference?: string;
  /** Delivered: the language the report was written in, for the mark. */
  locale?: string;
}

export interface Channel {
  tell(news: OutboxNews): void;
  close(): void;
}

function isNews(value: unknown): value is OutboxNews {
  const v = value as Partial<OutboxNews> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.kind === 'delivered' || v.kind === 'discarded') &&
    typeof v.id === 'string' &&
    typeof v.subjectKey === 'string'
  );
}

export function openChannel(name: string, hear: (news: OutboxNews) => void): Channel {
  // Every browser that can show the form (`<dialog>`'s showModal) has BroadcastChannel;
  // without it a tab hears nothing, and learns what changed when it next reads the outbox.
  if (typeof BroadcastChannel !== 'function') return { tell: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent) => {
    if (isNews(event.data)) hear(event.data);
  };
  return {
    tell: (news) => {
      try {
        channel.postMessage(news);
      } catch {
        // Closed: this outbox was closed, and tells no one.
      }
    },
    close: () => channel.close(),
  };
}
