import { describe, expect, it } from 'vitest';
import { compileColumnCheck } from '../../src/server/replay/row-access.js';

describe('compileColumnCheck', () => {
  const check = compileColumnCheck(['id', 'name', 'url']);

  it('passes a row with some or all of the columns, whatever their values', () => {
    expect(check({})).toBeNull();
    expect(check({ id: 's1' })).toBeNull();
    expect(check({ url: null, id: 's1', name: undefined })).toBeNull();
    expect(check(Object.assign(Object.create(null) as Record<string, unknown>, { id: 's1', name: 'Ada' }))).toBeNull();
  });

  it('names a key besides the columns, even one whose value is undefined', () => {
    expect(check({ id: 's1', nickname: 'A' })).toBe('nickname');
    expect(check({ nickname: undefined })).toBe('nickname');
    expect(check({ id: 's1', name: 'Ada', url: null, extra: 1 })).toBe('extra');
  });

  it('names an own key that every object also inherits', () => {
    for (const extra of ['constructor', 'toString', '__proto__']) {
      const row: Record<string, unknown> = { id: 's1' };
      Object.defineProperty(row, extra, { value: 1, enumerable: true, configurable: true, writable: true });
      expect(check(row)).toBe(extra);
    }
  });

  it('does not count an inherited name as a column a row has', () => {
    const withInheritedName = compileColumnCheck(['id', 'constructor']);
    expect(withInheritedName({ id: 's1' })).toBeNull();
    expect(withInheritedName({ id: 's1', constructor: 'x' })).toBeNull();
    expect(withInheritedName({ id: 's1', other: 1 })).toBe('other');
  });
});
