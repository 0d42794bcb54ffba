import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CareerTestInstrument, riasecTypes, toInvalidParams } from '@mobility-kit/contract';
import { defaultInstrument, instrumentText } from '../src/career-test/index.js';

const items = defaultInstrument.items;

test('the default instrument validates against the contract schema', () => {
  const parsed = CareerTestInstrument.safeParse(defaultInstrument);
  assert.equal(parsed.success, true, parsed.success ? '' : JSON.stringify(toInvalidParams(parsed.error.issues, 'body')));
});

test('the default instrument has one interest scale per RIASEC type, mapped to it', () => {
  assert.deepEqual(
    defaultInstrument.scales.map((scale) => [scale.kind, scale.riasec, scale.code]),
    riasecTypes.map((type) => ['interest', type, type]),
  );
});

test('every item belongs to a scale and has Dutch and English text', () => {
  const scaleIds = new Set(defaultInstrument.scales.map((scale) => scale.id));
  for (const item of items) {
    assert.ok(scaleIds.has(item.scale), `${item.id} is on unknown scale ${item.scale}`);
    assert.ok(item.text.nl && item.text.nl.trim().length > 0, `${item.id} has no Dutch text`);
    assert.ok(item.text.en && item.text.en.trim().length > 0, `${item.id} has no English text`);
  }
});

test('at least eight items per RIASEC type, and no two items alike', () => {
  for (const type of riasecTypes) {
    const count = items.filter((item) => item.scale === type).length;
    assert.ok(count >= 8, `${type} has only ${count} items`);
  }
  assert.equal(new Set(items.map((item) => item.text.nl)).size, items.length);
  assert.equal(new Set(items.map((item) => item.text.en)).size, items.length);
  assert.equal(new Set(items.map((item) => item.id)).size, items.length);
});

test('items are presented mixed: no two neighbours measure the same type', () => {
  items.slice(1).forEach((item, i) => assert.notEqual(item.scale, items[i]!.scale, `${items[i]!.id} and ${item.id}`));
});

test('five response options scored 0–4, from "helemaal niet leuk" to "heel leuk"', () => {
  assert.deepEqual(
    defaultInstrument.responseOptions.map((option) => option.value),
    [0, 1, 2, 3, 4],
  );
  assert.equal(defaultInstrument.responseOptions[0]!.label.nl, 'Helemaal niet leuk');
  assert.equal(defaultInstrument.responseOptions[4]!.label.nl, 'Heel leuk');
});

test('the work-values part has the six values of the specification', () => {
  assert.deepEqual(
    defaultInstrument.workValues?.values.map((value) => value.id),
    ['achievement', 'working-conditions', 'recognition', 'relationships', 'support', 'independence'],
  );
});

// The writing rules a machine can check; the rest (everyday words, no stereotypes) was a reading.
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const rules: Array<{ rule: string; nl: RegExp; en: RegExp }> = [
  { rule: 'one activity (no joined activities)', nl: /\b(en|of)\b|\//i, en: /\b(and|or)\b|\//i },
  { rule: 'no negation', nl: /\b(niet|geen|nooit|zonder)\b/i, en: /\b(not|no|never|without)\b|n't\b/i },
  { rule: 'no gendered words', nl: /\b(hij|zij|hem|haar|man|vrouw|mannen|vrouwen|jongen|meisje)\b/i, en: /\b(he|she|him|her|his|hers|man|woman|men|women|boy|girl|guy|lady)\b/i },
  { rule: 'no age words', nl: /\b(jong|jonge|oud|oude|ouderen|jeugd|senior|junior)\b/i, en: /\b(young|old|older|elderly|youth|senior|junior)\b/i },
  { rule: 'no abbreviations', nl: /\b[A-Z]{2,}\b/, en: /\b[A-Z]{2,}\b/ },
];

test('items follow the machine-checkable writing rules (short, one activity, no negation, gender or age words)', () => {
  for (const item of items) {
    const { nl, en } = item.text as { nl: string; en: string };
    assert.ok(words(nl) <= 8, `${item.id} Dutch text is longer than eight words: ${nl}`);
    assert.ok(words(en) <= 10, `${item.id} English text is longer than ten words: ${en}`);
    assert.match(nl, /^[A-Z0-9']/, `${item.id} starts with a capital`);
    assert.doesNotMatch(`${nl}${en}`, /[.!?]$/, `${item.id} ends without a full stop`);
    for (const { rule, nl: nlRule, en: enRule } of rules) {
      assert.doesNotMatch(nl, nlRule, `${item.id} (${rule}): ${nl}`);
      assert.doesNotMatch(en, enRule, `${item.id} (${rule}): ${en}`);
    }
  }
});

test('the default instrument has no reverse-keyed items (interest items are all keyed towards their type)', () => {
  assert.equal(items.filter((item) => item.reverseKeyed).length, 0);
});

test('instrumentText picks the language, then falls back to the first language of the document', () => {
  const title = defaultInstrument.title;
  assert.equal(instrumentText(defaultInstrument, title, 'en'), title.en);
  assert.equal(instrumentText(defaultInstrument, { nl: 'Alleen Nederlands' }, 'en'), 'Alleen Nederlands');
});

/** A small valid document to break one rule at a time. */
function tinyInstrument(): CareerTestInstrument {
  const text = (s: string) => ({ nl: s, en: s });
  return {
    id: 'tiny',
    version: '1',
    languages: ['nl', 'en'],
    title: text('Tiny'),
    intro: text('Intro'),
    prompt: text('Prompt'),
    scales: [
      { id: 'X', kind: 'interest', code: 'X', riasec: 'R', label: text('X'), description: text('X') },
      { id: 'Y', kind: 'interest', code: 'Y', riasec: 'I', label: text('Y'), description: text('Y') },
    ],
    items: [
      { id: 'x1', scale: 'X', text: text('Iets doen') },
      { id: 'y1', scale: 'Y', text: text('Iets anders doen') },
    ],
    responseOptions: [
      { value: 0, label: text('Nee') },
      { value: 1, label: text('Ja') },
    ],
  };
}

function invalidPaths(doc: unknown): string[] {
  const parsed = CareerTestInstrument.safeParse(doc);
  assert.equal(parsed.success, false, 'the document should be rejected');
  return toInvalidParams(parsed.error!.issues, 'body').map((param) => param.path).sort();
}

test('the schema accepts a small consistent document and a Dutch-only one', () => {
  assert.equal(CareerTestInstrument.safeParse(tinyInstrument()).success, true);
  const dutch = JSON.parse(JSON.stringify(tinyInstrument()).replaceAll(/,"en":"[^"]*"/g, '')) as CareerTestInstrument;
  assert.equal(dutch.items[0]!.text.en, undefined);
  assert.equal(CareerTestInstrument.safeParse({ ...dutch, languages: ['nl'] }).success, true);
});

test('the schema rejects a text missing in a declared language, naming the text', () => {
  const doc = tinyInstrument();
  doc.items[1] = { ...doc.items[1]!, text: { nl: 'Alleen Nederlands' } };
  assert.deepEqual(invalidPaths(doc), ['items.1.text.en']);
});

test('the schema rejects an item on an unknown scale, a scale without items and duplicate ids', () => {
  const doc = tinyInstrument();
  doc.items = [
    { id: 'x1', scale: 'X', text: { nl: 'a', en: 'a' } },
    { id: 'x1', scale: 'Z', text: { nl: 'b', en: 'b' } },
  ];
  assert.deepEqual(invalidPaths(doc), ['items.1.id', 'items.1.scale', 'scales.1.id']);
});

test('the schema rejects options out of order, a duplicate RIASEC mapping and an option value above 10', () => {
  const doc = tinyInstrument();
  doc.responseOptions = [
    { value: 1, label: { nl: 'a', en: 'a' } },
    { value: 0, label: { nl: 'b', en: 'b' } },
  ];
  doc.scales[1] = { ...doc.scales[1]!, riasec: 'R' };
  assert.deepEqual(invalidPaths(doc), ['responseOptions.1.value', 'scales.1.riasec']);
  assert.deepEqual(invalidPaths({ ...tinyInstrument(), responseOptions: [{ value: 0, label: { nl: 'a', en: 'a' } }, { value: 11, label: { nl: 'b', en: 'b' } }] }), [
    'responseOptions.1.value',
  ]);
});
