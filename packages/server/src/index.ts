import type { FastifyInstance } from 'fastify';
import { buildServer } from './app.js';
import { resolveMounts } from './mounts.js';
import type { ServerOptions } from './options.js';

export type { ServerOptions } from './options.js';
export type { Mount, MountHandler } from './mounts.js';
export type { AuthOptions, Principal } from './auth.js';
export { ClaimsMappingError, loadClaimsMapping, parseClaimsMapping, type ClaimsMapping } from './auth.js';
export type { MobilityContext } from './context.js';
export { buildServer, ConfigurationError } from './app.js';
export { optionsFromEnv, type CliOptions } from './env.js';

/** A listening server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly app: FastifyInstance;
  /** Stop listening and close the database. Idempotent. */
  close(): Promise<void>;
}

/**
 * Build the server and listen. `port: 0` picks a free port (tests); the URL says which.
 *
 * @example
 * const { url, close } = await startServer({ dataDir: 'memory://', seed: true, devAuth: true, port: 0 });
 */
export async function startServer(options: ServerOptions & { port?: number; host?: string } = {}): Promise<RunningServer> {
  const { port = 8080, host = '127.0.0.1', ...serverOptions } = options;
  const app = await buildServer(serverOptions);
  try {
    await app.listen({ port, host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}`;
  try {
    await resolveMounts(app, url);
  } catch (error) {
    await app.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url,
    app,
    close: () => (closing ??= app.close().then(() => undefined)),
  };
}
export type { MediaInfo, MediaStore, StoredMedia } from './db/media.js';
export { databaseMediaStore } from './db/media.js';
export type { MediaOptions } from './routes/media-context.js';
