/** The disclosure threshold a server uses (moved here with `effectiveThreshold` from the disclosure module). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectiveThreshold } from '../src/insights/threshold.js';

describe('the threshold', () => {
  test('defaults to 10, is never below 5, and rounds a fraction up', () => {
    assert.deepEqual(effectiveThreshold(undefined), { k: 10, raised: false });
    assert.deepEqual(effectiveThreshold(3), { k: 5, raised: true });
    assert.deepEqual(effectiveThreshold(-1), { k: 5, raised: true });
    assert.deepEqual(effectiveThreshold(5), { k: 5, raised: false });
    assert.deepEqual(effectiveThreshold(7.2), { k: 8, raised: false });
    assert.deepEqual(effectiveThreshold(25), { k: 25, raised: false });
  });
});
