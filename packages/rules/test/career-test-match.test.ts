import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { riasecTypes, type CareerTestInstrument, type CareerTestResult, type RiasecType } from '@mobility-kit/contract';
import {
  CareerTestMatchError,
  cIndex,
  defaultInstrument,
  hasRiasecProfile,
  hexagonDistance,
  linkStories,
  rankVacancies,
  riasecCodes,
  scoreInstrument,
} from '../src/career-test/index.js';

/** A result of the default instrument where every item of a type gets the same answer. */
function profile(levels: Partial<Record<RiasecType, number>>): CareerTestResult {
  return scoreInstrument(defaultInstrument, {
    items: Object.fromEntries(defaultInstrument.items.map((item) => [item.id, levels[item.scale as RiasecType] ?? 0])),
    valueOrder: [],
  });
}

const sae = profile({ S: 4, A: 3, E: 2, I: 1 });
const ids = <T extends { id: string }>(entries: readonly { vacancy?: T; story?: T }[]) => entries.map((entry) => (entry.vacancy ?? entry.story)!.id);

test('hexagon distance: same 0, neighbours 1, two steps 2, opposite 3, and it wraps around', () => {
  assert.equal(hexagonDistance('S', 'S'), 0);
  assert.equal(hexagonDistance('S', 'E'), 1);
  assert.equal(hexagonDistance('R', 'C'), 1);
  assert.equal(hexagonDistance('R', 'A'), 2);
  assert.equal(hexagonDistance('R', 'S'), 3);
  assert.equal(hexagonDistance('I', 'E'), 3);
  assert.equal(hexagonDistance('A', 'C'), 3);
});

test('C-index (Brown & Gore): 18 for the same code, 0 for the opposite code, 3·x₁ + 2·x₂ + x₃ between', () => {
  assert.deepEqual(cIndex(['S', 'A', 'E'], ['S', 'A', 'E']), { value: 18, max: 18 });
  assert.deepEqual(cIndex(['S', 'A', 'E'], ['R', 'C', 'I']), { value: 0, max: 18 });
  // S–A neighbours (2), A–S neighbours (2), E–E same (3): 3·2 + 2·2 + 3 = 13.
  assert.deepEqual(cIndex(['S', 'A', 'E'], ['A', 'S', 'E']), { value: 13, max: 18 });
  assert.deepEqual(cIndex(['S', 'A', 'E'], ['E']), { value: 6, max: 9 });
  assert.deepEqual(cIndex(['S', 'A', 'E'], []), { value: 0, max: 0 });
});

test('vacancies are ranked by congruence with the profile SAE', () => {
  const vacancies = [
    { id: 'opposite', interests: ['R', 'I', 'C'] },
    { id: 'no-code', interests: [] },
    { id: 'social', interests: ['S'] },
    { id: 'neighbour', interests: ['E'] },
    { id: 'swapped', interests: ['A', 'S', 'E'] },
    { id: 'exact', interests: ['S', 'A', 'E'] },
  ] satisfies { id: string; interests: RiasecType[] }[];
  const ranked = rankVacancies(sae, vacancies);
  assert.deepEqual(ids(ranked), ['exact', 'social', 'swapped', 'neighbour', 'opposite', 'no-code']);
  assert.deepEqual(
    ranked.map((match) => [match.congruence, match.cIndex, match.cIndexMax]),
    [
      [100, 18, 18],
      [100, 9, 9],
      [72.2, 13, 18],
      [66.7, 6, 9],
      // S–R opposite (0), A–I neighbours (2), E–C neighbours (2): 2·2 + 2 = 6 of 18.
      [33.3, 6, 18],
      [null, null, null],
    ],
  );
  assert.equal(ranked[0]!.vacancy, vacancies[5], 'the vacancy object itself is returned');
  assert.deepEqual(ids(vacancies.map((vacancy) => ({ vacancy }))), ['opposite', 'no-code', 'social', 'neighbour', 'swapped', 'exact'], 'input untouched');
});

test('equal congruence is broken by letters compared, then by id, whatever the input order', () => {
  const vacancies = [
    { id: 'b-same', interests: ['S', 'A'] as RiasecType[] },
    { id: 'a-same', interests: ['S', 'A'] as RiasecType[] },
    { id: 'c-short', interests: ['S'] as RiasecType[] },
    { id: 'd-full', interests: ['S', 'A', 'E'] as RiasecType[] },
  ];
  assert.deepEqual(ids(rankVacancies(sae, vacancies)), ['d-full', 'a-same', 'b-same', 'c-short']);
  assert.deepEqual(ids(rankVacancies(sae, [...vacancies].reverse())), ['d-full', 'a-same', 'b-same', 'c-short']);
});

test('a tied profile is matched by the mean over every code it allows, not by one picked code', () => {
  const tied = profile({ S: 4, A: 3, I: 2, E: 2, R: 1 });
  assert.deepEqual(riasecCodes(tied), [
    ['S', 'A', 'I'],
    ['S', 'A', 'E'],
  ]);
  // SAI vs SAI = 18; SAE vs SAI: E–I opposite, so 15. Mean 16.5 of 18.
  const [match] = rankVacancies(tied, [{ id: 'sai', interests: ['S', 'A', 'I'] }]);
  assert.equal(match!.cIndex, 16.5);
  assert.equal(match!.congruence, 91.7);
  // Symmetric: a vacancy coded SAE scores the same, so neither tied letter is favoured.
  const both = rankVacancies(tied, [
    { id: 'sai', interests: ['S', 'A', 'I'] },
    { id: 'sae', interests: ['S', 'A', 'E'] },
  ]);
  assert.deepEqual(
    both.map((entry) => [entry.vacancy.id, entry.congruence]),
    [
      ['sae', 91.7],
      ['sai', 91.7],
    ],
  );
});

test('stories are linked when their move fits the profile: at least 66.7 by default, best first, limited', () => {
  const stories = [
    { id: 'to-research', interests: ['R'] },
    { id: 'to-sales', interests: ['E'] },
    { id: 'to-teaching', interests: ['S', 'A'] },
    { id: 'no-interests' },
    { id: 'lower-case', interests: ['s', 'x'] },
  ];
  assert.deepEqual(
    linkStories(sae, stories).map((link) => [link.story.id, link.congruence]),
    [
      ['to-teaching', 100],
      ['to-sales', 66.7],
    ],
  );
  assert.deepEqual(ids(linkStories(sae, stories, { limit: 1 })), ['to-teaching']);
  assert.deepEqual(ids(linkStories(sae, stories, { minCongruence: 0 })), ['to-teaching', 'to-sales', 'to-research']);
  assert.deepEqual(linkStories(sae, stories, { minCongruence: 100.1 }), []);
});

test('a result without RIASEC-mapped interest scales cannot be matched and says so', () => {
  const plain: CareerTestInstrument = {
    ...defaultInstrument,
    id: 'unmapped',
    scales: defaultInstrument.scales.map(({ riasec: _riasec, ...scale }) => scale),
  };
  const result = scoreInstrument(plain, { items: Object.fromEntries(plain.items.map((item) => [item.id, 2])), valueOrder: [] });
  assert.equal(hasRiasecProfile(result), false);
  assert.equal(hasRiasecProfile(sae), true);
  assert.throws(() => rankVacancies(result, [{ id: 'x', interests: ['S'] }]), CareerTestMatchError);
  assert.throws(() => linkStories(result, []), /instrument "unmapped" has no interest scales mapped to RIASEC types/);
});

const codes = fc.uniqueArray(fc.constantFrom(...riasecTypes), { maxLength: 3 });
const answerLevels = fc.record(Object.fromEntries(riasecTypes.map((type) => [type, fc.integer({ min: 0, max: 4 })])) as Record<RiasecType, fc.Arbitrary<number>>);

test('property: congruence stays within 0–100 and ranking is deterministic, complete and sorted', () => {
  fc.assert(
    fc.property(answerLevels, fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), interests: codes }), { selector: (v) => v.id, maxLength: 12 }), (levels, vacancies) => {
      const result = profile(levels);
      const ranked = rankVacancies(result, vacancies);
      assert.equal(ranked.length, vacancies.length);
      assert.deepEqual(ids(rankVacancies(result, [...vacancies].reverse())), ids(ranked));
      let seenUnscored = false;
      ranked.forEach((match, i) => {
        if (match.congruence === null) {
          seenUnscored = true;
          assert.equal(match.vacancy.interests.length, 0);
          return;
        }
        assert.ok(!seenUnscored, 'unscored vacancies come last');
        assert.ok(match.congruence >= 0 && match.congruence <= 100);
        const previous = ranked[i - 1];
        if (previous?.congruence != null) assert.ok(previous.congruence >= match.congruence);
      });
    }),
  );
});
