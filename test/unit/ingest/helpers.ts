import { describe, expect, it } from 'vitest';
import { findWindow } from '../../../src/ingest/index.js';

// Shared by the ingest test files: the window a sentence gets, and the table layouts their rows are written in (each
// keeps the published date and the comparison its rows were labelled for). Every row is a sentence of its own, not
// one of the fixtures', labelled by hand from TIME-WINDOWS.md and docs/ingest.md, never by running the extractor.

/** The window of one sentence as [start, end], or null. */
export const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

/** Rows of [text, start, end?, published?], published 2026-02-09 unless the row says otherwise. */
type Row = [string, string | null, string?, string?];
export function windowTable(groups: Array<[string, Row[]]>) {
  describe.each(groups)('%s', (_convention, rows) => {
    it.each(rows)('%s', (text, start, end, published) => {
      const w = findWindow(text, published ?? '2026-02-09');
      expect(w && { start: w.start, end: w.end }).toEqual(start === null ? null : { start, end });
    });
  });
}

/** Rows of [text, published, start, end?]. */
type DatedRow = [text: string, published: string, start: string | null, end?: string];
export function windowTableByDate(groups: Array<[string, DatedRow[]]>) {
  describe.each(groups)('%s', (_convention, rows) => {
    it.each(rows)('%s (published %s)', (text, published, start, end) => {
      const got = findWindow(text, published);
      expect(got && { start: got.start, end: got.end }).toEqual(start === null ? null : { start, end });
    });
  });
}

/** Rows of [text, start, end?], published 2026-02-09, compared as [start, end] pairs. */
type PairRow = [text: string, start: string | null, end?: string];
export function windowPairTable(groups: Array<[string, PairRow[]]>) {
  const P = '2026-02-09';
  describe.each(groups)('%s', (_name, rows) => {
    it.each(rows)('%s', (text, start, end) => {
      const w = findWindow(text, P);
      expect(w && [w.start, w.end]).toEqual(start === null ? null : [start, end]);
    });
  });
}

/** Rows of [text, published, [start, end] or null], each test named by its text. */
type WindowRow = readonly [string, string, readonly string[] | null];
export function windows(rows: WindowRow[]) {
  it.each(rows)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
}

/** As windows(), each test named by its text and publication date. */
export function windowsByDate(rows: WindowRow[]) {
  it.each(rows)('%s (published %s)', (text, published, expected) => {
    expect(win(text, published)).toEqual(expected);
  });
}
