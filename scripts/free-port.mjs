// A loopback port nobody listens on right now, for a server a script or a
// test starts (vite preview, a PostgreSQL cluster). Someone may still take
// it before that server listens; each caller says what it does then.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
