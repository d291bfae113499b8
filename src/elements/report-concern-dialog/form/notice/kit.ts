/**
 * What the form hands over to the notice mode (contract.ts `Kit`), filled
 * in once by loadNoticeMode before any template renders.
 */
import type { Kit } from './contract.js';

export const kit = {} as Kit;
