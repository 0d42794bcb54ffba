import type { Insertable } from 'kysely';
import type { Sector, Visibility } from '@mobility-kit/contract';
import type { OrganisationsTable, SalaryJson, VacanciesTable } from '../db/schema.js';
import type { VacancySearchColumns } from '../db/vacancies.js';
import { firstNames, lastNames, partners, roleTemplates, scaleSalaries, subjects, systems, topics, type RoleContext, type RoleTemplate } from './catalogue.js';
import { demoOrganisations, type DemoOrganisation } from './organisations.js';
import { slugify } from '../slug.js';
import { Random } from './prng.js';

/** Bump when the generator changes, so existing databases get the new demo rows. */
export const demoSeedVersion = 2;
/** Number of demo vacancies. */
export const demoVacancyCount = 240;
const prngSeed = 20_240_901;

/** `YYYY-MM-DD` plus a number of days, computed on the calendar (no time zones involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The demo organisations as rows. */
export function demoOrganisationRows(): Insertable<OrganisationsTable>[] {
  return demoOrganisations.map((o) => ({
    id: o.id,
    name: o.name,
    sector: o.sector,
    city: o.city ?? null,
    networks: [...o.networks],
    website: o.website ?? null,
    demo: true,
  }));
}

function subjectsFor(sector: Sector): readonly string[] {
  if (sector === 'hbo' || sector === 'mbo' || sector === 'wo') return subjects[sector];
  return subjects.other;
}

/** Visibility mix: most public, the rest internal first or shared with the network. */
const visibilityWeights: readonly (readonly [Visibility, number])[] = [['public', 5], ['sector', 3], ['internal', 2]];

function markdownDescription(template: RoleTemplate, context: RoleContext, visibility: Visibility, random: Random): string {
  const en = template.language === 'en';
  const tasks = random.sample(template.tasks, Math.min(template.tasks.length, random.int(2, 4)));
  const requirements = random.sample(template.requirements, Math.min(template.requirements.length, random.int(2, 3)));
  const offer = en
    ? random.sample(['An end-of-year bonus of 8.3% and a holiday allowance of 8%.', 'A good pension with ABP.', 'Plenty of room for professional development.', 'Flexible working hours and hybrid working.', 'A travel allowance or an NS Business Card.'], 3)
    : random.sample(['Een eindejaarsuitkering van 8,3% en 8% vakantiegeld.', 'Een goede pensioenregeling bij het ABP.', 'Ruime mogelijkheden voor professionele ontwikkeling.', 'Flexibele werktijden en hybride werken.', 'Een reiskostenvergoeding of NS Business Card.', 'Een loopbaanbudget en tijd voor je eigen ontwikkeling.'], 3);
  const note =
    visibility === 'internal'
      ? en ? '*This position is open to our own staff first.*' : '*Deze functie staat eerst open voor eigen medewerkers.*'
      : visibility === 'sector'
        ? en ? '*Open to staff of our partner organisations in the network.*' : '*Ook collega’s van partnerorganisaties in het netwerk zijn van harte welkom.*'
        : en ? 'We look forward to meeting you. **Questions?** Get in touch with the contact person.' : 'We maken graag kennis met je. **Vragen?** Neem contact op met de contactpersoon.';
  return [
    template.intro(context),
    en ? '**What you will do**' : '**Wat ga je doen?**',
    tasks.map((t) => `- ${t}`).join('\n'),
    en ? '**What we ask**' : '**Wat vragen we?**',
    requirements.map((r) => `- ${r}`).join('\n'),
    en ? '**What we offer**' : '**Wat bieden we?**',
    offer.map((o) => `- ${o}`).join('\n'),
    note,
  ].join('\n\n');
}

function salaryFor(template: RoleTemplate, organisation: DemoOrganisation, random: Random): SalaryJson | undefined {
  if (!template.scales) {
    // Business roles: a range without a CAO scale.
    if (organisation.sector !== 'business') return undefined;
    const min = random.int(36, 48) * 100;
    return { min, max: min + random.int(10, 20) * 100, currency: 'EUR', period: 'month' };
  }
  const scale = random.int(template.scales[0], template.scales[1]);
  const [min, max] = scaleSalaries[scale]!;
  if (organisation.sector === 'mbo' && template.unitType === 'teaching' && scale >= 10 && scale <= 12) {
    // mbo lecturers are paid in the LB/LC/LD function scales.
    return { scale: ['LB', 'LC', 'LD'][scale - 10]!, min, max, currency: 'EUR', period: 'month' };
  }
  return { scale: String(scale), min, max, currency: 'EUR', period: 'month' };
}

/**
 * The demo vacancies for a given day. The content is the same every day (fixed PRNG seed); the
 * dates move with `today`, so the demo never goes stale.
 */
export function generateDemoVacancies(today: string, count = demoVacancyCount): Insertable<VacanciesTable & VacancySearchColumns>[] {
  const random = new Random(prngSeed);
  const orgPool = demoOrganisations.map((o) => [o, o.weight] as const);
  const usedIds = new Set<string>();
  const perOrganisation = new Map<string, number>();
  const rows: Insertable<VacanciesTable & VacancySearchColumns>[] = [];
  // A stream of its own, so adding stages left every other field of the demo data as it was.
  const staging = new Random(prngSeed + 6);

  for (let i = 0; i < count; i++) {
    // Round-robin for the first pass so every organisation has vacancies; weighted after that.
    const organisation = i < demoOrganisations.length ? demoOrganisations[i]! : random.weighted(orgPool);
    const seen = perOrganisation.get(organisation.id) ?? 0;
    perOrganisation.set(organisation.id, seen + 1);

    const fitting = roleTemplates.filter((t) => t.sectors.includes(organisation.sector));
    const kindWeight = (t: RoleTemplate) => (t.kind === 'vacancy' ? (t.language === 'en' ? 2 : 6) : 3);
    const template = random.weighted(fitting.map((t) => [t, kindWeight(t)] as const));

    const units = template.unitType === 'teaching' ? organisation.units.teaching : organisation.units.support;
    const context: RoleContext = {
      subject: random.pick(subjectsFor(organisation.sector)),
      topic: random.pick(topics),
      unit: random.pick(units),
      organisation: organisation.name,
      partner: random.pick(partners.filter((p) => p !== organisation.name)),
      system: random.pick(systems),
    };
    // The first three of every organisation cover all three visibilities; the rest is a mix.
    const visibility: Visibility = seen < 3 ? (['internal', 'sector', 'public'] as const)[seen]! : random.weighted(visibilityWeights);
    const site = random.pick(organisation.sites);
    const [hoursMin, hoursMax] = random.pick(template.hours);
    const datePosted = addDays(today, -random.int(0, 60));
    const validThrough = addDays(today, random.int(3, 90));
    const title = template.title(context);

    const base = `${organisation.short}-${slugify(title)}`.slice(0, 56).replace(/-+$/, '');
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);

    const contactName = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    const salary = salaryFor(template, organisation, random);
    const workplace = random.weighted([['hybrid', 5], ['onsite', 4], ['remote', 1]] as const);
    const contract =
      template.kind === 'secondment' ? 'secondment' : template.kind === 'vacancy' ? random.weighted([['permanent', 3], ['temporary', 2]] as const) : 'temporary';
    const startDate = random.chance(0.6) ? addDays(validThrough, random.int(14, 60)) : null;

    rows.push({
      id,
      organisation_id: organisation.id,
      title,
      summary: template.summary(context),
      description: markdownDescription(template, context, visibility, random),
      kind: template.kind,
      visibility,
      unit: context.unit,
      city: site.city,
      pc4: site.pc4,
      lat: site.lat,
      lon: site.lon,
      workplace,
      hours_min: hoursMin,
      hours_max: hoursMax,
      salary: salary ? JSON.stringify(salary) : null,
      contract,
      date_posted: datePosted,
      valid_through: validThrough,
      start_date: startDate,
      interests: random.sample(template.interests, Math.min(template.interests.length, random.int(1, 3))),
      skills: random.sample(template.skills, Math.min(template.skills.length, random.int(2, 5))),
      apply_url: `https://werkenbij.${organisation.domain}/vacatures/${id}`,
      contact: JSON.stringify({
        name: contactName,
        email: `${slugify(contactName).replace(/-/g, '.')}@${organisation.domain}`,
        ...(random.chance(0.5) ? { phone: `+31 ${random.int(10, 99)} ${random.int(100, 999)} ${random.int(1000, 9999)}` } : {}),
      }),
      language: template.language,
      source: null,
      ...publicationPlan(visibility, datePosted, validThrough, today, staging),
      demo: true,
    });
  }
  return rows;
}

/**
 * Dated stages and priority for a realistic share of the demo: some internal vacancies open to the
 * network and then to everyone ("internal until …, sector until …, public after"), some sector
 * vacancies go public later, and some give redeployment candidates or partner staff priority for a
 * while. Dates straddle today, so every stage is seen both before and after it starts.
 */
function publicationPlan(
  visibility: Visibility,
  datePosted: string,
  validThrough: string,
  today: string,
  random: Random,
): Pick<Insertable<VacancySearchColumns>, 'stages' | 'priority'> {
  const stages: { visibility: Visibility; from: string }[] = [];
  if (visibility === 'internal' && random.chance(0.45)) {
    const sectorFrom = addDays(today, random.int(-10, 10));
    stages.push({ visibility: 'sector', from: sectorFrom });
    if (random.chance(0.6)) stages.push({ visibility: 'public', from: addDays(sectorFrom, random.int(7, 21)) });
  } else if (visibility === 'sector' && random.chance(0.35)) {
    stages.push({ visibility: 'public', from: addDays(today, random.int(-10, 14)) });
  }
  // A stage that starts after the closing date would never be seen.
  const shown = stages.filter((s) => s.from > datePosted && s.from <= validThrough);
  const priority =
    visibility !== 'public' && random.chance(0.3)
      ? { group: visibility === 'internal' ? ('redeployment' as const) : ('partner-mobility' as const), until: addDays(today, random.int(-5, 21)) }
      : null;
  return {
    stages: shown.length > 0 ? JSON.stringify(shown) : null,
    priority: priority && priority.until >= datePosted && priority.until <= validThrough ? JSON.stringify(priority) : null,
  };
}
