/** Edge cases of the calculator rules: eligibility, the 87.5 % rule, caps, regimes, unknown parameters, AOW. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ParameterError, ScenarioInputError, simulate, type ScenarioResult } from '@mobility-kit/rules';
import { bornForAge, scenario, years } from './scenarios.js';

const has = (result: ScenarioResult, code: string, parameter?: string) =>
  result.warnings.some((warning) => warning.code === code && (parameter === undefined || warning.parameter === parameter));

describe('WW eligibility', () => {
  test('wekeneis: 26 of 36 weeks is enough, 25 is not', () => {
    assert.equal(simulate(scenario({ weeksWorkedLast36: 26 })).ww.eligible, true);
    const short = simulate(scenario({ weeksWorkedLast36: 25 }));
    assert.equal(short.ww.eligible, false);
    assert.deepEqual(short.ww.reasons, ['wekeneis']);
    assert.equal(short.months.length, 0);
  });

  test('jareneis not met → 3 months of WW, whatever the work history', () => {
    // 12 worked years but only 3 of them in 2021–2025.
    const result = simulate(scenario({ workedYears: [...years(2010, 2018), 2023, 2024, 2025] }));
    assert.deepEqual(result.ww.reasons, ['jareneis']);
    assert.equal(result.ww.workHistory.total, 12);
    assert.equal(result.ww.durationMonths, 3);
    assert.equal(result.ww.duration2015Months, 3);
    assert.equal(result.bwrhbo.ruMonths, 0);
  });

  test('jareneis met with exactly 4 of the 5 years', () => {
    const result = simulate(scenario({ workedYears: [2021, 2022, 2024, 2025] }));
    assert.deepEqual(result.ww.reasons, []);
    assert.equal(result.ww.durationMonths, 4);
  });

  test('fictief arbeidsverleden counts every year from age 18 up to 1997', () => {
    const result = simulate(scenario({ birthDate: '1970-06-01', workedYears: years(2016, 2025) }));
    assert.deepEqual(result.ww.workHistory, { fictitious: 10, actual: 10, total: 20, before2016: 10 });
    assert.equal(result.ww.durationMonths, 15);
  });

  test('the WW never exceeds 24 months, WW-2015 never 38, RU never 14', () => {
    const result = simulate(scenario({ birthDate: '1960-06-01', workedYears: years(1998, 2025) }));
    assert.equal(result.ww.workHistory.total, 28 + 20);
    assert.equal(result.ww.durationMonths, 24);
    assert.equal(result.ww.duration2015Months, 38);
    assert.equal(result.bwrhbo.ruMonths, 14);
  });

  test('a workedYears count means the most recent consecutive years', () => {
    const counted = simulate(scenario({ workedYears: 11 }));
    const listed = simulate(scenario({ workedYears: years(2015, 2025) }));
    assert.deepEqual(counted.ww.workHistory, listed.ww.workHistory);
  });
});

describe('87.5 % rule', () => {
  test('income exactly at 87.5 % is not above it', () => {
    const result = simulate(scenario({ otherIncome: [{ fromMonth: 4, toMonth: 5, monthlyAmount: 4375 }] }));
    assert.equal(result.months[3]?.ww, Math.round(0.7 * 625 * 100) / 100);
    assert.equal(result.ww.endedByIncomeInMonth, null);
  });

  test('two high months that are not consecutive do not end the WW', () => {
    const result = simulate(
      scenario({
        otherIncome: [
          { fromMonth: 4, toMonth: 4, monthlyAmount: 4500 },
          { fromMonth: 6, toMonth: 6, monthlyAmount: 4500 },
        ],
      }),
    );
    assert.deepEqual(result.months.filter((row) => row.ww === 0).map((row) => row.month), [4, 6]);
    assert.equal(result.ww.endedByIncomeInMonth, null);
    assert.equal(result.months[9]?.ww, 3500);
  });

  test('a new job above 87.5 % ends the WW after two months, and the BWRHBO layers after it', () => {
    const result = simulate(
      scenario({ workedYears: years(2006, 2025), hboServiceYears: 10, newJob: { startMonth: 3, monthlyWage: 4600, hoursPerWeek: 36, contract: true } }),
    );
    assert.equal(result.ww.endedByIncomeInMonth, 4);
    assert.ok(result.months[3]?.notes.includes('ww-ended-income'));
    for (const row of result.months.slice(4)) {
      assert.equal(row.ww + row.avu + row.ru + row.asu + row.extraAsu, 0, `row ${row.month}`);
    }
    assert.ok(!result.layers.some((layer) => layer.layer === 'ru' || layer.layer === 'asu'));
    assert.equal(result.explanations.find((step) => step.step === 'ww-ended-by-income')?.result['month'], 4);
  });

  test('AVU is not paid in a month in which the WW is suspended', () => {
    const result = simulate(scenario({ otherIncome: [{ fromMonth: 3, toMonth: 3, monthlyAmount: 4400 }] }));
    assert.equal(result.months[2]?.ww, 0);
    assert.equal(result.months[2]?.avu, 0);
    assert.equal(result.months[3]?.avu, 250);
  });
});

describe('maximum dagloon and the income switch', () => {
  test('below the cap the switch changes nothing', () => {
    const input = scenario({ otherIncome: [{ fromMonth: 3, monthlyAmount: 1000 }] });
    assert.deepEqual(simulate(input, { proportionalIncomeOffset: false }).months, simulate(input).months);
  });

  test('above the cap, income is deducted in proportion by default', () => {
    const input = scenario({ annualWage: 96000, otherIncome: [{ fromMonth: 1, monthlyAmount: 4000 }] });
    const on = simulate(input);
    const off = simulate(input, { proportionalIncomeOffset: false });
    assert.equal(on.months[0]?.ww, Math.round(0.75 * 6617.4375 * 0.5 * 100) / 100);
    assert.equal(off.months[0]?.ww, Math.round(0.75 * (6617.4375 - 4000) * 100) / 100);
    // WW + AVU reach 75 % of (uncapped − income) either way.
    assert.equal(Math.round(((on.months[0]?.ww ?? 0) + (on.months[0]?.avu ?? 0)) * 100), 300000);
  });

  test('the cap is the one in force on the first day of unemployment', () => {
    assert.equal(simulate(scenario({ unemploymentDate: '2024-06-30', annualWage: 150000, workedYears: 10 })).ww.dailyWage.capped, 274.44);
    assert.equal(simulate(scenario({ unemploymentDate: '2024-07-01', annualWage: 150000, workedYears: 10 })).ww.dailyWage.capped, 282.95);
  });

  test('2025-07-01: the unknown cap falls back to the previous value, with a warning', () => {
    const result = simulate(scenario({ unemploymentDate: '2025-08-15', annualWage: 96000, workedYears: 10 }));
    assert.equal(result.ww.dailyWage.capped, 290.67);
    assert.ok(has(result, 'max-daily-wage-unknown', 'maxDailyWage'));
    assert.ok(has(result, 'unverified-parameter', 'maxDailyWage'));
    const use = result.explanations.find((step) => step.step === 'max-daily-wage')?.parameters[0];
    assert.equal(use?.validFrom, '2025-01-01');
    assert.equal(use?.unknownEntry?.validFrom, '2025-07-01');

    const before = simulate(scenario({ unemploymentDate: '2025-06-30', annualWage: 96000, workedYears: 10 }));
    assert.ok(!has(before, 'max-daily-wage-unknown'));
    assert.ok(!has(before, 'unverified-parameter', 'maxDailyWage'));
  });

  test('an institution that enters the 2025-07-01 value removes the warning', () => {
    const result = simulate(scenario({ unemploymentDate: '2025-08-15', annualWage: 96000, workedYears: 10 }), {
      parameters: {
        maxDailyWage: [
          { value: 290.67, validFrom: '2025-01-01', source: 'UWV' },
          { value: 295.5, validFrom: '2025-07-01', source: 'UWV' },
        ],
      },
    });
    assert.equal(result.ww.dailyWage.capped, 295.5);
    assert.ok(!has(result, 'max-daily-wage-unknown'));
    assert.equal(result.explanations.find((step) => step.step === 'max-daily-wage')?.parameters[0]?.overridden, true);
  });

  test('the 2026-01-01 value (V2) carries no unverified warning', () => {
    assert.ok(!has(simulate(scenario({ annualWage: 96000 })), 'unverified-parameter', 'maxDailyWage'));
  });
});

describe('regime', () => {
  test('unemployment before 2017-04-01 is not covered', () => {
    const result = simulate(scenario({ unemploymentDate: '2017-03-31', workedYears: 10 }));
    assert.equal(result.covered, false);
    assert.equal(result.bwrhbo.regime, 'unsupported');
    assert.deepEqual(result.ww.reasons, ['regime-unsupported']);
    assert.ok(has(result, 'regime-unsupported'));
    assert.equal(result.months.length, 0);
    assert.equal(result.reintegrationBudget, 0);
  });

  test('unemployment on 2017-04-01 is the 2017 regime', () => {
    const result = simulate(scenario({ unemploymentDate: '2017-04-01', workedYears: 10 }));
    assert.equal(result.covered, true);
    assert.equal(result.bwrhbo.regime, '2017');
    // No maximum dagloon before 2024 in the table: the first value stands in, and says so.
    assert.ok(has(result, 'parameter-before-table', 'maxDailyWage'));
  });
});

describe('AOW age', () => {
  test('rows stop at the AOW date, with a part-month in the last row', () => {
    // AOW at 67 in 2027: 2027-08-15, 17 months and 14 of 31 days after 2026-03-01.
    const result = simulate(scenario({ birthDate: '1960-08-15', workedYears: years(1998, 2025), hboServiceYears: 20 }));
    assert.equal(result.aow.date, '2027-08-15');
    assert.equal(result.aow.month, 17 + 14 / 31);
    assert.equal(result.ww.durationMonths, 24);
    assert.equal(result.months.length, 18);
    const last = result.months[17]!;
    assert.equal(last.ww, Math.round(0.7 * 5000 * (14 / 31) * 100) / 100);
    assert.ok(last.notes.includes('aow'));
    assert.equal(result.layers.find((layer) => layer.layer === 'ww')?.to, result.aow.month);
    assert.equal(result.milestones.at(-1)?.kind, 'aow');
    assert.ok(!has(result, 'unverified-parameter', 'aowAgeMonths'), 'AOW age 67 in 2027 is verified');
  });

  test('extra ASU runs from the end of the ASU up to the AOW date; an unverified AOW age is flagged', () => {
    // AOW in 2029 (67 y 3 m, status U): 2029-09-01, month 42. W 20.5, RU 2.5, ASU 15 → extra ASU [38, 42).
    const result = simulate(scenario({ birthDate: '1962-06-01', workedYears: years(2021, 2025), hboServiceYears: 15, annualWage: 48000 }));
    assert.equal(result.aow.date, '2029-09-01');
    assert.equal(result.ww.durationMonths, 20.5);
    assert.equal(result.bwrhbo.ruMonths, 2.5);
    assert.equal(result.bwrhbo.asuMonths, 15);
    assert.equal(result.bwrhbo.extraAsuEligible, true);
    assert.equal(result.bwrhbo.extraAsuMonths, 4);
    assert.deepEqual(result.layers.find((layer) => layer.layer === 'extraAsu'), { layer: 'extraAsu', from: 38, to: 42 });
    assert.equal(result.months.length, 42);
    const level = Math.round(0.7 * Math.min(4000, 5100) * 100) / 100;
    assert.deepEqual(result.months.slice(38).map((row) => row.extraAsu), [level, level, level, level]);
    assert.ok(has(result, 'unverified-parameter', 'aowAgeMonths'));
    assert.ok(has(result, 'unverified-parameter', 'scale10TopMonthly'));
  });

  test('extra ASU needs at most 10 years to AOW age', () => {
    const result = simulate(scenario({ birthDate: bornForAge(55), hboServiceYears: 20 }));
    assert.equal(result.bwrhbo.extraAsuEligible, false);
    assert.equal(result.bwrhbo.asuEligible, true);
  });

  test('someone past AOW age gets no WW', () => {
    const result = simulate(scenario({ birthDate: '1958-01-01' }));
    assert.equal(result.ww.eligible, false);
    assert.deepEqual(result.ww.reasons, ['aow-age']);
    assert.equal(result.months.length, 0);
  });
});

describe('loonsuppletie', () => {
  const job = { startMonth: 4, monthlyWage: 3600, hoursPerWeek: 36, contract: true };

  test('a lower-paid contract gets suppletion, never above the old monthly wage', () => {
    const result = simulate(scenario({ newJob: job }));
    assert.equal(result.suppletion.eligible, true);
    assert.equal(Math.round(result.suppletion.monthlyBase * 100) / 100, 1400);
    const four = result.months[3]!;
    assert.equal(four.ww, 980);
    assert.equal(four.avu, 70);
    assert.equal(four.suppletion, 350);
    assert.equal(four.income, 3600);
    assert.equal(four.total, 5000);
    // After the WW: full suppletion, until AOW under the working hypothesis.
    assert.equal(result.months[10]?.suppletion, 1400);
    assert.equal(result.months.length, Math.ceil(result.aow.month));
    assert.ok(has(result, 'unverified-rule'));
  });

  test('self-employment gets no suppletion', () => {
    const result = simulate(scenario({ newJob: { ...job, contract: false } }));
    assert.deepEqual(result.suppletion.reasons, ['not-a-contract']);
    assert.ok(result.months.every((row) => row.suppletion === 0));
  });

  test('an hourly wage that is not lower gets no suppletion', () => {
    const result = simulate(scenario({ newJob: { ...job, monthlyWage: 2600, hoursPerWeek: 18 } }));
    assert.ok(result.suppletion.reasons.includes('hourly-wage-not-lower'));
  });

  test('an institution can limit the suppletion period', () => {
    const result = simulate(scenario({ newJob: job }), { parameters: { suppletionMaxMonths: 24 } });
    assert.equal(result.months.length, 27);
    assert.equal(result.months[26]?.suppletion, 1400);
  });
});

describe('explanations and warnings', () => {
  test('every figure of the WW is explained, with parameter, date, source and status', () => {
    const result = simulate(scenario({ annualWage: 96000, workedYears: years(2006, 2025) }));
    const steps = new Map(result.explanations.map((step) => [step.step, step]));
    for (const name of ['wekeneis', 'jareneis', 'work-history', 'ww-duration', 'daily-wage', 'max-daily-wage', 'monthly-wage', 'ww-percentage', 'avu', 'ru']) {
      assert.ok(steps.has(name as never), `step ${name}`);
    }
    assert.equal(steps.get('daily-wage')?.result['dailyWage'], 96000 / 261);
    assert.equal(steps.get('max-daily-wage')?.result['capApplies'], true);
    assert.deepEqual(steps.get('max-daily-wage')?.parameters[0], {
      name: 'maxDailyWage',
      value: 304.25,
      validFrom: '2026-01-01',
      status: 'V2',
      source: 'Announced maximumdagloon per 1 januari 2026 (secondary source)',
      overridden: false,
    });
    assert.equal(steps.get('work-history')?.result['before2016'], 10);
    assert.equal(steps.get('work-history')?.result['from2016'], 10);
    assert.equal(steps.get('ww-percentage')?.result['laterMonths'], 0.7 * 6617.4375);
    assert.deepEqual(steps.get('ru')?.parameters.map((use) => use.status), ['U', 'U', 'U']);
  });

  test('unverified parameters are flagged only where they influence a figure', () => {
    const short = simulate(scenario({ workedYears: years(2016, 2025), hboServiceYears: 0 }));
    assert.deepEqual(short.warnings, []);
    const withAsu = simulate(scenario({ hboServiceYears: 6 }));
    assert.ok(has(withAsu, 'unverified-parameter', 'asuMonths'));
    assert.ok(has(withAsu, 'unverified-parameter', 'scale12TopMonthly'));
  });
});

describe('bad input', () => {
  test('every invalid field is named in one typed error', () => {
    assert.throws(
      () => simulate({ ...scenario(), unemploymentDate: '2026-02-30', annualWage: -1, weeksWorkedLast36: 40, workedYears: [1990, 2030] }),
      (error: unknown) => {
        assert.ok(error instanceof ScenarioInputError);
        assert.deepEqual(error.issues.map((issue) => issue.path).sort(), ['annualWage', 'unemploymentDate', 'weeksWorkedLast36', 'workedYears.0'].sort());
        return true;
      },
    );
  });

  test('a worked year in or after the unemployment year is refused', () => {
    assert.throws(() => simulate(scenario({ workedYears: [2024, 2026] })), ScenarioInputError);
  });

  test('a malformed override is a ParameterError naming the parameter', () => {
    assert.throws(() => simulate(scenario(), { parameters: { maxDailyWage: -5 } }), (error: unknown) => {
      assert.ok(error instanceof ParameterError);
      assert.equal(error.parameter, 'maxDailyWage');
      return true;
    });
    assert.throws(() => simulate(scenario(), { parameters: { nonsense: 1 } as never }), ParameterError);
  });

  test('the same input gives the same result', () => {
    const input = scenario({ newJob: { startMonth: 2, monthlyWage: 3000, hoursPerWeek: 30, contract: true } });
    assert.deepEqual(simulate(input), simulate(input));
  });
});
