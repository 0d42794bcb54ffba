/**
 * `@mobility-kit/contract/vocabulary`: the zod-free entry point the pure rules may import values
 * from. It must load no schema library and carry the same lists as the main entry.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as contract from '@mobility-kit/contract';
import * as vocabulary from '@mobility-kit/contract/vocabulary';

const sourceOf = (file: string) => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');

/** Every module specifier a source file imports or re-exports from. */
const specifiers = (source: string) => [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)].map((m) => m[1]);

test('the vocabulary entry imports nothing but the calendar, and the calendar nothing at all', () => {
  assert.deepEqual(specifiers(sourceOf('vocabulary.ts')), ['./calendar.js']);
  assert.deepEqual(specifiers(sourceOf('calendar.ts')), []);
});

test('the vocabulary entry exports the same values as the main entry', () => {
  const names = Object.keys(vocabulary).sort();
  for (const name of ['vacancyKinds', 'visibilities', 'roles', 'calculatorParameterNames', 'calculatorParameterStatuses', 'amsterdamToday']) {
    assert.ok(names.includes(name), `${name} is exported`);
  }
  for (const name of names) assert.equal((vocabulary as Record<string, unknown>)[name], (contract as Record<string, unknown>)[name], name);
});

test('package.json maps the entry like the others (source, types, default)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
  assert.deepEqual(pkg.exports['./vocabulary'], {
    source: './src/vocabulary.ts',
    types: './dist/vocabulary.d.ts',
    default: './dist/vocabulary.js',
  });
});
