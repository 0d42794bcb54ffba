import * as z from 'zod/mini';
import { sectors } from './vocabulary.js';

/** A stable, URL-safe identifier: lower-case letters, digits and dashes. */
export const Slug = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/**
 * An employer taking part in the network: a hogeschool, a university, an mbo school, a
 * municipality or a regional company. Organisations that share a network are each other's
 * partners and see each other's `sector` vacancies.
 */
export const Organisation = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  sector: z.enum(sectors),
  city: z.optional(z.string().check(z.maxLength(100))),
  /** Networks this organisation belongs to (e.g. a regional mobility network). */
  networks: z.array(Slug),
  website: z.optional(z.url()),
});
export type Organisation = z.infer<typeof Organisation>;

/** The short form of an organisation embedded in a vacancy (schema.org `hiringOrganization`). */
export const OrganisationRef = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  sector: z.enum(sectors),
});
export type OrganisationRef = z.infer<typeof OrganisationRef>;

export const OrganisationList = z.object({
  items: z.array(Organisation),
});
export type OrganisationList = z.infer<typeof OrganisationList>;
