import { describe, expect, it } from 'vitest';
import {
  findUnsafeText,
  isStoredForm,
  jsonMayHoldUnstorableText,
  unsafeTextReason,
  unstorableTextReason,
} from '../../../src/shared/text.js';

describe('unsafeTextReason: text the ledger can seal and store exactly', () => {
  it.each([
    ['plain', 'Brent averages above $85 in H2'],
    ['tab and newlines', 'a\tb\nc\r\nd'],
    ['every plane, paired surrogates', 'é 中文 😀 𝔘'],
    ['empty', ''],
  ])('accepts %s', (_name, text) => {
    expect(unsafeTextReason(text)).toBeNull();
  });

  it.each([
    ['a lone high surrogate', 'x \ud800 y', /surrogate/],
    ['a lone low surrogate', 'x \udc00 y', /surrogate/],
    ['a high surrogate at the end', 'x \ud83d', /surrogate/],
    ['NUL', 'a\u0000b', /NUL/],
    ['a C0 control', 'a\u0007b', /U\+0007/],
    ['a lone CR', 'a\rb', /U\+000D/],
    ['DEL', 'a\u007fb', /U\+007F/],
    ['a C1 control', 'a\u0085b', /U\+0085/],
  ])('refuses %s', (_name, text, reason) => {
    expect(unsafeTextReason(text)).toMatch(reason);
  });
});

describe('findUnsafeText, jsonMayHoldUnsafeText, isStoredForm: sealed events read back', () => {
  it('names the path of the first unsafe text in a JSON value, keys included', () => {
    expect(findUnsafeText({ a: ['ok', { b: 'x\u0000' }] })).toEqual({
      path: 'a[1].b',
      reason: expect.stringMatching(/NUL/),
    });
    expect(findUnsafeText({ ['k\ud800']: 1 })?.path).toBe('k\ud800');
    expect(findUnsafeText({ a: ['fine', 'tab\there', 'crlf\r\n'], n: 1, z: null })).toBeNull();
  });

  it('sealed text the databases cannot hand back: lone surrogates and NUL, found in JSON by their escapes', () => {
    for (const v of ['x\u0000', 'x\ud800', 'x\udfff y'])
      expect(jsonMayHoldUnstorableText(JSON.stringify({ v })), JSON.stringify(v)).toBe(true);
    expect(jsonMayHoldUnstorableText(JSON.stringify({ v: 'plain 中文 😀\nline "q"' }))).toBe(false);
    expect(unstorableTextReason('bell \u0007 then \ud800')).toMatch(/surrogate .* at character 12/);
    expect(unstorableTextReason('a\u0000')).toMatch(/NUL/);
    expect(unstorableTextReason('bell \u0007 and \u0085, pair 😀')).toBeNull();
    expect(findUnsafeText({ a: 'x\u0007', b: 'y\ud800' }, unstorableTextReason)?.path).toBe('b');
  });

  it('tells text read back with U+FFFD for its lone surrogates (one or three each) from other differences', () => {
    expect(isStoredForm('a\ud800b', 'a\ufffdb')).toBe(true);
    expect(isStoredForm('a\ud800b', 'a\ufffd\ufffd\ufffdb')).toBe(true);
    expect(isStoredForm('a\ud800b', 'a?b')).toBe(false);
    expect(isStoredForm('a\ufffdb', 'a\ufffdb')).toBe(false);
    expect(isStoredForm('plain', 'plain')).toBe(false);
  });
});
