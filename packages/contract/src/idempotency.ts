/**
 * Safe retries of writes. Every `POST` route accepts an `Idempotency-Key` header: the first answer
 * to a key is kept per caller for {@link idempotencyKeyLifetimeHours} hours with a fingerprint of
 * the request, and a repeat of the same request with the same key gets that answer again (marked
 * with `Idempotent-Replayed: true`) instead of a second write. The same key with another request is
 * a 422 problem; a repeat while the first is still being handled is a 409 problem. Answers with a
 * 5xx or 429 status are not kept: the request may be sent again with the same key. Zod-free.
 */

/** Request header naming one logical write; a random UUID per write is a good choice. */
export const idempotencyKeyHeader = 'Idempotency-Key';
/** Response header on a replayed answer. */
export const idempotentReplayedHeader = 'Idempotent-Replayed';
/** 1–255 visible ASCII characters (no spaces or control characters). */
export const idempotencyKeyPattern = /^[\x21-\x7E]{1,255}$/;
/** How long a first answer is kept. */
export const idempotencyKeyLifetimeHours = 24;
