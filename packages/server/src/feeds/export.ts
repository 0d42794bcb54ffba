import type { JobPosting, Vacancy } from '@mobility-kit/contract';
import { markdownToText, stripControlCharacters, truncate } from './sanitise.js';

/**
 * Vacancies out: an Atom 1.0 feed (RFC 4287) and schema.org `JobPosting` JSON-LD. Only ever called
 * with vacancies an anonymous caller may see. XML is written by hand with one escaping function for
 * text and attributes, which also removes the characters XML 1.0 cannot carry at all (a control
 * character in a title would otherwise make the whole feed unreadable).
 */

/** Text or attribute value escaped for XML 1.0. */
export function escapeXml(text: string): string {
  return stripControlCharacters(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Where a vacancy is shown to people: the configured public page, its apply URL, or the API. */
export function vacancyLink(vacancy: Vacancy, options: { publicVacancyUrl?: string | undefined; apiBase: string }): string {
  if (options.publicVacancyUrl) return options.publicVacancyUrl.replaceAll('{id}', encodeURIComponent(vacancy.id));
  if (vacancy.applyUrl) return vacancy.applyUrl;
  return `${options.apiBase}/v1/vacancies/${encodeURIComponent(vacancy.id)}`;
}

export interface AtomOptions {
  /** Absolute URL of this document (rel="self"). */
  readonly selfUrl: string;
  /** Absolute URL of the next (older) page, when there is one (RFC 5005). */
  readonly nextUrl?: string | undefined;
  /** Scheme, host and port of the API, for links and ids. */
  readonly apiBase: string;
  readonly publicVacancyUrl?: string | undefined;
  /** Feed title. */
  readonly title: string;
  readonly language: 'nl' | 'en';
  /** When the feed is empty: the feed's `updated`. */
  readonly now: Date;
}

const atomDate = (date: string) => `${date}T00:00:00Z`;

/** A `tag:` URI (RFC 4151) for a vacancy: stable however the vacancy's links change. */
export function vacancyTagUri(host: string, id: string): string {
  const authority = host.toLowerCase().replace(/:\d+$/, '').replace(/[^a-z0-9.-]/g, '') || 'localhost';
  return `tag:${authority},2025:vacancy/${id}`;
}

/** The Atom document for a list of public vacancies, newest first. */
export function buildAtomFeed(vacancies: readonly Vacancy[], options: AtomOptions): string {
  const host = new URL(options.apiBase).host;
  const updated = vacancies.reduce((latest, v) => (atomDate(v.datePosted) > latest ? atomDate(v.datePosted) : latest), '');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.language}">`,
    `  <id>${escapeXml(options.selfUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${updated || options.now.toISOString().replace(/\.\d{3}Z$/, 'Z')}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`,
    ...(options.nextUrl ? [`  <link rel="next" type="application/atom+xml" href="${escapeXml(options.nextUrl)}"/>`] : []),
    '  <generator>mobility-kit</generator>',
  ];
  for (const v of vacancies) {
    const summary = v.summary ?? truncate(markdownToText(v.description), 300);
    lines.push(
      `  <entry xml:lang="${v.language}">`,
      `    <id>${escapeXml(vacancyTagUri(host, v.id))}</id>`,
      `    <title type="text">${escapeXml(v.title)}</title>`,
      `    <link rel="alternate" href="${escapeXml(vacancyLink(v, options))}"/>`,
      `    <published>${atomDate(v.datePosted)}</published>`,
      `    <updated>${atomDate(v.datePosted)}</updated>`,
      `    <author><name>${escapeXml(v.organisation.name)}</name></author>`,
      `    <category term="${escapeXml(v.kind)}"/>`,
      ...(summary ? [`    <summary type="text">${escapeXml(summary)}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

const employmentTypes: Readonly<Record<Vacancy['contract'], string>> = {
  permanent: 'FULL_TIME',
  temporary: 'TEMPORARY',
  secondment: 'CONTRACTOR',
};

/** A public vacancy as a schema.org `JobPosting`. */
export function toJobPosting(v: Vacancy, options: { publicVacancyUrl?: string | undefined; apiBase: string }): JobPosting {
  const salary = v.salary;
  const employment = [employmentTypes[v.contract], v.hoursPerWeek.max < 36 ? 'PART_TIME' : 'FULL_TIME'];
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: v.organisation.name, value: v.id },
    title: v.title,
    // JobPosting.description is HTML by schema.org; the plain text of the Markdown is the safe subset of that.
    description: markdownToText(v.description) || v.summary || v.title,
    datePosted: v.datePosted,
    // A calendar day, as the contract has it: the last day one can respond.
    validThrough: v.validThrough,
    employmentType: [...new Set(employment)],
    hiringOrganization: { '@type': 'Organization', name: v.organisation.name },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: v.location.city,
        ...(v.location.pc4 ? { postalCode: v.location.pc4 } : {}),
        addressCountry: 'NL',
      },
      ...(v.location.lat !== undefined && v.location.lon !== undefined
        ? { geo: { '@type': 'GeoCoordinates', latitude: v.location.lat, longitude: v.location.lon } }
        : {}),
    },
    ...(v.workplace === 'remote' ? { jobLocationType: 'TELECOMMUTE' } : {}),
    ...(salary && (salary.min !== undefined || salary.max !== undefined)
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              ...(salary.min !== undefined ? { minValue: salary.min } : {}),
              ...(salary.max !== undefined ? { maxValue: salary.max } : {}),
              unitText: salary.period.toUpperCase(),
            },
          },
        }
      : {}),
    ...(v.skills.length > 0 ? { skills: v.skills.join(', ') } : {}),
    ...(v.startDate ? { jobStartDate: v.startDate } : {}),
    workHours: v.hoursPerWeek.min === v.hoursPerWeek.max ? `${v.hoursPerWeek.max} uur per week` : `${v.hoursPerWeek.min}-${v.hoursPerWeek.max} uur per week`,
    inLanguage: v.language,
    url: vacancyLink(v, options),
    ...(v.applyUrl ? { directApply: false } : {}),
  };
}

/** JSON for a `<script>`-safe and parser-safe JSON-LD body: `<` escaped so the text can be inlined in HTML. */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
