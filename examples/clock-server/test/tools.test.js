import { test } from 'node:test';
import assert from 'node:assert/strict';
import { call } from '../src/index.js';

test('rejects invalid arguments before any handler runs', () => {
  assert.throws(() => call('days_in_month', { year: 2026, month: 13 }));
});
