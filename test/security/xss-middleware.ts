/**
 * A second reference server for the browser tests, seeded with the XSS corpus (no demo data, no
 * rate limit, CORS open). It starts on `warm()` (when the test run starts) or on the first request
 * to `/xss/manifest`, which answers with its URL and the seed manifest; `close()` stops it when the
 * test run ends.
 */
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '@mobility-kit/server';
import { loadXssCorpus, seedXssCorpus, type XssManifest } from './xss-seed.js';

/** The Koa-style middleware of @web/dev-server, typed by what it uses. */
type Middleware = (ctx: { path: string; type: string; body: unknown }, next: () => Promise<unknown>) => Promise<unknown>;

/** Middleware serving `/xss/manifest`, and `close()` for the server it started. */
export function xssApi(): { middleware: Middleware; warm(): void; close(): Promise<void> } {
  let started: Promise<{ server: RunningServer; manifest: XssManifest }> | undefined;
  const start = async () => {
    const server = await startServer({
      port: 0,
      dataDir: 'memory://',
      devAuth: true,
      corsOrigins: true,
      rateLimit: false,
      staticRoots: [{ root: fileURLToPath(new URL('./assets/', import.meta.url)), prefix: '/xss/' }],
    });
    const manifest = await seedXssCorpus(server, await loadXssCorpus(), server.app.mobility.today());
    return { server, manifest };
  };
  return {
    /** Start and seed now, in the background, so the browser test finds the server ready. */
    warm() {
      started ??= start();
      started.catch(() => {});
    },
    async middleware(ctx, next) {
      if (ctx.path !== '/xss/manifest') return next();
      started ??= start();
      const { server, manifest } = await started;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: server.url, manifest });
      return undefined;
    },
    async close() {
      if (started) await (await started).server.close();
    },
  };
}
