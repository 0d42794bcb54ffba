import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import {
  idempotencyKeyLifetimeHours,
  idempotencyKeyPattern,
  idempotentReplayedHeader,
  problemTypes,
} from '@mobility-kit/contract';
import type { Db } from './db/schema.js';
import { invalidRequest, ProblemError } from './problems.js';

/** Largest answer body kept for a replay; a larger one is replayed as its status and headers only. */
export const maxStoredBodyBytes = 256 * 1024;
/** A first request still unfinished after this long is taken as lost (its process died), and the key is free again. */
export const abandonedAfterSeconds = 120;
/** How often expired keys are pruned, at most. */
const pruneEveryMs = 10 * 60 * 1000;
/** The answer headers a replay repeats. */
const keptHeaders = ['content-type', 'location'] as const;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set while this request holds an idempotency key whose answer is still to be stored. */
    idempotency?: { readonly caller: string; readonly key: string; settled: boolean };
  }
}

interface StoredAnswer {
  request_hash: string;
  status: number | null;
  headers: Record<string, string> | string;
  body: string | null;
  stale: boolean;
}

/**
 * Who a key belongs to: a signed-in caller by organisation and token subject; every anonymous
 * caller of the public `POST` routes (usage events) shares one space, since the API keeps nothing
 * that identifies them. Keys are random per write, so sharing costs nothing.
 */
function callerOf(request: FastifyRequest): string {
  return request.principal ? `${request.principal.organisation}/${request.principal.subject}` : 'anonymous';
}

/** A fingerprint of what the request asks: method, URL, media type and the parsed body. */
function fingerprint(request: FastifyRequest): string {
  const body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null);
  const contentType = String(request.headers['content-type'] ?? '').trim().toLowerCase();
  return createHash('sha256').update(`${request.method}\n${request.url}\n${contentType}\n${body}`).digest('base64url');
}

const reused = () =>
  new ProblemError({
    type: problemTypes.idempotencyKeyReused,
    title: 'Idempotency key reused',
    status: 422,
    detail: 'This Idempotency-Key was used for a different request. Use a new key for a new write.',
  });

const inFlight = () =>
  new ProblemError(
    {
      type: problemTypes.conflict,
      title: 'Request in progress',
      status: 409,
      detail: 'A request with this Idempotency-Key is still being handled. Try again shortly.',
    },
    { 'Retry-After': '1' },
  );

/**
 * `Idempotency-Key` on every `POST` route, once for the whole app: the first answer (status,
 * `Location`, media type, body) is stored per caller with a fingerprint of the request for
 * {@link idempotencyKeyLifetimeHours} hours; a repeat gets it again with `Idempotent-Replayed: true`,
 * another request with the same key a 422, a repeat while the first is running a 409. Answers with
 * a 5xx or 429 status are not stored (the key is released, so a retry runs the request again).
 * Register after the auth hook, which establishes the caller.
 */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  let prunedAt = 0;
  const prune = async () => {
    if (Date.now() - prunedAt < pruneEveryMs) return;
    prunedAt = Date.now();
    await sql`delete from idempotency_keys where expires_at < now()`.execute(db);
  };
  const release = (entry: { caller: string; key: string }) =>
    sql`delete from idempotency_keys where caller = ${entry.caller} and key = ${entry.key} and status is null`.execute(db);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'POST' || request.is404) return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    if (typeof key !== 'string' || !idempotencyKeyPattern.test(key)) {
      throw invalidRequest([{ in: 'header', path: 'idempotency-key', message: 'must be 1 to 255 visible ASCII characters' }]);
    }
    const caller = callerOf(request);
    const hash = fingerprint(request);
    await prune();
    for (let attempt = 0; attempt < 3; attempt++) {
      const claimed = await sql<{ key: string }>`
        insert into idempotency_keys (caller, key, request_hash, expires_at)
        values (${caller}, ${key}, ${hash}, now() + make_interval(hours => ${idempotencyKeyLifetimeHours}))
        on conflict (caller, key) do nothing
        returning key`.execute(db);
      if (claimed.rows.length === 1) {
        request.idempotency = { caller, key, settled: false };
        return;
      }
      const { rows } = await sql<StoredAnswer>`
        select request_hash, status, headers, body,
               (expires_at < now() or (status is null and created_at < now() - make_interval(secs => ${abandonedAfterSeconds}))) as stale
        from idempotency_keys where caller = ${caller} and key = ${key}`.execute(db);
      const stored = rows[0];
      if (!stored) continue;
      if (stored.stale) {
        await sql`delete from idempotency_keys where caller = ${caller} and key = ${key}
          and (expires_at < now() or (status is null and created_at < now() - make_interval(secs => ${abandonedAfterSeconds})))`.execute(db);
        continue;
      }
      if (stored.request_hash !== hash) throw reused();
      if (stored.status === null) throw inFlight();
      const headers = typeof stored.headers === 'string' ? (JSON.parse(stored.headers) as Record<string, string>) : stored.headers;
      reply.code(stored.status);
      for (const [name, value] of Object.entries(headers)) reply.header(name, value);
      reply.header(idempotentReplayedHeader, 'true');
      return reply.send(stored.body ?? '');
    }
    throw inFlight();
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const entry = request.idempotency;
    if (!entry || entry.settled) return payload;
    entry.settled = true;
    const status = reply.statusCode;
    try {
      if (status >= 500 || status === 429) {
        await release(entry);
        return payload;
      }
      const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
      const body = text !== null && Buffer.byteLength(text) <= maxStoredBodyBytes ? text : null;
      const headers: Record<string, string> = {};
      for (const name of keptHeaders) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      await sql`update idempotency_keys set status = ${status}, headers = ${JSON.stringify(headers)}::jsonb, body = ${body}
        where caller = ${entry.caller} and key = ${entry.key}`.execute(db);
    } catch (error) {
      // The answer still goes out; without a stored answer the key frees itself after abandonedAfterSeconds.
      request.log.warn({ err: { name: (error as Error).name, code: (error as { code?: unknown }).code } }, 'idempotency answer not stored');
    }
    return payload;
  });

  // A request that ends without an answer being sent (the client went away) gives its key back.
  app.addHook('onResponse', async (request: FastifyRequest) => {
    const entry = request.idempotency;
    if (!entry || entry.settled) return;
    entry.settled = true;
    await release(entry).catch(() => {});
  });
}
