// Notices of illegal content: the receiver confirms receipt by email.
// Run: SMTP_URL=smtps://user:password@smtp.example.com node examples/server/notices.mjs
// (without SMTP_URL the messages are only built, never sent).
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import nodemailer from 'nodemailer';
import { createReportHandler } from 'report-concern/server';
import { createFsStore } from 'report-concern/server/fs';
import { toNodeListener } from 'report-concern/server/node';

export const transport = nodemailer.createTransport(process.env.SMTP_URL ?? { streamTransport: true, buffer: true });

/** The confirmation of receipt (DSA Art. 16(4)) for a stored notice whose sender gave an email. */
export function confirmationOf({ report, reference, receivedAt }) {
  const email = report.notice?.notifier?.email;
  if (report.category !== 'illegal' || !email) return undefined;
  return {
    from: '"Community Trust & Safety" <trust@community.example>',
    to: { name: report.notice.notifier.name ?? '', address: email },
    subject: `We received your notice (${reference})`,
    text:
      `We received your notice of illegal content on ${new Date(receivedAt).toUTCString()}.\n` +
      `Reference: ${reference}\nWhere: ${report.notice.locations.join(', ')}\n\n` +
      'We will review it and send our decision, with our reasons and how to contest it, to this address.\n',
  };
}

export const handle = createReportHandler({
  store: createFsStore({ dir: process.env.REPORTS_DIR ?? './reports' }),
  // After the report is stored, once; a mail server that fails or hangs
  // never fails the request (hookTimeoutMs, default 5 s).
  async onStored(stored) {
    const mail = confirmationOf(stored);
    if (mail) await transport.sendMail(mail);
  },
});
const reports = toNodeListener(handle);

export const server = createServer((req, res) => {
  if (new URL(req.url ?? '/', 'http://host').pathname === '/api/reports') return reports(req, res);
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
});

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) server.listen(8080);
