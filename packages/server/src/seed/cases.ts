import { sql } from 'kysely';
import { quarterAt, quarterIndex, quarterOf, type CaseOutcome, type CaseRecord, type CaseRoute, type CaseTrigger } from '@mobility-kit/contract';
import { replaceDemoCases } from '../db/cases.js';
import type { Db } from '../db/schema.js';
import { addDays } from './generate.js';
import { demoOrganisations } from './organisations.js';
import { Random } from './prng.js';

/** Bump when the generator changes, so existing databases get the new demo cases. */
export const demoCasesVersion = 1;

/**
 * Organisations with demo cases, and how they are shaped: a steady stream across units, plus a
 * reorganisation in one unit that makes a burst of cases large enough to be shown.
 */
const plans = [
  { organisation: 'hogeschool-utrecht', code: 'HU', perQuarter: 34, reorganisation: { unit: 'Instituut voor ICT', quartersAgo: 5, cases: 26 } },
  { organisation: 'hogeschool-van-amsterdam', code: 'HVA', perQuarter: 24, reorganisation: { unit: 'Faculteit Techniek', quartersAgo: 3, cases: 18 } },
] as const;

const routeWeights: readonly (readonly [CaseRoute, number])[] = [
  ['internal-redeployment', 5],
  ['external-placement', 3],
  ['secondment', 1],
  ['outplacement', 2],
  ['ww-bww', 1],
];
const triggerWeights: readonly (readonly [CaseTrigger, number])[] = [
  ['reorganisation', 2],
  ['end-of-contract', 3],
  ['conflict', 1],
  ['own-wish', 4],
  ['health', 1],
];
const outcomeFor: Record<CaseRoute, readonly (readonly [CaseOutcome, number])[]> = {
  'internal-redeployment': [['internal-job', 8], ['external-job', 1], ['other', 1]],
  'external-placement': [['external-job', 7], ['self-employed', 2], ['other', 1]],
  secondment: [['internal-job', 4], ['external-job', 4], ['other', 1]],
  outplacement: [['external-job', 6], ['self-employed', 2], ['benefits', 2], ['retired', 1]],
  'ww-bww': [['benefits', 6], ['external-job', 2], ['retired', 2]],
};

/** Pseudonymous demo cases over the last eight quarters up to `today`, the same for the same day. */
export function generateDemoCases(today: string): (CaseRecord & { organisation: string })[] {
  const out: (CaseRecord & { organisation: string })[] = [];
  const current = quarterIndex(quarterOf(today));
  for (const plan of plans) {
    const random = new Random(7_310 + plan.code.length * 101 + plan.perQuarter);
    const organisation = demoOrganisations.find((o) => o.id === plan.organisation)!;
    const teaching = organisation.units.teaching;
    const support = organisation.units.support.slice(0, 4);
    // One big unit gets most cases, so its cells pass the threshold; the rest stay small.
    const unitWeights: (readonly [{ unit: string; group: 'teaching' | 'support' }, number])[] = [
      ...teaching.map((unit, i) => [{ unit, group: 'teaching' as const }, i === 0 ? 6 : 1] as const),
      ...support.map((unit, i) => [{ unit, group: 'support' as const }, i === 0 ? 4 : 1] as const),
    ];
    let serial = 0;
    const add = (start: string, unit: string, group: 'teaching' | 'support', trigger: CaseTrigger) => {
      const route = random.weighted(routeWeights);
      const length = random.int(45, 420);
      const end = addDays(start, length);
      const closed = end < today;
      const months = Math.max(1, Math.round(length / 30));
      out.push({
        organisation: plan.organisation,
        id: `DEMO-${plan.code}-${String(++serial).padStart(4, '0')}`,
        unit,
        staffGroup: group,
        startDate: start,
        trigger,
        route,
        ...(closed ? { outcome: random.weighted(outcomeFor[route]), endDate: end } : {}),
        trajectoryCosts: random.int(8, 40) * 250,
        benefitCosts: route === 'ww-bww' || route === 'outplacement' ? months * random.int(6, 14) * 100 : 0,
      });
    };
    for (let q = current - 7; q <= current; q++) {
      const quarterStart = `${quarterAt(q).slice(0, 4)}-${String((Number(quarterAt(q).slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
      const count = plan.perQuarter + random.int(-3, 3);
      for (let i = 0; i < count; i++) {
        const start = addDays(quarterStart, random.int(0, 89));
        if (start > today) continue;
        const { unit, group } = random.weighted(unitWeights);
        add(start, unit, group, random.weighted(triggerWeights));
      }
      if (q === current - plan.reorganisation.quartersAgo) {
        for (let i = 0; i < plan.reorganisation.cases; i++) {
          add(addDays(quarterStart, random.int(10, 40)), plan.reorganisation.unit, random.chance(0.7) ? 'teaching' : 'support', 'reorganisation');
        }
      }
    }
  }
  return out;
}

/**
 * Load the demo cases once per day (their dates move with today). Idempotent on its own, so it can
 * run whether or not the rest of the demo data was refreshed.
 */
export async function seedDemoCases(db: Db, today: string): Promise<void> {
  const seedKey = `v${demoCasesVersion}:${today}`;
  const state = await db.selectFrom('seed_state').select('seed_key').where('name', '=', 'demo-cases').executeTakeFirst();
  if (state?.seed_key === seedKey) return;
  // Cases reference organisations: only organisations that exist get theirs.
  const known = new Set((await db.selectFrom('organisations').select('id').execute()).map((r) => r.id));
  await replaceDemoCases(db, generateDemoCases(today).filter((c) => known.has(c.organisation)));
  await db
    .insertInto('seed_state')
    .values({ name: 'demo-cases', seed_key: seedKey })
    .onConflict((oc) => oc.column('name').doUpdateSet({ seed_key: seedKey, seeded_at: sql`now()` }))
    .execute();
}
