/**
 * The modal verbs and hedge words the ingest rules share (TIME-WINDOWS.md, "What counts as a claim": a claim may
 * be hedged but asserts an outcome; a "could" possibility does not). Each rule builds its own set from these, so a
 * word added here reaches every rule that reads modals or hedges.
 */

/** The core modals, which never name a thing: "will", "would", "should", "could", "may", "might", "must". */
export const MODALS = ['will', 'would', 'should', 'could', 'may', 'might', 'must'] as const;

/** A future that asserts: "will", "won't". */
export const FUTURE_MODALS = ['will', "won't"] as const;

/** Modals of a possibility, which assert no outcome ("could reach", "might slip"). */
export const POSSIBILITY_MODALS = ['could', 'might', 'may', 'would', 'can'] as const;

/** Modals that put a clause in the past when "have" + participle follows ("would have", "could have"). */
export const PAST_MODALS = ['would', 'could', 'might', 'should'] as const;

/** Verbs of expecting, a hedge that still asserts ("we expect", "is expected to"). */
export const EXPECTING = ['expect', 'expects', 'expected'] as const;

/** Hedged words that still assert an outcome: the future, expecting, "likely", "should". */
export const ASSERTING_HEDGES = [...FUTURE_MODALS, ...EXPECTING, 'likely', 'should'] as const;

/** Verbs of belief that carry a forecast ("we think it trims …", "we bet"). */
export const BELIEVING = ['think', 'thinks', 'believe', 'believes', 'bet'] as const;
