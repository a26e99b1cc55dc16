import { useSyncExternalStore } from 'react';
import { type Draft, emptyDraft, normaliseDraft } from './draft.js';

/** Where the draft lives in the browser. */
export const DRAFT_KEY = 'lsh-cyber-demo:assessment';

/** The outcome of the last save, for the live status line. */
export type SaveStatus = { state: 'idle' } | { state: 'saved'; at: string } | { state: 'failed'; detail: string };

interface Snapshot {
  draft: Draft;
  status: SaveStatus;
}

const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const newId = () => `assessment-${nowIso().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;

function load(): Draft {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    if (raw) {
      const draft = normaliseDraft(JSON.parse(raw));
      if (draft) return draft;
    }
  } catch {
    // Unreadable storage starts a fresh draft; the old entry is overwritten only on the next answer.
  }
  return emptyDraft(nowIso(), newId());
}

let snapshot: Snapshot = { draft: load(), status: { state: 'idle' } };
const listeners = new Set<() => void>();

function emit(next: Snapshot) {
  snapshot = next;
  for (const l of listeners) l();
}

/** Writes the draft to the browser at once, so a closed tab loses nothing. */
function persist(draft: Draft): SaveStatus {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return { state: 'saved', at: new Date().toISOString() };
  } catch (error) {
    return { state: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Changes the draft with `change` (which returns a new draft) and saves it. */
export function updateDraft(change: (draft: Draft) => Draft): void {
  const draft = { ...change(snapshot.draft), updatedAt: nowIso() };
  emit({ draft, status: persist(draft) });
}

/** Replaces the whole draft, e.g. after a valid import. */
export function replaceDraft(draft: Draft): void {
  emit({ draft, status: persist(draft) });
}

/** Deletes the stored draft and starts an empty one. */
export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
  emit({ draft: emptyDraft(nowIso(), newId()), status: { state: 'idle' } });
}

/** The current draft and save status; re-renders on every change. */
export function useDraft(): Snapshot {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}

/** The current draft, outside React. */
export function currentDraft(): Draft {
  return snapshot.draft;
}

/** The time, as stored in documents: ISO 8601 in UTC without milliseconds. */
export const timestamp = nowIso;
