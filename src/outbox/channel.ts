/**
 * What one tab tells the others about the outbox they share: a report was
 * delivered or discarded, so their marks, open dialogs and drafts follow.
 * A `BroadcastChannel` where the browser has one; otherwise the `storage`
 * event of a short-lived `localStorage` key (written, then removed at once:
 * other tabs hear both, and only the write carries news).
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
  if (typeof BroadcastChannel === 'function') {
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
  const key = `${name}:news`;
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key || !event.newValue) return;
    try {
      const { news } = JSON.parse(event.newValue) as { news: unknown };
      if (isNews(news)) hear(news);
    } catch {
      // Not ours.
    }
  };
  addEventListener('storage', onStorage);
  return {
    tell: (news) => {
      try {
        // The nonce makes two identical pieces of news two changes.
        localStorage.setItem(key, JSON.stringify({ news, nonce: Math.random() }));
        localStorage.removeItem(key);
      } catch {
        // Storage blocked: the other tabs learn of it when they next look at the outbox.
      }
    },
    close: () => removeEventListener('storage', onStorage),
  };
}
