import type { Plugin } from 'vite';

export const LIT_POLICY: string;
export const POLICY_MODULE: string;
export function renameLitPolicy(code: string, id: string): string;
export function litPolicyPlugin(): Plugin;
