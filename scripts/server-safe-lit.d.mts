import type { Plugin } from 'vite';

export function serverSafeBase(code: string, id: string): string;
export function serverSafeLitPlugin(): Plugin;
