// A TCP port nobody listens on now, for servers whose address must be known before they start
// (a private PostgreSQL cluster, an identity provider whose issuer names the server's own URL).
import { createServer } from 'node:net';

/** A port free on `host` at the time of asking (another process may still take it first). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
