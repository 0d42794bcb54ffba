import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToText } from '../src/feeds/sanitise.js';

test('markdownToText reads the restricted Markdown with the grammar the elements render', () => {
  assert.equal(markdownToText('Een **sterk** en *zacht* woord'), 'Een sterk en zacht woord');
  assert.equal(markdownToText('Een __sterk__ en _zacht_ woord'), 'Een sterk en zacht woord');
  assert.equal(markdownToText('Lees [de site](https://werkenbij.example/x) of [intern](/pad).'), 'Lees de site of intern.');
  assert.equal(markdownToText('- een\n- twee\n\n1. drie\n2) vier'), 'een twee drie vier');
  // What is no markup stays: underscores inside words, a lone star between numbers.
  assert.equal(markdownToText('snake_case_name en 2 * 3 * 4'), 'snake_case_name en 2 * 3 * 4');
});
