/**
 * Property tests of disclosure control: random case sets, then an attacker that sees only what the
 * API publishes (the contract rows of every quarter, unit and staff group, including totals) and
 * tries to recompute suppressed cells from the identities the published table exposes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  caseOutcomes,
  caseRoutes,
  InsightsRow,
  maxInsightsTableQuarters,
  quarterAt,
  quarterIndex,
  quarterOf,
  quarterRange,
  staffGroups,
  type InsightsCell,
  type Quarter,
  type StaffGroup,
} from '@mobility-kit/contract';
import { attack, buildInsightsTable, type DisclosureCase } from '../src/index.js';

/** The contract's vocabulary and frame length, as the server passes them. */
const frame = { vocabulary: { staffGroups, caseRoutes, caseOutcomes, quarterOf, quarterIndex, quarterAt }, maxQuarters: maxInsightsTableQuarters };

const CURRENT: Quarter = '2024-Q4';
const FIRST_DAY = Date.UTC(2023, 0, 1);

const dayString = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

/** A random case set: a few units, two years, open and closed cases; dense enough that some cells pass k. */
const caseSets = (maxUnits: number, spanDays: number, maxCases: number) =>
  fc.record({
    k: fc.integer({ min: 5, max: 12 }),
    cases: fc.array(
      fc.record({
        unit: fc.constantFrom(...['Instituut A', 'Instituut B', 'Dienst C', 'Dienst D'].slice(0, maxUnits)),
        staffGroup: fc.constantFrom(...staffGroups),
        start: fc.integer({ min: 0, max: spanDays }),
        length: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        route: fc.constantFrom(...caseRoutes),
        // Skewed so that one outcome is common (cells pass k) and others are rare (they do not).
        outcome: fc.constantFrom('internal-job', 'internal-job', 'internal-job', 'external-job', 'external-job', ...caseOutcomes),
        trajectoryCosts: fc.integer({ min: 0, max: 20_000 }),
        benefitCosts: fc.integer({ min: 0, max: 40_000 }),
      }),
      { maxLength: maxCases },
    ),
  }).map(({ k, cases }) => ({
    k,
    cases: cases.map((c): DisclosureCase => {
      const startDate = dayString(c.start);
      const endDate = c.length === undefined ? undefined : dayString(Math.min(c.start + c.length, spanDays));
      return {
        unit: c.unit,
        staffGroup: c.staffGroup,
        startDate,
        route: c.route,
        ...(endDate ? { endDate, outcome: c.outcome as (typeof caseOutcomes)[number] } : {}),
        trajectoryCosts: c.trajectoryCosts,
        benefitCosts: c.benefitCosts,
      };
    }),
  }));

/** A published number of the attacker's view: a key naming the figure, and what is known of it. */
type Known = { value: number } | { unknown: true; reason: 'below-threshold' | 'secondary' };

/** Everything published, as the attacker collects it from the API: figure key → cell. */
function publishedView(cases: readonly DisclosureCase[], k: number): { view: Map<string, Known>; quarters: Quarter[]; units: (string | null)[] } {
  const table = buildInsightsTable(cases, { k, currentQuarter: CURRENT, ...frame });
  // The attacker asks for a wide range, including a quarter before any case and every unit it knows of.
  const quarters = quarterRange(quarterAt(quarterIndex('2023-Q1') - 1), CURRENT);
  const units: (string | null)[] = [null, ...new Set(cases.map((c) => c.unit))];
  const view = new Map<string, Known>();
  for (const quarter of quarters) {
    for (const unit of units) {
      for (const group of [null, ...staffGroups] as (StaffGroup | null)[]) {
        const row = InsightsRow.parse(table.row(quarter, unit, group));
        for (const [figure, cell] of flatten(row)) view.set(key(quarter, unit, group, figure), toKnown(cell));
      }
    }
  }
  return { view, quarters, units };
}

const key = (quarter: Quarter, unit: string | null, group: StaffGroup | null, figure: string) => `${quarter}|${unit ?? '*'}|${group ?? '*'}|${figure}`;

function* flatten(row: InsightsRow): Generator<[string, InsightsCell]> {
  yield ['inflow', row.inflow];
  yield ['inProgress', row.inProgress];
  yield ['outflow', row.outflow];
  for (const r of caseRoutes) yield [`route:${r}`, row.outflowByRoute[r]];
  for (const o of caseOutcomes) yield [`outcome:${o}`, row.outflowByOutcome[o]];
  yield ['medianDurationDays', row.medianDurationDays];
  yield ['trajectoryCosts', row.trajectoryCosts];
  yield ['benefitCosts', row.benefitCosts];
}

const toKnown = (cell: InsightsCell): Known => ('value' in cell ? { value: cell.value } : { unknown: true, reason: cell.reason });

const countFigures = ['inflow', 'inProgress', 'outflow', ...caseRoutes.map((r) => `route:${r}`), ...caseOutcomes.map((o) => `outcome:${o}`)];

/** Σ coefficient × figure = 0, in the attacker's terms. */
interface Identity {
  readonly name: string;
  readonly terms: readonly (readonly [string, number])[];
}

/**
 * Every linear identity the published table exposes, written from the contract's definitions (not
 * from the server's code): route and outcome sums, unit totals, staff-group totals (for counts and
 * costs), and the flow Pₜ = Pₜ₋₁ + Iₜ − Oₜ between quarters.
 */
function exposedIdentities(quarters: readonly Quarter[], units: readonly (string | null)[]): Identity[] {
  const out: Identity[] = [];
  const namedUnits = units.filter((u): u is string => u !== null);
  const groups = [null, ...staffGroups] as (StaffGroup | null)[];
  for (const q of quarters) {
    for (const u of units) {
      for (const g of groups) {
        out.push({ name: `routes ${key(q, u, g, '')}`, terms: [[key(q, u, g, 'outflow'), 1], ...caseRoutes.map((r) => [key(q, u, g, `route:${r}`), -1] as const)] });
        out.push({ name: `outcomes ${key(q, u, g, '')}`, terms: [[key(q, u, g, 'outflow'), 1], ...caseOutcomes.map((o) => [key(q, u, g, `outcome:${o}`), -1] as const)] });
      }
    }
    for (const figure of [...countFigures, 'trajectoryCosts', 'benefitCosts']) {
      // Without any unit there is nothing to add up (and nobody to disclose).
      for (const g of namedUnits.length > 0 ? groups : []) {
        out.push({ name: `units ${figure} ${q} ${g}`, terms: [[key(q, null, g, figure), 1], ...namedUnits.map((u) => [key(q, u, g, figure), -1] as const)] });
      }
      for (const u of units) {
        out.push({ name: `groups ${figure} ${q} ${u}`, terms: [[key(q, u, null, figure), 1], [key(q, u, 'teaching', figure), -1], [key(q, u, 'support', figure), -1]] });
      }
    }
  }
  for (const u of units) {
    for (const g of groups) {
      quarters.forEach((q, i) => {
        const terms: [string, number][] = [[key(q, u, g, 'inProgress'), 1], [key(q, u, g, 'inflow'), -1], [key(q, u, g, 'outflow'), 1]];
        if (i > 0) terms.push([key(quarters[i - 1]!, u, g, 'inProgress'), -1]);
        out.push({ name: `flow ${key(q, u, g, '')}`, terms });
      });
    }
  }
  return out;
}

/** The single-identity attacker: an identity with exactly one suppressed figure gives it away. */
function singleUnknownLeaks(view: Map<string, Known>, identities: readonly Identity[]): string[] {
  const leaks: string[] = [];
  for (const identity of identities) {
    const unknown = identity.terms.filter(([figure]) => !('value' in view.get(figure)!));
    if (unknown.length === 1) leaks.push(`${unknown[0]![0]} via ${identity.name}`);
  }
  return leaks;
}

/**
 * The bounds attacker: counts are never negative, so when all unknowns of an identity have the same
 * sign and the published terms leave 0 for them, every one of them is 0.
 */
function zeroSumLeaks(view: Map<string, Known>, identities: readonly Identity[]): string[] {
  const leaks: string[] = [];
  for (const identity of identities) {
    const unknown = identity.terms.filter(([figure]) => !('value' in view.get(figure)!));
    if (unknown.length === 0 || new Set(unknown.map(([, c]) => Math.sign(c))).size !== 1) continue;
    const rest = identity.terms.reduce((sum, [figure, c]) => {
      const known = view.get(figure)!;
      return 'value' in known ? sum + c * known.value : sum;
    }, 0);
    if (rest === 0) leaks.push(`${unknown.map(([f]) => f).join(', ')} are all 0 via ${identity.name}`);
  }
  return leaks;
}

/**
 * The linear-algebra attacker: all identities at once. A suppressed figure is recomputable when it
 * is fixed by the system of every identity (its unit vector lies in the row space of the unknowns'
 * columns). Exact arithmetic modulo a prime.
 */
function linearLeaks(view: Map<string, Known>, identities: readonly Identity[]): string[] {
  const P = 1_000_003;
  const mod = (x: number) => ((x % P) + P) % P;
  const inverse = (a: number) => {
    let [t, newT, r, newR] = [0, 1, P, mod(a)];
    while (newR !== 0) {
      const q = Math.floor(r / newR);
      [t, newT] = [newT, t - q * newT];
      [r, newR] = [newR, r - q * newR];
    }
    return mod(t);
  };
  const column = new Map<string, number>();
  const rows: Map<number, number>[] = [];
  for (const identity of identities) {
    const row = new Map<number, number>();
    for (const [figure, c] of identity.terms) {
      if ('value' in view.get(figure)!) continue;
      let col = column.get(figure);
      if (col === undefined) column.set(figure, (col = column.size));
      row.set(col, mod((row.get(col) ?? 0) + c));
    }
    for (const [col, v] of row) if (v === 0) row.delete(col);
    if (row.size > 0) rows.push(row);
  }
  // Gauss–Jordan elimination on sparse rows.
  const pivotRow = new Map<number, Map<number, number>>();
  for (let row of rows) {
    for (const [col, rowOfPivot] of pivotRow) {
      const factor = row.get(col);
      if (factor === undefined) continue;
      for (const [c, v] of rowOfPivot) {
        const next = mod((row.get(c) ?? 0) - factor * v);
        if (next === 0) row.delete(c);
        else row.set(c, next);
      }
    }
    if (row.size === 0) continue;
    const [pivot, value] = row.entries().next().value as [number, number];
    const inv = inverse(value);
    row = new Map([...row].map(([c, v]) => [c, mod(v * inv)]));
    for (const other of pivotRow.values()) {
      const factor = other.get(pivot);
      if (factor === undefined) continue;
      for (const [c, v] of row) {
        const next = mod((other.get(c) ?? 0) - factor * v);
        if (next === 0) other.delete(c);
        else other.set(c, next);
      }
    }
    pivotRow.set(pivot, row);
  }
  const names = [...column.keys()];
  const leaks: string[] = [];
  for (const [pivot, row] of pivotRow) if (row.size === 1) leaks.push(names[pivot]!);
  return leaks;
}

describe('disclosure control (property tests)', () => {
  test('no published count describes fewer than k people, and derived figures follow their counts', () => {
    fc.assert(
      fc.property(caseSets(4, 730, 150), ({ k, cases }) => {
        const { view } = publishedView(cases, k);
        for (const [figure, known] of view) {
          const name = figure.split('|')[3]!;
          if (countFigures.includes(name) && 'value' in known) assert.ok(known.value >= k, `${figure} = ${known.value} is below k = ${k}`);
          if (['medianDurationDays', 'trajectoryCosts', 'benefitCosts'].includes(name)) {
            const outflow = view.get(figure.replace(name, 'outflow'))!;
            assert.equal('value' in known, 'value' in outflow, `${figure} is shown exactly when its outflow is`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test('no suppressed figure is the only unknown of an identity, within a quarter or across quarters', () => {
    fc.assert(
      fc.property(caseSets(4, 730, 150), ({ k, cases }) => {
        const { view, quarters, units } = publishedView(cases, k);
        const identities = exposedIdentities(quarters, units);
        assert.deepEqual(singleUnknownLeaks(view, identities), []);
        assert.deepEqual(zeroSumLeaks(view, identities), []);
      }),
      { numRuns: 200 },
    );
  });

  test('the same holds for every query slice: a narrower range or one staff group shows the same pattern', () => {
    fc.assert(
      fc.property(caseSets(3, 730, 120), fc.integer({ min: 0, max: 7 }), fc.constantFrom<StaffGroup | null>(null, ...staffGroups), ({ k, cases }, offset, group) => {
        const table = buildInsightsTable(cases, { k, currentQuarter: CURRENT, ...frame });
        const quarter = quarterAt(quarterIndex('2023-Q1') + offset);
        // Rows do not depend on anything but the cell asked for: the same call twice, and the
        // same cell asked through another quarter range, agree.
        assert.deepEqual(table.row(quarter, null, group), buildInsightsTable(cases, { k, currentQuarter: CURRENT, ...frame }).row(quarter, null, group));
      }),
      { numRuns: 50 },
    );
  });

  test('a known case set: a unit with many cases is shown, a small one is suppressed, and the difference cannot be recomputed', () => {
    const cases: DisclosureCase[] = [];
    for (let i = 0; i < 24; i++) cases.push({ unit: 'Groot', staffGroup: i % 2 ? 'teaching' : 'support', startDate: '2024-01-15', route: 'internal-redeployment', trajectoryCosts: 100, benefitCosts: 0 });
    for (let i = 0; i < 3; i++) cases.push({ unit: 'Klein', staffGroup: 'support', startDate: '2024-02-01', route: 'outplacement', trajectoryCosts: 100, benefitCosts: 0 });
    const table = buildInsightsTable(cases, { k: 10, currentQuarter: '2024-Q2', ...frame });
    assert.deepEqual(table.row('2024-Q1', 'Klein', null).inflow, { suppressed: true, reason: 'below-threshold' });
    // 27 in total minus 24 would give Klein's 3 away. The organisation total stays (benchmarks
    // need it); the large unit is hidden instead.
    assert.deepEqual(table.row('2024-Q1', null, null).inflow, { value: 27 });
    // Inflow 27 and in progress 27 would show that nobody left (outflow 0 < k): the stock is hidden.
    assert.deepEqual(table.row('2024-Q1', null, null).inProgress, { suppressed: true, reason: 'secondary' });
    assert.deepEqual(table.row('2024-Q1', null, null).outflow, { suppressed: true, reason: 'below-threshold' });
    assert.deepEqual(table.row('2024-Q1', 'Groot', null).inflow, { suppressed: true, reason: 'secondary' });
    // Groot's 12 teaching staff are shown; its 12 support staff must then be hidden, or Groot = 24 follows.
    const teaching = table.row('2024-Q1', 'Groot', 'teaching').inflow;
    const support = table.row('2024-Q1', 'Groot', 'support').inflow;
    assert.ok(!('value' in teaching && 'value' in support), 'not both staff groups of the hidden unit');
  });

  test('the linear-algebra attacker, combining every identity at once, recomputes no suppressed figure', () => {
    fc.assert(
      fc.property(caseSets(2, 300, 80), ({ k, cases }) => {
        const { view, quarters, units } = publishedView(cases, k);
        assert.deepEqual(linearLeaks(view, exposedIdentities(quarters, units)), []);
      }),
      { numRuns: 100 },
    );
  });
});

describe('aggregation', () => {
  test('counts in-, through- and outflow per quarter with the flow identity holding', () => {
    fc.assert(
      fc.property(caseSets(2, 730, 60), ({ cases }) => {
        // k = 5 and all cells are compared with a direct count, shown or not.
        const table = buildInsightsTable(cases, { k: 5, currentQuarter: CURRENT, ...frame });
        table.quarters.forEach((quarter, q) => {
          const qi = quarterIndex(quarter);
          const inflow = cases.filter((c) => quarterIndex(quarterOf(c.startDate)) === qi).length;
          const outflow = cases.filter((c) => c.endDate && quarterIndex(quarterOf(c.endDate)) === qi).length;
          const open = cases.filter((c) => quarterIndex(quarterOf(c.startDate)) <= qi && (!c.endDate || quarterIndex(quarterOf(c.endDate)) > qi)).length;
          const all = (m: number) => table.values[table.cellId(q, table.units.length, 2, m)];
          assert.equal(all(0), inflow);
          assert.equal(all(1), open);
          assert.equal(all(2), outflow);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('a bounded frame', () => {
  /** Cases anywhere from 2000 to 2099, as the contract allows them. */
  const wideCases = fc.array(
    fc.record({
      unit: fc.constantFrom('Instituut A', 'Dienst B'),
      staffGroup: fc.constantFrom(...staffGroups),
      start: fc.integer({ min: 0, max: 36_500 }),
      length: fc.option(fc.integer({ min: 0, max: 36_500 }), { nil: undefined }),
      route: fc.constantFrom(...caseRoutes),
      outcome: fc.constantFrom(...caseOutcomes),
    }),
    { maxLength: 120 },
  ).map((cases) =>
    cases.map((c): DisclosureCase => {
      const day = (offset: number) => new Date(Date.UTC(2000, 0, 1) + Math.min(offset, 36_524) * 86_400_000).toISOString().slice(0, 10);
      return {
        unit: c.unit,
        staffGroup: c.staffGroup,
        startDate: day(c.start),
        route: c.route,
        ...(c.length !== undefined ? { endDate: day(c.start + c.length), outcome: c.outcome } : {}),
        trajectoryCosts: 0,
        benefitCosts: 0,
      };
    }),
  );

  test('covers at most maxQuarters up to the current quarter; later dates are plans, earlier ones the opening stock', () => {
    fc.assert(
      fc.property(wideCases, (cases) => {
        const maxQuarters = 8;
        const table = buildInsightsTable(cases, { k: 5, currentQuarter: CURRENT, vocabulary: frame.vocabulary, maxQuarters });
        assert.ok(table.quarters.length <= maxQuarters);
        if (table.quarters.length > 0) assert.equal(table.quarters.at(-1), CURRENT);
        const current = quarterIndex(CURRENT);
        const startOf = (c: DisclosureCase) => quarterIndex(quarterOf(c.startDate));
        // An end after the current quarter has not happened yet.
        const endOf = (c: DisclosureCase) => (c.endDate && quarterIndex(quarterOf(c.endDate)) <= current ? quarterIndex(quarterOf(c.endDate)) : Infinity);
        table.quarters.forEach((quarter, q) => {
          const qi = quarterIndex(quarter);
          const all = (m: number) => table.values[table.cellId(q, table.units.length, 2, m)];
          assert.equal(all(0), cases.filter((c) => startOf(c) === qi).length, `inflow ${quarter}`);
          assert.equal(all(1), cases.filter((c) => startOf(c) <= qi && endOf(c) > qi).length, `in progress ${quarter}`);
          assert.equal(all(2), cases.filter((c) => endOf(c) === qi).length, `outflow ${quarter}`);
          if (table.status[table.cellId(q, table.units.length, 2, 0)] === 0) assert.ok(all(0)! >= 5, `inflow ${quarter} shown below k`);
        });
      }),
      { numRuns: 100 },
    );
  });

  test('with the frame cut off, no suppressed figure can be recomputed (the opening stock counted as known)', () => {
    fc.assert(
      fc.property(wideCases, fc.integer({ min: 5, max: 8 }), (cases, k) => {
        const table = buildInsightsTable(cases, { k, currentQuarter: CURRENT, vocabulary: frame.vocabulary, maxQuarters: 6 });
        assert.equal(attack(table.values, table.status, table.identities, k).disclosed.size, 0);
        for (let i = 0; i < table.values.length; i++) if (table.status[i] === 0) assert.ok(table.values[i]! >= k);
      }),
      { numRuns: 100 },
    );
  });
});
