/** One PNG chunk: length, four-letter type, data, CRC-32. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer>;
