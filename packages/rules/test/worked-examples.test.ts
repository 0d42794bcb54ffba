/**
 * Every worked example of the calculator specification (§5), with its numbers. Money to the cent
 * unless the example says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { simulate, type MonthRow, type ScenarioResult } from '@mobility-kit/rules';
import { bornForAge, scenario, years } from './scenarios.js';

const row = (result: ScenarioResult, month: number): MonthRow => {
  const found = result.months.find((candidate) => candidate.month === month);
  assert.ok(found, `row ${month} exists`);
  return found;
};

function assertRows(result: ScenarioResult, from: number, to: number, expected: Partial<Record<'ww' | 'avu' | 'ru' | 'asu', number>>) {
  for (let month = from; month <= to; month += 1) {
    const actual = row(result, month);
    for (const [layer, amount] of Object.entries(expected)) {
      assert.equal(actual[layer as keyof typeof expected], amount, `row ${month} ${layer}`);
    }
  }
}

describe('§5 worked examples', () => {
  test('A — wekeneis not met: no WW, no BWRHBO, budget € 0', () => {
    const result = simulate(scenario({ weeksWorkedLast36: 25, annualWage: 48000, birthDate: bornForAge(30) }));
    assert.equal(result.ww.eligible, false);
    assert.deepEqual(result.ww.reasons, ['wekeneis']);
    assert.equal(result.ww.durationMonths, 0);
    assert.equal(result.bwrhbo.applies, false);
    assert.equal(result.bwrhbo.ruMonths, 0);
    assert.equal(result.months.length, 0);
    assert.equal(result.reintegrationBudget, 0);
  });

  test('B — short history: W = 3, AVU in row 3, no RU, no ASU, budget € 8,000', () => {
    const result = simulate(
      scenario({ workedYears: 3, annualWage: 48000, hboServiceYears: 3, yearsWithEmployer: 3, birthDate: bornForAge(35) }),
    );
    assert.equal(result.ww.monthlyWage.uncapped, 4000);
    assert.deepEqual(result.ww.reasons, ['jareneis']);
    assert.equal(result.ww.durationMonths, 3);
    assert.equal(result.ww.duration2015Months, 3);
    assertRows(result, 1, 2, { ww: 3000, avu: 0 });
    assertRows(result, 3, 3, { ww: 2800, avu: 200 });
    assert.equal(result.bwrhbo.ruMonths, 0);
    assert.equal(result.bwrhbo.asuEligible, false);
    assert.equal(result.months.length, 3);
    assert.equal(result.reintegrationBudget, 8000);
  });

  test('C — exactly 10 years: W = 10, RU 0, AVU € 250 in rows 3–6, budget € 8,000', () => {
    const result = simulate(scenario({ workedYears: years(2016, 2025), annualWage: 60000, hboServiceYears: 10, birthDate: bornForAge(38) }));
    assert.deepEqual(result.ww.workHistory, { fictitious: 0, actual: 10, total: 10, before2016: 0 });
    assert.equal(result.ww.durationMonths, 10);
    assert.equal(result.ww.duration2015Months, 10);
    assert.equal(result.bwrhbo.ruMonths, 0);
    assertRows(result, 1, 2, { ww: 3750, avu: 0 });
    assertRows(result, 3, 6, { ww: 3500, avu: 250 });
    assertRows(result, 7, 10, { ww: 3500, avu: 0 });
    assert.equal(result.reintegrationBudget, 8000);
  });

  test("C′ — 11 years (one before 2016): W = 10.5, RU 0.5; row 11 holds half a WW and half an RU month", () => {
    const result = simulate(scenario({ workedYears: years(2015, 2025), annualWage: 60000, hboServiceYears: 10 }));
    assert.equal(result.ww.durationMonths, 10.5);
    assert.equal(result.ww.duration2015Months, 11);
    assert.equal(result.bwrhbo.ruMonths, 0.5);
    assert.ok(result.bwrhbo.capMonthly > 3500, 'the scale-12 cap does not bind for this wage');
    const eleven = row(result, 11);
    assert.equal(eleven.ww, 1750);
    assert.equal(eleven.ru, 1750);
    assert.deepEqual(
      eleven.segments.filter((segment) => segment.layer === 'ww' || segment.layer === 'ru').map(({ layer, from, to }) => ({ layer, from, to })),
      [
        { layer: 'ww', from: 10, to: 10.5 },
        { layer: 'ru', from: 10.5, to: 11 },
      ],
    );
  });

  test('D — wage above the maximum: capped WW, AVU on the uncapped wage, RU = min(€ 5,600, cap), budget € 10,000', () => {
    const input = scenario({ workedYears: years(2006, 2025), annualWage: 96000, birthDate: bornForAge(45) });
    const result = simulate(input);
    assert.equal(result.ww.monthlyWage.uncapped, 8000);
    assert.equal(result.ww.monthlyWage.capped, 6617.4375);
    assert.deepEqual(result.ww.workHistory, { fictitious: 0, actual: 20, total: 20, before2016: 10 });
    assert.equal(result.ww.durationMonths, 15);
    assert.equal(result.ww.duration2015Months, 20);
    assert.equal(result.bwrhbo.ruMonths, 5);
    assertRows(result, 1, 2, { ww: 4963.08, avu: 1036.92 });
    assertRows(result, 3, 6, { ww: 4632.21, avu: 1367.79 });
    assertRows(result, 7, 15, { ww: 4632.21, avu: 967.79 });
    const cap = result.bwrhbo.capMonthly;
    assertRows(result, 16, 20, { ww: 0, ru: Math.round(Math.min(5600, cap) * 100) / 100 });
    assert.equal(result.reintegrationBudget, 10000);

    // With a verified scale-12 top high enough, the cap no longer binds and the RU is € 5,600.00.
    const verified = simulate(input, { parameters: { scale12TopMonthly: { value: 7500, source: 'CAO hbo salary table' } } });
    assertRows(verified, 16, 20, { ru: 5600 });
  });

  describe('E — working during WW', () => {
    test('income € 1,500 in row 4: WW € 2,450.00, below the € 4,375.00 threshold', () => {
      const result = simulate(scenario({ otherIncome: [{ fromMonth: 4, toMonth: 4, monthlyAmount: 1500 }] }));
      assert.equal(row(result, 4).ww, 2450);
      assert.equal(row(result, 4).income, 1500);
      assert.ok(!row(result, 4).notes.includes('ww-suspended-income'));
      const deduction = result.explanations.find((step) => step.step === 'income-deduction');
      assert.equal(deduction?.result['threshold'], 4375);
    });

    test('income € 4,500 in row 4 only: WW € 0 that row, the benefit continues', () => {
      const result = simulate(scenario({ otherIncome: [{ fromMonth: 4, toMonth: 4, monthlyAmount: 4500 }] }));
      assert.equal(row(result, 4).ww, 0);
      assert.equal(row(result, 5).ww, 3500);
      assert.equal(result.ww.endedByIncomeInMonth, null);
    });

    test('income € 4,500 in rows 4 and 5: the WW ends', () => {
      const result = simulate(scenario({ otherIncome: [{ fromMonth: 4, toMonth: 5, monthlyAmount: 4500 }] }));
      assert.equal(row(result, 4).ww, 0);
      assert.equal(row(result, 5).ww, 0);
      assert.equal(result.ww.endedByIncomeInMonth, 5);
      for (const later of result.months.filter((candidate) => candidate.month > 5)) assert.equal(later.ww, 0, `row ${later.month}`);
      assert.equal(result.layers.find((layer) => layer.layer === 'ww')?.to, 5);
    });

    test('capped case, income € 2,000 in row 4: € 3,474.15 proportional, € 3,232.21 without', () => {
      const input = scenario({ workedYears: years(2006, 2025), annualWage: 96000, otherIncome: [{ fromMonth: 4, toMonth: 4, monthlyAmount: 2000 }] });
      assert.equal(row(simulate(input), 4).ww, 3474.15);
      assert.equal(row(simulate(input, { proportionalIncomeOffset: true }), 4).ww, 3474.15);
      assert.equal(row(simulate(input, { proportionalIncomeOffset: false }), 4).ww, 3232.21);
    });
  });

  describe('F — re-integratiebudget boundaries', () => {
    const budget = (overrides: Parameters<typeof scenario>[0]) => simulate(scenario(overrides)).reintegrationBudget;
    test('1 year 11 months with the employer → € 0', () => assert.equal(budget({ yearsWithEmployer: 1 + 11 / 12 }), 0));
    test('2 years, age 39 → € 8,000', () => assert.equal(budget({ yearsWithEmployer: 2, birthDate: bornForAge(39) }), 8000));
    test('age 40 → € 10,000', () => assert.equal(budget({ yearsWithEmployer: 2, birthDate: bornForAge(40) }), 10000));
    test('age 49 → € 10,000', () => assert.equal(budget({ yearsWithEmployer: 2, birthDate: bornForAge(49) }), 10000));
    test('age 50 → € 12,000', () => assert.equal(budget({ yearsWithEmployer: 2, birthDate: bornForAge(50) }), 12000));
    test('age 40 reached on the first day of unemployment → € 10,000', () =>
      assert.equal(budget({ yearsWithEmployer: 2, birthDate: '1986-03-01' }), 10000));
    test('no WW → € 0', () => assert.equal(budget({ yearsWithEmployer: 5, weeksWorkedLast36: 20 }), 0));
    test('sociaal plan → € 0', () => assert.equal(budget({ yearsWithEmployer: 5, socialPlan: true }), 0));
  });

  describe('G — duration table', () => {
    const cases = [
      { label: 'jareneis fails', input: { workedYears: [2019, 2020, 2021] }, T: 3, P: 0, W: 3, W2015: 3, RU: 0 },
      { label: 'T 10, P 0', input: { workedYears: years(2016, 2025) }, T: 10, P: 0, W: 10, W2015: 10, RU: 0 },
      { label: 'T 11, P 1', input: { workedYears: years(2015, 2025) }, T: 11, P: 1, W: 10.5, W2015: 11, RU: 0.5 },
      { label: 'T 12, P 4', input: { workedYears: [...years(2012, 2015), ...years(2018, 2025)] }, T: 12, P: 4, W: 11, W2015: 12, RU: 1 },
      { label: 'T 20, P 10', input: { workedYears: years(2006, 2025) }, T: 20, P: 10, W: 15, W2015: 20, RU: 5 },
      {
        // Born 1978: fictief 1996–1997 (2), feitelijk 1998–2015 (18) and 2020–2025 (6).
        label: 'T 26, P 20 (UWV: 20 years before 2016 + 6 from 2016 → 23 months)',
        input: { workedYears: [...years(1998, 2015), ...years(2020, 2025)], birthDate: '1978-06-01' },
        T: 26,
        P: 20,
        W: 23,
        W2015: 26,
        RU: 3,
      },
    ];
    for (const { label, input, T, P, W, W2015, RU } of cases) {
      test(label, () => {
        const result = simulate(scenario(input));
        assert.equal(result.ww.workHistory.total, T, 'T');
        assert.equal(result.ww.workHistory.before2016, P, 'P');
        assert.equal(result.ww.durationMonths, W, 'W');
        assert.equal(result.ww.duration2015Months, W2015, 'WW-2015');
        assert.equal(result.bwrhbo.ruMonths, RU, 'RU');
      });
    }
  });

  describe('H — maximum amounts by date', () => {
    const cases = [
      { date: '2025-03-01', maxMonthly: 6322.07, first: 4741.55, later: 4425.45 },
      { date: '2026-03-01', maxMonthly: 6617.44, first: 4963.08, later: 4632.21 },
    ];
    for (const { date, maxMonthly, first, later } of cases) {
      test(`unemployed on ${date}: max maandloon € ${maxMonthly}, WW € ${first} / € ${later}`, () => {
        const result = simulate(scenario({ unemploymentDate: date, annualWage: 150000, workedYears: 10 }));
        assert.equal(Math.round(result.ww.monthlyWage.capped * 100) / 100, maxMonthly);
        assert.equal(row(result, 1).ww, first);
        assert.equal(row(result, 3).ww, later);
        const step = result.explanations.find((candidate) => candidate.step === 'monthly-wage');
        assert.equal(Math.round(Number(step?.result['maxMonthlyWage']) * 100) / 100, maxMonthly);
      });
    }
  });
});
