/**
 * The demo's confirmations of receipt (docs/PROTOCOL.md §8): for every
 * stored notice of illegal content with an email, the `onStored` hook
 * writes the message a site would send, as `<report id>.eml`, made by
 * nodemailer's stream transport. Nothing leaves the machine; the moderator
 * page links each file. A real site gives nodemailer its SMTP server
 * instead (see the README).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { StoredReport } from '../src/server/index.js';
import noticeEn from '../src/i18n/notice/en.js';

/** Where the messages are written: `$REPORT_CONCERN_MAIL_DIR`, else beside the reports (demo/.reports-mail, git-ignored). */
export function mailDir(reportsDir: string): string {
  const fromEnv = process.env.REPORT_CONCERN_MAIL_DIR;
  return fromEnv ? resolve(fromEnv) : `${reportsDir}-mail`;
}

const FROM = { name: 'LinguaLoop Trust & Safety', address: 'trust@lingualoop.example' };
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The confirmation of receipt for a stored notice, as mail options; undefined when there is no one to send it to. */
export function confirmationOf(stored: StoredReport) {
  const { report, reference } = stored;
  const notifier = report.notice?.notifier;
  if (report.category !== 'illegal' || !report.notice || !notifier?.email) return undefined;
  const { ground, law, locations } = report.notice;
  const text = [
    `Hello${notifier.name ? ` ${notifier.name}` : ''},`,
    '',
    `We received your notice of illegal content on ${new Date(stored.receivedAt).toUTCString()}.`,
    '',
    `Reference:   ${reference}`,
    `Ground:      ${noticeEn.grounds[ground]}`,
    `Law or rule: ${law}`,
    `Where:       ${locations.join('\n             ')}`,
    '',
    'We will review it and send our decision, with our reasons and how to contest it, to this address.',
    '',
    FROM.name,
  ].join('\n');
  return {
    from: FROM,
    to: { name: notifier.name ?? '', address: notifier.email },
    subject: `We received your notice (${reference})`,
    text,
    headers: { 'X-Report-Reference': reference },
  };
}

/** An `onStored` hook writing each confirmation to `dir`, and a way to read one back by report id. */
export function confirmationsIn(dir: string) {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async onStored(stored: StoredReport): Promise<void> {
      const mail = confirmationOf(stored);
      if (!mail) return;
      const sent = await transport.sendMail(mail);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${stored.id}.eml`), sent.message as Buffer);
      console.log(`[receiver] confirmation of receipt for ${stored.reference} written to ${join(dir, `${stored.id}.eml`)}`);
    },
    /** The message written for a report, or undefined (none, or not an id). */
    async read(id: string): Promise<Buffer | undefined> {
      if (!ID.test(id)) return undefined;
      return readFile(join(dir, `${id}.eml`)).catch(() => undefined);
    },
  };
}
