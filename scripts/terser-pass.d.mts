import type { Plugin } from 'vite';
import type { MinifyOptions } from 'terser';

export const TERSER_OPTIONS: MinifyOptions;
export function terserFile(code: string, map: object | undefined, options?: MinifyOptions): Promise<{ code: string; map: object | undefined }>;
export function terserPass(options?: MinifyOptions): Plugin;
