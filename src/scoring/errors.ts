/**
 * Error thrown for any input the scoring engine refuses (SCORING.md B1): a
 * probability or outcome outside [0,1] or NaN, an unknown kind, a date that is
 * not a real `YYYY-MM-DD` calendar day, or an invalid option.
 *
 * `field` names the offending input (e.g. `calls[3].probability`) and `value`
 * holds what was given, so callers can map it to a 400 response.
 */
export class ScoringInputError extends Error {
  /** The input field that was rejected. */
  readonly field: string;
  /** The rejected value, as given. */
  readonly value: unknown;

  constructor(field: string, value: unknown, rule: string) {
    super(`Invalid ${field}: ${describeValue(value)} (${rule})`);
    this.name = 'ScoringInputError';
    this.field = field;
    this.value = value;
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
