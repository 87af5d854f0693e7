import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../http/errors.js';

/** zxcvbn's 0–4 scale: 3 is "safely unguessable" against online guessing with throttling lifted. */
const MIN_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | null = null;
/**
 * Loaded on first use: the dictionaries take a second or more to import, which every CLI command
 * and every server start would otherwise pay whether or not it ever sets a password.
 */
function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      // Bounds on the estimator's own work (it runs on the request thread): the first 64 characters
      // decide, and l33t variants are tried for at most 10 substitutions.
      maxLength: 64,
      l33tMaxSubstitutions: 10,
    });
  })();
  return estimator;
}

const refuse = (message: string) =>
  new AppError('invalid_request', `password: ${message}`, { issues: [{ path: 'password', message }] });

/**
 * Refuses a password a guesser would find (400 naming the field): zxcvbn-ts estimates it, with the
 * username and display name as words the attacker knows: a password built on them scores as if
 * those words were in its dictionary ("alice" cannot use "alice2026alice").
 */
export async function assertStrongPassword(password: string, userInputs: string[]): Promise<void> {
  const inputs = userInputs.filter((s) => s.length > 0);
  const lowered = password.trim().toLowerCase();
  if (inputs.some((s) => s.toLowerCase() === lowered)) throw refuse('must not be the username or display name');
  const result = (await zxcvbn()).check(password, inputs);
  if (result.score < MIN_SCORE) {
    const hint = result.feedback.warning ?? result.feedback.suggestions[0] ?? 'add more words';
    throw refuse(`too easy to guess (${hint})`);
  }
}
