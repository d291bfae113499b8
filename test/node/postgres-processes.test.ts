// Four receiving processes on one PostgreSQL database, as a site runs them
// behind a load balancer: 1,000 reports, a fifth of them sent twice at the
// same moment to two different processes. Exactly 1,000 are stored, none
// twice, none lost, and both answers to a repeat carry the first reference.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { postgresSkip, postgresTest } from '../support/server/postgres-test.js';
import { startPostgres, type PostgresCluster } from '../support/postgres.mjs';
import { startReportProcesses, type ReportProcess } from '../support/report-processes.mjs';
import { contentReport, formOf, makePng, withShots, type Json, type Shot } from './fixtures.js';

const REPORTS = 1000;
const SENT_TWICE = 200;
const IN_FLIGHT = 24;

interface Answer {
  status: number;
  reference?: string;
  /** How many 409 / 503 answers came first (the widget retries those after Retry-After). */
  waits: number;
  /** How many attempts the network dropped. */
  dropped: number;
}

/**
 * Posts as the widget does: "still being stored" (409) and "busy" (503) are
 * sent again after Retry-After, and so is a request the network dropped
 * (an idle keep-alive socket the server closed as it was reused).
 */
async function deliver(url: string, report: Json, shots: Shot[]): Promise<Answer> {
  let dropped = 0;
  for (let waits = 0; ; waits++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        body: formOf(report, shots),
        headers: { 'Idempotency-Key': report.id, Accept: 'application/json' },
      });
    } catch (error) {
      if (++dropped > 3) throw error;
      continue;
    }
    const body = (await response.json()) as { reference?: string };
    if ((response.status !== 409 && response.status !== 503) || waits === 30) return { status: response.status, reference: body.reference, waits, dropped };
    const seconds = Number(response.headers.get('retry-after') ?? 1);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

/** Runs the jobs with at most `limit` at once, in order of the list. */
async function pooled<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

describe('four handler processes on one PostgreSQL database', () => {
  let cluster: PostgresCluster;
  let pool: pg.Pool;
  let processes: ReportProcess[] = [];
  let stop = async () => {};

  before(async () => {
    if (postgresSkip()) return;
    cluster = await startPostgres();
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query('CREATE DATABASE many_processes');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, '/many_processes');
    pool = new pg.Pool({ connectionString: url });
    // Each process runs migrate() as it starts: four at once.
    ({ processes, stop } = await startReportProcesses(4, { REPORT_STORE: url }));
  });
  after(async () => {
    await stop();
    await pool?.end();
    await cluster?.stop();
  });

  postgresTest('store 1,000 reports exactly once, a fifth of them sent twice at once to two processes', async () => {
    const png = makePng(6, 4);
    const reports = Array.from({ length: REPORTS }, (_, i) => {
      // Every tenth report carries a screenshot, stored in bytea.
      const shots: Shot[] = i % 10 === 0 ? [{ bytes: png }] : [];
      return { report: withShots(contentReport({ details: `Report number ${i} of the run` }), shots), shots };
    });
    const jobs = reports.map(({ report, shots }, i) => {
      const first = processes[i % 4]!.url;
      if (i >= SENT_TWICE) return () => deliver(first, report, shots).then((answer) => [answer]);
      const second = processes[(i + 1) % 4]!.url;
      return () => Promise.all([deliver(first, report, shots), deliver(second, report, shots)]);
    });
    const answers = await pooled(jobs, IN_FLIGHT);

    const stored = await pool.query<{ id: string; reference: string; images: number }>(
      `SELECT r.id, r.reference, (SELECT count(*)::int FROM report_concern.images i WHERE i.report_id = r.id) AS images
       FROM report_concern.reports r`,
    );
    const byId = new Map(stored.rows.map((row) => [row.id, row]));
    assert.equal(stored.rows.length, REPORTS, 'exactly 1,000 rows');
    assert.equal(byId.size, REPORTS, 'no id twice');
    const lost = reports.filter(({ report }) => !byId.has(report.id));
    assert.deepEqual(lost, [], 'none lost');
    for (const [i, pair] of answers.entries()) {
      const row = byId.get(reports[i]!.report.id)!;
      for (const answer of pair) {
        assert.equal(answer.status, 201, `report ${i} answered ${answer.status}`);
        assert.equal(answer.reference, row.reference, `report ${i} answered with its first reference`);
      }
      assert.equal(row.images, reports[i]!.shots.length);
    }
    const waited = answers.flat().filter((a) => a.waits > 0).length;
    const dropped = answers.flat().reduce((sum, a) => sum + a.dropped, 0);
    const createdBy = await pool.query('SELECT count(DISTINCT reference)::int AS n FROM report_concern.reports');
    assert.equal(createdBy.rows[0].n, REPORTS);
    console.log(`# ${REPORTS} stored by 4 processes; ${SENT_TWICE} sent twice at once; ${waited} sends were told to retry (409/503) first; ${dropped} attempts dropped by the network and sent again`);
  });
});
