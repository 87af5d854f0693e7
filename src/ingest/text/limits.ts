/**
 * Size limits of the text half (issue 21 item 3): extraction is linear in the input, and no sentence or
 * token is allowed to grow without bound, so a pathological paste costs no more than an ordinary one.
 */

/** The longest issue extraction reads, in characters (the API's limit). */
export const MAX_TEXT_LENGTH = 1_000_000;

/** A sentence longer than this is cut into pieces of this size before time phrases are looked for. */
export const MAX_SENTENCE_LENGTH = 2_000;
