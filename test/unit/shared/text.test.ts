import { describe, expect, it } from 'vitest';
import { unsafeTextReason } from '../../../src/shared/text.js';

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
