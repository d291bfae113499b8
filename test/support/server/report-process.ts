/**
 * One receiving process, as a site runs several behind a load balancer: the
 * report handler on node:http at 127.0.0.1 and a free port, on the store
 * `storeFromEnv` picks (REPORT_STORE=postgres://… or the folder REPORT_DIR).
 * Prints `{"port":N}` once listening; ends on SIGTERM or when its parent's
 * stdin pipe closes (a parent that died leaves no orphan).
 */
import { createServer } from 'node:http';
import { createReportHandler } from '../../../src/server/index.js';
import { storeFromEnv } from '../../../demo/store-from-env.js';
import { toNodeListener } from '../../../src/server/node.js';

const store = await storeFromEnv(process.env.REPORT_DIR ?? '.cache/reports');
const server = createServer(toNodeListener(createReportHandler({ store })));

// Longer than any client's idle keep-alive, so a client never reuses a socket
// the server is closing (as behind a load balancer, whose own idle timeout is shorter).
server.keepAliveTimeout = 65_000;

let ending = false;
async function end(): Promise<void> {
  if (ending) return;
  ending = true;
  server.closeAllConnections();
  server.close();
  if ('close' in store) await store.close();
  process.exit(0);
}
process.on('SIGTERM', end);
process.stdin.on('close', end);
process.stdin.resume();

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
