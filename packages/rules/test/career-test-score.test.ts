import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CareerTestAnswers, CareerTestResult, type CareerTestInstrument } from '@mobility-kit/contract';
import {
  CareerTestAnswersError,
  CareerTestInstrumentError,
  defaultInstrument,
  scoreInstrument,
  type CareerTestAnswerIssueKind,
} from '../src/career-test/index.js';

type Answers = CareerTestAnswers;
const valueIds = defaultInstrument.workValues!.values.map((value) => value.id);

/** Answer every item of the instrument; `pick` gives the value per item. */
function answerAll(instrument: CareerTestInstrument, pick: number | ((item: CareerTestInstrument['items'][number]) => number), valueOrder: string[] = []): Answers {
  return {
    items: Object.fromEntries(instrument.items.map((item) => [item.id, typeof pick === 'number' ? pick : pick(item)])),
    valueOrder,
  };
}

/** Same answer for every item of a type: e.g. `{ S: 4, A: 3 }`, everything else 0. */
const byType = (levels: Partial<Record<string, number>>) => (item: { scale: string }) => levels[item.scale] ?? 0;

const scoreOf = (result: CareerTestResult, scale: string) => result.scales.find((entry) => entry.scale === scale)!;

function rejects(answers: unknown, instrument: CareerTestInstrument = defaultInstrument): CareerTestAnswersError {
  try {
    scoreInstrument(instrument, answers as Answers);
  } catch (error) {
    assert.ok(error instanceof CareerTestAnswersError, `expected a CareerTestAnswersError, got ${String(error)}`);
    return error;
  }
  assert.fail('the answers should have been rejected');
}

const kinds = (error: CareerTestAnswersError): Array<[CareerTestAnswerIssueKind, string]> => error.issues.map((issue) => [issue.kind, issue.path]);

test('all answers at the maximum: every scale 100, raw = 4 × items, and the code is an honest six-way tie', () => {
  const result = scoreInstrument(defaultInstrument, answerAll(defaultInstrument, 4));
  for (const scale of result.scales) {
    assert.equal(scale.score, 100);
    assert.equal(scale.raw, 4 * scale.items);
    assert.equal(scale.rawMax, scale.raw);
  }
  assert.equal(result.code.certain, false);
  assert.equal(result.code.text, '(R/I/A/S/E/C)(R/I/A/S/E/C)(R/I/A/S/E/C)');
  assert.equal(result.code.alternativeCount, 120);
  assert.equal(result.code.alternatives.length, 120);
  assert.equal(result.differentiation, 0);
  assert.equal(CareerTestResult.safeParse(result).success, true);
});

test('all answers at the minimum: every scale 0 and no certain code', () => {
  const result = scoreInstrument(defaultInstrument, answerAll(defaultInstrument, 0));
  assert.deepEqual(
    result.scales.map((scale) => [scale.scale, scale.raw, scale.score]),
    ['R', 'I', 'A', 'S', 'E', 'C'].map((type) => [type, 0, 0]),
  );
  assert.equal(result.code.certain, false);
  assert.equal(result.workValues, null);
});

test('a crafted profile gives its known code SAE with scores 100/75/50/25/0/0', () => {
  const answers = answerAll(defaultInstrument, byType({ S: 4, A: 3, E: 2, I: 1 }), [...valueIds].reverse());
  assert.equal(CareerTestAnswers.safeParse(answers).success, true);
  const result = scoreInstrument(defaultInstrument, answers);
  assert.deepEqual(
    Object.fromEntries(result.scales.map((scale) => [scale.scale, scale.score])),
    { R: 0, I: 25, A: 75, S: 100, E: 50, C: 0 },
  );
  assert.equal(result.code.text, 'SAE');
  assert.deepEqual(result.code.positions, [['S'], ['A'], ['E']]);
  assert.equal(result.code.certain, true);
  assert.deepEqual(result.code.alternatives, ['SAE']);
  assert.equal(result.differentiation, 100);
  assert.deepEqual(result.workValues, [...valueIds].reverse());
  assert.deepEqual(result.instrument, { id: 'mobility-kit-riasec', version: defaultInstrument.version });
  assert.equal(CareerTestResult.safeParse(result).success, true);
});

test('one answer changes a raw score by one step and the 0–100 score by 100 / (4 × items)', () => {
  const answers = answerAll(defaultInstrument, byType({ S: 4, A: 3, E: 2, I: 1 }));
  answers.items.r03 = 1;
  const result = scoreInstrument(defaultInstrument, answers);
  assert.equal(scoreOf(result, 'R').raw, 1);
  assert.equal(scoreOf(result, 'R').score, Math.round((100 / (4 * scoreOf(result, 'R').items)) * 10) / 10);
});

test('a tie for third place is shown as SA(I/E), with both codes listed', () => {
  const result = scoreInstrument(defaultInstrument, answerAll(defaultInstrument, byType({ S: 4, A: 3, I: 2, E: 2, R: 1 })));
  assert.equal(result.code.text, 'SA(I/E)');
  assert.deepEqual(result.code.positions, [['S'], ['A'], ['I', 'E']]);
  assert.equal(result.code.certain, false);
  assert.deepEqual(result.code.alternatives, ['SAI', 'SAE']);
  assert.equal(result.code.alternativeCount, 2);
});

test('a tie for first place leaves the order of both letters open', () => {
  const result = scoreInstrument(defaultInstrument, answerAll(defaultInstrument, byType({ S: 4, A: 4, I: 3 })));
  assert.equal(result.code.text, '(A/S)(A/S)I');
  assert.deepEqual(result.code.alternatives, ['ASI', 'SAI']);
  assert.equal(result.code.certain, false);
});

test('a tie below the code does not touch it', () => {
  const result = scoreInstrument(defaultInstrument, answerAll(defaultInstrument, byType({ C: 4, E: 3, R: 2, I: 1, A: 1, S: 1 })));
  assert.equal(result.code.text, 'CER');
  assert.equal(result.code.certain, true);
});

/** An instrument unlike the default: options 1–5, unequal scale lengths, reverse-keyed items, a value scale. */
const other: CareerTestInstrument = {
  id: 'other',
  version: '2026.1',
  languages: ['nl'],
  title: { nl: 'Ander instrument' },
  intro: { nl: 'Intro' },
  prompt: { nl: 'Hoe leuk?' },
  scales: [
    { id: 'X', kind: 'interest', code: 'X', label: { nl: 'X' }, description: { nl: 'X' } },
    { id: 'Y', kind: 'interest', code: 'Y', label: { nl: 'Y' }, description: { nl: 'Y' } },
    { id: 'Z', kind: 'interest', code: 'Z', label: { nl: 'Z' }, description: { nl: 'Z' } },
    { id: 'V', kind: 'value', code: 'V', label: { nl: 'V' }, description: { nl: 'V' } },
  ],
  items: [
    { id: 'x1', scale: 'X', text: { nl: 'x1' } },
    { id: 'x2', scale: 'X', text: { nl: 'x2' }, reverseKeyed: true },
    { id: 'y1', scale: 'Y', text: { nl: 'y1' } },
    { id: 'y2', scale: 'Y', text: { nl: 'y2' } },
    { id: 'y3', scale: 'Y', text: { nl: 'y3' } },
    { id: 'y4', scale: 'Y', text: { nl: 'y4' }, reverseKeyed: true },
    { id: 'z1', scale: 'Z', text: { nl: 'z1' } },
    { id: 'v1', scale: 'V', text: { nl: 'v1' } },
  ],
  responseOptions: [1, 2, 3, 4, 5].map((value) => ({ value, label: { nl: String(value) } })),
};

test('reverse-keyed items count the other way round, also on a 1–5 option scale', () => {
  const high = scoreInstrument(other, { items: { x1: 5, x2: 1, y1: 5, y2: 5, y3: 5, y4: 1, z1: 1, v1: 3 }, valueOrder: [] });
  assert.deepEqual(
    high.scales.map((scale) => [scale.scale, scale.raw, scale.rawMin, scale.rawMax, scale.score]),
    [
      ['X', 10, 2, 10, 100],
      ['Y', 20, 4, 20, 100],
      ['Z', 1, 1, 5, 0],
      ['V', 3, 1, 5, 50],
    ],
  );
  const agreeing = scoreInstrument(other, { items: { x1: 5, x2: 5, y1: 5, y2: 5, y3: 5, y4: 5, z1: 1, v1: 3 }, valueOrder: [] });
  assert.equal(scoreOf(agreeing, 'X').score, 50);
  assert.equal(scoreOf(agreeing, 'Y').score, 75);
});

test('scales with different item counts tie on equal 0–100 scores, and value scales stay out of the code', () => {
  // X: 3 + (6 − 3) = 6 of 2..10 → 50; Y: 3 + 3 + 3 + 3 = 12 of 4..20 → 50; Z: 5 → 100; V: 5 → 100.
  const result = scoreInstrument(other, { items: { x1: 3, x2: 3, y1: 3, y2: 3, y3: 3, y4: 3, z1: 5, v1: 5 }, valueOrder: [] });
  assert.equal(scoreOf(result, 'X').score, 50);
  assert.equal(scoreOf(result, 'Y').score, 50);
  assert.equal(result.code.text, 'Z(X/Y)(X/Y)');
  assert.deepEqual(result.code.alternatives, ['ZXY', 'ZYX']);
});

test('an unknown item id is rejected, naming the item', () => {
  const answers = answerAll(defaultInstrument, 2);
  answers.items['q99'] = 3;
  const error = rejects(answers);
  assert.deepEqual(kinds(error), [['unknown-item', 'items.q99']]);
  assert.equal(error.issues[0]!.item, 'q99');
  assert.match(error.message, /items\.q99 is not an item of instrument "mobility-kit-riasec"/);
});

test('values outside the options (too high, negative, a fraction, a string) are rejected per item', () => {
  const answers = answerAll(defaultInstrument, 2) as { items: Record<string, unknown>; valueOrder: string[] };
  answers.items.r01 = 5;
  answers.items.i01 = -1;
  answers.items.a01 = 2.5;
  answers.items.s01 = '3';
  const error = rejects(answers);
  assert.deepEqual(kinds(error), [
    ['not-an-option', 'items.r01'],
    ['not-an-option', 'items.i01'],
    ['not-an-option', 'items.a01'],
    ['not-an-option', 'items.s01'],
  ]);
  assert.match(error.message, /items\.r01 must be one of the option values 0, 1, 2, 3, 4/);
});

test('a missing answer is rejected, naming each missing item', () => {
  const answers = answerAll(defaultInstrument, 2);
  delete answers.items.e07;
  delete answers.items.c10;
  const error = rejects(answers);
  assert.deepEqual(kinds(error), [
    ['missing-answer', 'items.e07'],
    ['missing-answer', 'items.c10'],
  ]);
  assert.deepEqual(
    error.issues.map((issue) => issue.item),
    ['e07', 'c10'],
  );
});

test('a value order that is not an ordering of all six values is rejected', () => {
  const twice = rejects(answerAll(defaultInstrument, 2, ['achievement', 'achievement', 'recognition', 'relationships', 'support', 'independence']));
  assert.deepEqual(kinds(twice), [
    ['value-listed-twice', 'valueOrder.1'],
    ['value-missing', 'valueOrder'],
  ]);
  assert.equal(twice.issues[1]!.value, 'working-conditions');

  const partial = rejects(answerAll(defaultInstrument, 2, ['support', 'independence']));
  assert.equal(partial.issues.filter((issue) => issue.kind === 'value-missing').length, 4);

  const unknown = rejects(answerAll(defaultInstrument, 2, [...valueIds.slice(0, 5), 'salary']));
  assert.deepEqual(kinds(unknown), [
    ['unknown-value', 'valueOrder.5'],
    ['value-missing', 'valueOrder'],
  ]);

  const notExpected = rejects({ items: { x1: 1, x2: 1, y1: 1, y2: 1, y3: 1, y4: 1, z1: 1, v1: 1 }, valueOrder: ['a'] }, other);
  assert.deepEqual(kinds(notExpected), [['values-not-expected', 'valueOrder']]);
});

test('answers to another instrument or version, or of the wrong shape, are rejected', () => {
  const stale = { ...answerAll(defaultInstrument, 2), instrument: { id: defaultInstrument.id, version: '0.9.0' } };
  assert.deepEqual(kinds(rejects(stale)), [['other-instrument', 'instrument']]);
  const matching = { ...answerAll(defaultInstrument, 2), instrument: { id: defaultInstrument.id, version: defaultInstrument.version } };
  assert.equal(scoreInstrument(defaultInstrument, matching).code.certain, false);

  assert.deepEqual(kinds(rejects(null)), [['malformed', '(root)']]);
  assert.deepEqual(kinds(rejects({ items: [], valueOrder: 'achievement' })), [
    ['malformed', 'items'],
    ['malformed', 'valueOrder'],
  ]);
});

test('an inconsistent instrument is refused with a typed error naming the item', () => {
  const broken: CareerTestInstrument = { ...other, items: [...other.items, { id: 'w1', scale: 'W', text: { nl: 'w1' } }] };
  assert.throws(
    () => scoreInstrument(broken, { items: {}, valueOrder: [] }),
    (error: unknown) => error instanceof CareerTestInstrumentError && /item "w1" is on unknown scale "W"/.test(error.message),
  );
});

// Properties over arbitrary complete answer sets of the default instrument.
const itemIds = defaultInstrument.items.map((item) => item.id);
const answerSets = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: itemIds.length, maxLength: itemIds.length }).map(
  (values): Answers => ({ items: Object.fromEntries(itemIds.map((id, i) => [id, values[i]!])), valueOrder: [] }),
);

test('property: scores stay within 0–100, raw within its bounds, and the result matches the contract', () => {
  fc.assert(
    fc.property(answerSets, (answers) => {
      const result = scoreInstrument(defaultInstrument, answers);
      for (const scale of result.scales) {
        assert.ok(scale.score >= 0 && scale.score <= 100, `${scale.scale} ${scale.score}`);
        assert.ok(scale.raw >= scale.rawMin && scale.raw <= scale.rawMax);
      }
      assert.ok(result.differentiation >= 0 && result.differentiation <= 100);
      assert.equal(CareerTestResult.safeParse(result).success, true);
    }),
  );
});

test('property: raising one answer never lowers its scale score and leaves other scales alone', () => {
  fc.assert(
    fc.property(answerSets, fc.constantFrom(...defaultInstrument.items), (answers, item) => {
      const before = scoreInstrument(defaultInstrument, answers);
      const value = answers.items[item.id]!;
      if (value === 4) return;
      const after = scoreInstrument(defaultInstrument, { ...answers, items: { ...answers.items, [item.id]: value + 1 } });
      assert.ok(scoreOf(after, item.scale).score > scoreOf(before, item.scale).score);
      assert.equal(scoreOf(after, item.scale).raw, scoreOf(before, item.scale).raw + 1);
      for (const scale of after.scales) if (scale.scale !== item.scale) assert.deepEqual(scale, scoreOf(before, scale.scale));
    }),
  );
});

test('property: on a reverse-keyed item, raising the answer never raises its scale score', () => {
  const reverse = other.items.filter((item) => item.reverseKeyed);
  const otherAnswers = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: other.items.length, maxLength: other.items.length }).map(
    (values): Answers => ({ items: Object.fromEntries(other.items.map((item, i) => [item.id, values[i]!])), valueOrder: [] }),
  );
  fc.assert(
    fc.property(otherAnswers, fc.constantFrom(...reverse), (answers, item) => {
      const value = answers.items[item.id]!;
      if (value === 5) return;
      const before = scoreOf(scoreInstrument(other, answers), item.scale).score;
      const after = scoreOf(scoreInstrument(other, { ...answers, items: { ...answers.items, [item.id]: value + 1 } }), item.scale).score;
      assert.ok(after < before);
    }),
  );
});

test('property: the code lists exactly the top scales; every alternative outranks every letter outside it', () => {
  fc.assert(
    fc.property(answerSets, (answers) => {
      const result = scoreInstrument(defaultInstrument, answers);
      const score = new Map(result.scales.map((scale) => [scale.code, scale.raw]));
      const { code } = result;
      assert.equal(code.positions.length, 3);
      assert.equal(code.alternatives.length, Math.min(code.alternativeCount, 120));
      assert.equal(code.certain, code.alternativeCount === 1);
      for (const alternative of code.alternatives) {
        const inside = [...alternative];
        assert.equal(new Set(inside).size, 3);
        inside.forEach((letter, place) => assert.ok(code.positions[place]!.includes(letter)));
        for (let place = 1; place < 3; place++) assert.ok(score.get(inside[place - 1]!)! >= score.get(inside[place]!)!);
        for (const [letter, raw] of score) if (!inside.includes(letter)) assert.ok(raw <= score.get(inside[2]!)!);
      }
    }),
  );
});

test('property: every ordering of the six work values is accepted and returned as given', () => {
  fc.assert(
    fc.property(fc.shuffledSubarray(valueIds, { minLength: valueIds.length, maxLength: valueIds.length }), (order) => {
      const result = scoreInstrument(defaultInstrument, answerAll(defaultInstrument, 1, order));
      assert.deepEqual(result.workValues, order);
    }),
  );
});
