import * as z from 'zod/mini';

/** Stable `type` URIs, one per kind of error the API reports. */
export const problemTypes = {
  invalidRequest: 'urn:mobility-kit:problem:invalid-request',
  notFound: 'urn:mobility-kit:problem:not-found',
  unauthorized: 'urn:mobility-kit:problem:unauthorized',
  forbidden: 'urn:mobility-kit:problem:forbidden',
  conflict: 'urn:mobility-kit:problem:conflict',
  /** An `Idempotency-Key` sent again with a different request. */
  idempotencyKeyReused: 'urn:mobility-kit:problem:idempotency-key-reused',
  rateLimited: 'urn:mobility-kit:problem:rate-limited',
  unavailable: 'urn:mobility-kit:problem:unavailable',
  internal: 'urn:mobility-kit:problem:internal',
} as const;
export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];

/** One invalid field or parameter: where (`in` and dotted `path`) and what was wrong. */
export const InvalidParam = z.object({
  in: z.enum(['query', 'path', 'body', 'header']),
  path: z.string(),
  message: z.string(),
});
export type InvalidParam = z.infer<typeof InvalidParam>;

/** The most invalid parameters one problem document lists; the rest are counted, not listed. */
export const maxInvalidParams = 50;

/** An RFC 9457 problem document, served as `application/problem+json`. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int(), z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /**
   * Extension member: the invalid parameters of an `invalid-request` problem, at most
   * `maxInvalidParams` of them (the first in document order).
   */
  invalidParams: z.optional(z.array(InvalidParam)),
  /** Extension member: how many more invalid parameters there were than `invalidParams` lists. */
  omittedInvalidParams: z.optional(z.number().check(z.int(), z.minimum(1))),
});
export type Problem = z.infer<typeof Problem>;

export const problemMediaType = 'application/problem+json';
