import * as z from 'zod/mini';
import { roles } from './vocabulary.js';
import { Slug } from './organisation.js';

/** `GET /v1/health`: liveness plus the state of the database. */
export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unavailable']),
  version: z.string(),
  time: z.iso.datetime({ offset: true }),
});
export type Health = z.infer<typeof Health>;

/**
 * `GET /v1/me`: who the server takes the caller to be, after it has checked the token and mapped
 * the identity provider's claims (e.g. SURFconext's `schac_home_organization` and
 * `eduperson_entitlement`) to an organisation and a role. A signed-in page asks this to show who
 * is signed in and what they may do; it carries nothing the token did not already say.
 */
export const Me = z.object({
  organisation: Slug,
  role: z.enum(roles),
});
export type Me = z.infer<typeof Me>;

/** `POST /v1/dev/token` body; the route exists only when development auth is switched on. */
export const DevTokenRequest = z.strictObject({
  role: z.enum(roles),
  organisation: Slug,
  subject: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type DevTokenRequest = z.infer<typeof DevTokenRequest>;

export const DevTokenResponse = z.object({
  token: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number(),
});
export type DevTokenResponse = z.infer<typeof DevTokenResponse>;
