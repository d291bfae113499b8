/**
 * Bot friction a site can turn on (README "Bot friction"): a honeypot field
 * that people never see or reach, and a minimum time between opening the
 * form and sending it. Neither refuses a report on its own (autofill or a
 * fast reporter must not lose one): both are reported in `context`, where
 * the receiver decides, and `minSubmitMs` holds the send until that much
 * time has passed since the form opened.
 */
import { html, type TemplateResult } from 'lit/html.js';
import type { PartialConfig } from '../../../config.js';

export interface FrictionContext {
  /** With `honeypot`: whether anything was typed into the hidden field. */
  honeypotFilled?: boolean;
  /** With `honeypot` or `minSubmitMs`: milliseconds from opening the form to Submit. */
  fillMs?: number;
}

export function frictionContext(
  config: PartialConfig,
  openedAt: number,
  honeypotValue: string,
  now: number = performance.now(),
): FrictionContext {
  const out: FrictionContext = {};
  if (config.honeypot) out.honeypotFilled = honeypotValue.trim() !== '';
  if (config.honeypot || config.minSubmitMs) out.fillMs = Math.max(0, Math.round(now - openedAt));
  return out;
}

/** Resolves once `minSubmitMs` have passed since `openedAt` (at once when unset). */
export function holdUntilMinimum(config: PartialConfig, openedAt: number): Promise<void> {
  const wait = openedAt + (Number(config.minSubmitMs) || 0) - performance.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}

/**
 * The honeypot: a text field hidden from sight and from assistive technology,
 * out of the tab order and never autofilled. Scripts that fill every field
 * fill it. (One line: lit keeps a template's whitespace in the bundle.)
 */
export function honeypotField(onInput: (value: string) => void): TemplateResult {
  // prettier-ignore
  return html`<input id="website" name="website" class="visually-hidden" aria-hidden="true" tabindex="-1" autocomplete="off" @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}>`;
}
