import type { DraftEditorState } from './draft-editor.js';

// The editor's work is kept in this browser as it is done, keyed by the pasted text, so a reload, leaving the
// page or a crash loses nothing; published issues are forgotten.

const STORE = 'track-record:desk';
const VERSION = 2;
const KEEP = 10;

export type DeskStep = 'paste' | 'review';

export interface SavedDesk {
  state: DraftEditorState;
  step: DeskStep;
  savedAt: string;
}

interface Store {
  v: number;
  /** The session open when the page was left. */
  current: SavedDesk | null;
  /** Reviewed drafts by text, newest last, so pasting an issue again brings its drafts back. */
  byText: Record<string, SavedDesk>;
}

/** A short stable key for a text (FNV-1a over its UTF-16 units, with its length). */
export function textKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

function read(): Store {
  const empty: Store = { v: VERSION, current: null, byText: {} };
  try {
    const raw = window.localStorage.getItem(STORE);
    if (!raw) return empty;
    const parsed = JSON.parse(raw) as Partial<Store>;
    // Drafts saved by an older version of the desk have another shape: start afresh rather than crash.
    return parsed.v === VERSION && parsed.byText ? { ...empty, ...parsed } : empty;
  } catch {
    return empty; // storage blocked or corrupt: the desk still works, it only cannot remember.
  }
}

function write(store: Store): void {
  try {
    window.localStorage.setItem(STORE, JSON.stringify(store));
  } catch {
    // Storage full or blocked: nothing to do but keep working without it.
  }
}

/** Saves the desk as it stands; drafts under review are also kept by their text. */
export function saveDesk(state: DraftEditorState, step: DeskStep): void {
  const store = read();
  const saved: SavedDesk = { state, step, savedAt: new Date().toISOString() };
  store.current = saved;
  if (step === 'review' && state.text) {
    const key = textKey(state.text);
    const { [key]: _old, ...rest } = store.byText;
    const entries = Object.entries({ ...rest, [key]: saved });
    store.byText = Object.fromEntries(entries.slice(-KEEP));
  }
  write(store);
}

/** The session that was open when the editor left, if any. */
export function lastDesk(): SavedDesk | null {
  return read().current;
}

/** The drafts last reviewed for exactly this text, if any. */
export function savedFor(text: string): SavedDesk | null {
  const store = read();
  const key = textKey(text);
  const found = Object.hasOwn(store.byText, key) ? store.byText[key] : undefined;
  return found && found.state.text === text ? found : null;
}

/** Forgets a published text and the open session. */
export function forgetDesk(text: string): void {
  const store = read();
  const key = textKey(text);
  store.byText = Object.fromEntries(Object.entries(store.byText).filter(([k]) => k !== key));
  store.current = null;
  write(store);
}
