import type { PutResult, ReportStore, StoredReport } from './store.js';

/**
 * Keeps reports in this process's memory: for tests and for trying the
 * handler out. Everything is gone when the process ends.
 */
export function createMemoryStore(): Required<ReportStore> {
  const reports = new Map<string, { stored: StoredReport; images: Map<string, { type: string; bytes: Uint8Array }> }>();
  return {
    async put(entry): Promise<PutResult> {
      const existing = reports.get(entry.id);
      if (existing) return { status: 'exists', stored: existing.stored };
      const stored: StoredReport = {
        id: entry.id,
        reference: entry.reference,
        receivedAt: new Date().toISOString(),
        report: entry.report,
        fingerprint: entry.fingerprint,
        images: entry.images.map(({ name, type, bytes, sha256 }) => ({ name, type, size: bytes.byteLength, sha256 })),
      };
      reports.set(entry.id, {
        stored,
        images: new Map(entry.images.map((image) => [image.name, { type: image.type, bytes: image.bytes }])),
      });
      return { status: 'created', stored };
    },
    async get(id) {
      return reports.get(id)?.stored;
    },
    async list(options) {
      const all = [...reports.values()].map((r) => r.stored).reverse();
      return options?.limit === undefined ? all : all.slice(0, options.limit);
    },
    async readImage(id, name) {
      return reports.get(id)?.images.get(name);
    },
  };
}
