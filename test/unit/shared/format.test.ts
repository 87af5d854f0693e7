import { describe, expect, it } from 'vitest';
import { count } from '../../../src/shared/format.js';

describe('count', () => {
  it('writes whole numbers as en-US does', () => {
    for (const n of [0, 7, -7, 999, 1000, -1000, 12345, 999999, 1000000, -1234567, 123456789012, 2 ** 53 - 1])
      expect(count(n)).toBe(n.toLocaleString('en-US'));
  });
});
