/**
 * Properties that hold for every scenario, checked on random scenarios with fast-check
 * (200 runs per property, so the suite stays quick).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { simulate, type MonthRow, type ScenarioInput } from '@mobility-kit/rules';

const runs = { numRuns: 200 };
const pad = (value: number) => String(value).padStart(2, '0');
const sequentialLayers = new Set(['ww', 'ru', 'asu', 'extraAsu']);

/** A covered scenario (2017-04-01 … 2027) of someone aged 18 to 68, with optional work during the benefit. */
const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    year: fc.integer({ min: 2018, max: 2027 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    age: fc.integer({ min: 18, max: 68 }),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    birthDay: fc.integer({ min: 1, max: 28 }),
    annualWage: fc.double({ min: 5000, max: 200000, noNaN: true }),
    hoursPerWeek: fc.integer({ min: 4, max: 40 }),
    weeksWorkedLast36: fc.integer({ min: 20, max: 36 }),
    workedShare: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    hboServiceYears: fc.integer({ min: 0, max: 40 }),
    yearsWithEmployer: fc.double({ min: 0, max: 40, noNaN: true }),
    socialPlan: fc.boolean(),
    newJob: fc.option(
      fc.record({
        startMonth: fc.integer({ min: 1, max: 40 }),
        monthlyWage: fc.double({ min: 0, max: 15000, noNaN: true }),
        hoursPerWeek: fc.integer({ min: 4, max: 40 }),
        contract: fc.boolean(),
      }),
      { nil: undefined },
    ),
    otherIncome: fc.array(
      fc.record({
        fromMonth: fc.integer({ min: 1, max: 30 }),
        length: fc.integer({ min: 0, max: 6 }),
        monthlyAmount: fc.double({ min: 0, max: 10000, noNaN: true }),
      }),
      { maxLength: 2 },
    ),
  })
  .map((draw) => ({
    unemploymentDate: `${draw.year}-${pad(draw.month)}-${pad(draw.day)}`,
    birthDate: `${draw.year - draw.age - 1}-${pad(draw.birthMonth)}-${pad(draw.birthDay)}`,
    annualWage: draw.annualWage,
    hoursPerWeek: draw.hoursPerWeek,
    weeksWorkedLast36: draw.weeksWorkedLast36,
    workedYears: draw.workedShare
      .map((worked, index) => (worked ? draw.year - 1 - index : 0))
      .filter((year) => year >= 1998),
    hboServiceYears: draw.hboServiceYears,
    yearsWithEmployer: draw.yearsWithEmployer,
    socialPlan: draw.socialPlan,
    ...(draw.newJob ? { newJob: draw.newJob } : {}),
    otherIncome: draw.otherIncome.map(({ fromMonth, length, monthlyAmount }) => ({ fromMonth, toMonth: fromMonth + length, monthlyAmount })),
  }));

const proportional = fc.boolean();

/** What the benefits of a row add up to, in full precision (income from work excluded); optionally one layer. */
const benefitOf = (row: MonthRow, layer?: string) =>
  row.segments
    .filter((segment) => layer === undefined || segment.layer === layer)
    .reduce((sum, segment) => sum + segment.monthlyRate * (segment.to - segment.from), 0);

test('more work history never shortens the WW', () => {
  fc.assert(
    fc.property(scenarioArbitrary, fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 16 }), (input, pick, moreWeeks) => {
      const unemploymentYear = Number(input.unemploymentDate.slice(0, 4));
      const worked = input.workedYears as number[];
      const candidates = Array.from({ length: unemploymentYear - 1998 }, (_, index) => 1998 + index).filter((year) => !worked.includes(year));
      const extraYear = candidates[pick % Math.max(1, candidates.length)];
      const richer: ScenarioInput = {
        ...input,
        workedYears: extraYear === undefined ? worked : [...worked, extraYear],
        weeksWorkedLast36: Math.min(36, input.weeksWorkedLast36 + moreWeeks),
      };
      const before = simulate(input).ww;
      const after = simulate(richer).ww;
      assert.ok(after.durationMonths >= before.durationMonths, `${after.durationMonths} < ${before.durationMonths}`);
      assert.ok(after.duration2015Months >= before.duration2015Months);
      if (before.eligible) assert.ok(after.eligible);
    }),
    runs,
  );
});

test("a higher wage never lowers a month's benefit", () => {
  fc.assert(
    fc.property(scenarioArbitrary, fc.double({ min: 0, max: 100000, noNaN: true }), proportional, (input, raise, offset) => {
      const options = { proportionalIncomeOffset: offset };
      const low = simulate(input, options);
      const high = simulate({ ...input, annualWage: input.annualWage + raise }, options);
      for (const row of low.months) {
        const other = high.months[row.month - 1];
        assert.ok(other, `row ${row.month} exists with the higher wage`);
        assert.ok(benefitOf(other) >= benefitOf(row) - 1e-6, `row ${row.month}: ${benefitOf(other)} < ${benefitOf(row)}`);
        // Each benefit layer on its own too; loonsuppletie alone may shrink as the benefits beside it grow.
        for (const layer of ['ww', 'avu', 'ru', 'asu', 'extraAsu']) {
          assert.ok(benefitOf(other, layer) >= benefitOf(row, layer) - 1e-6, `row ${row.month} ${layer}`);
        }
      }
    }),
    runs,
  );
});

test('amounts are never negative and every total adds up', () => {
  fc.assert(
    fc.property(scenarioArbitrary, proportional, (input, offset) => {
      const result = simulate(input, { proportionalIncomeOffset: offset });
      assert.ok(result.reintegrationBudget >= 0);
      for (const row of result.months) {
        const parts = [row.ww, row.avu, row.ru, row.asu, row.extraAsu, row.suppletion, row.income];
        for (const amount of parts) assert.ok(amount >= 0 && Number.isFinite(amount), `row ${row.month}: ${amount}`);
        for (const segment of row.segments) assert.ok(segment.monthlyRate >= 0);
        assert.equal(Math.round(parts.reduce((sum, amount) => sum + amount, 0) * 100), Math.round(row.total * 100));
      }
    }),
    runs,
  );
});

test('rows never extend past AOW', () => {
  fc.assert(
    fc.property(scenarioArbitrary, (input) => {
      const result = simulate(input);
      const aow = result.aow.month;
      assert.ok(result.months.length <= Math.max(0, Math.ceil(aow - 1e-9)), `${result.months.length} rows, AOW at ${aow}`);
      for (const row of result.months) for (const segment of row.segments) assert.ok(segment.to <= aow + 1e-9);
      for (const layer of result.layers) assert.ok(layer.to <= aow + 1e-9);
    }),
    runs,
  );
});

test('the layers of a month never overlap in time', () => {
  fc.assert(
    fc.property(scenarioArbitrary, (input) => {
      const result = simulate(input);
      for (const row of result.months) {
        const start = row.month - 1;
        for (const segment of row.segments) {
          assert.ok(segment.from >= start - 1e-9 && segment.to <= row.month + 1e-9 && segment.from < segment.to, `row ${row.month}`);
        }
        const sequence = row.segments.filter((segment) => sequentialLayers.has(segment.layer)).sort((a, b) => a.from - b.from);
        for (let i = 1; i < sequence.length; i += 1) {
          assert.ok(sequence[i]!.from >= sequence[i - 1]!.to - 1e-9, `row ${row.month}: ${JSON.stringify(sequence)}`);
        }
        // The AVU tops up the WW: it is paid only where the WW runs.
        for (const avu of row.segments.filter((segment) => segment.layer === 'avu')) {
          assert.ok(sequence.some((segment) => segment.layer === 'ww' && segment.from <= avu.from + 1e-9 && segment.to >= avu.to - 1e-9));
        }
      }
      const intervals = result.layers.filter((layer) => sequentialLayers.has(layer.layer)).sort((a, b) => a.from - b.from);
      for (let i = 1; i < intervals.length; i += 1) assert.ok(intervals[i]!.from >= intervals[i - 1]!.to - 1e-9);
    }),
    runs,
  );
});
