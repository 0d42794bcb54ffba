/**
 * Vacancies in and out: the report of a feed import, and the shapes of the two exports (an Atom
 * feed of public vacancies for any filter, and a schema.org `JobPosting` for one public vacancy).
 */
import * as z from 'zod/mini';
import { Slug } from './organisation.js';
import { VacancyListQuery } from './vacancy.js';

/** Formats a feed import understands. */
export const feedFormats = ['jsonld', 'html-jsonld', 'rss', 'atom'] as const;
export type FeedFormat = (typeof feedFormats)[number];

/** Why an item of a feed was skipped. The `detail` of the skip says more. */
export const importSkipReasons = [
  'missing-title',
  'missing-location',
  'invalid-date',
  'expired',
  'field-too-long',
  'unknown-language',
  'invalid-field',
  'duplicate',
  'not-an-object',
] as const;
export type ImportSkipReason = (typeof importSkipReasons)[number];

/** One item of a feed that was not imported. */
export const ImportSkip = z.object({
  /** Position of the item in the feed, from 0. */
  index: z.number().check(z.int(), z.minimum(0)),
  externalId: z.optional(z.string()),
  title: z.optional(z.string()),
  reason: z.enum(importSkipReasons),
  detail: z.string(),
});
export type ImportSkip = z.infer<typeof ImportSkip>;

/**
 * What one import run did. A run is one transaction: when `status` is `failed`, nothing changed
 * and `error` says why. Vacancies that were imported from the feed earlier and are no longer in
 * it are closed, never deleted.
 */
export const ImportReport = z.object({
  feed: z.string(),
  organisation: Slug,
  /** The URL or file the feed was read from. */
  source: z.string(),
  format: z.optional(z.enum(feedFormats)),
  status: z.enum(['succeeded', 'failed']),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }),
  /** Items found in the feed, skipped ones included. */
  items: z.number().check(z.int(), z.minimum(0)),
  created: z.number().check(z.int(), z.minimum(0)),
  updated: z.number().check(z.int(), z.minimum(0)),
  unchanged: z.number().check(z.int(), z.minimum(0)),
  closed: z.number().check(z.int(), z.minimum(0)),
  skipped: z.array(ImportSkip),
  /** Things that did not stop the import but an operator should know (e.g. a wrong encoding). */
  warnings: z.array(z.string()),
  error: z.optional(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

/**
 * Query of the Atom export: exactly the query of `GET /v1/vacancies` (same filters, same checks).
 * `limit` is the number of entries; `cursor` reaches older entries and is what the feed's
 * `rel="next"` link carries (RFC 5005 paging).
 */
export const VacancyFeedQuery = VacancyListQuery;
export type VacancyFeedQuery = z.infer<typeof VacancyFeedQuery>;

/** Media type of the Atom export. */
export const atomMediaType = 'application/atom+xml';
/** Media type of the JSON-LD export. */
export const jsonLdMediaType = 'application/ld+json';

/** An Atom 1.0 document (RFC 4287), served as text. */
export const AtomFeed = z.string();

const schemaOrgPlace = z.looseObject({
  '@type': z.literal('Place'),
  address: z.looseObject({
    '@type': z.literal('PostalAddress'),
    addressLocality: z.string(),
    postalCode: z.optional(z.string()),
    addressCountry: z.optional(z.string()),
  }),
});

/**
 * A public vacancy as a schema.org `JobPosting` (JSON-LD), for search engines and partner sites.
 * Only the fields that matter for the contract are described; more may be present.
 */
export const JobPosting = z.looseObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('JobPosting'),
  identifier: z.looseObject({ '@type': z.literal('PropertyValue'), name: z.string(), value: z.string() }),
  title: z.string(),
  description: z.string(),
  datePosted: z.string(),
  validThrough: z.string(),
  employmentType: z.optional(z.union([z.string(), z.array(z.string())])),
  hiringOrganization: z.looseObject({ '@type': z.literal('Organization'), name: z.string() }),
  jobLocation: schemaOrgPlace,
  inLanguage: z.string(),
  url: z.optional(z.string()),
});
export type JobPosting = z.infer<typeof JobPosting>;
