import { useSyncExternalStore } from 'react';
import { type Draft, emptyDraft, isDraftEmpty, normaliseDraft } from './draft.js';

/** Where the draft lives in the browser. */
export const DRAFT_KEY = 'lsh-cyber-demo:assessment';
/** Where the answers from before the last import are kept, so the import can be undone. */
export const BACKUP_KEY = `${DRAFT_KEY}:before-import`;
/** The prefix of copies of stored answers that could not be read; the ISO time follows it. */
export const UNREADABLE_PREFIX = `${DRAFT_KEY}:unreadable:`;

/** The outcome of the last save, for the live status line. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saved'; at: string }
  | { state: 'failed'; detail: string }
  /** Another tab or window saved newer answers (or deleted them) and this page now shows them. */
  | { state: 'synced'; at: string; cleared: boolean };

/** Stored text that could not be read as answers. It is never deleted without the user asking. */
export interface UnreadableCopy {
  /** The storage key the text is kept under, or {@link DRAFT_KEY} when copying it aside failed. */
  key: string;
  /** When it was found, ISO 8601. */
  at: string;
  raw: string;
  /**
   * Why it could not be kept aside, when it could not: the next save replaces it in storage, so
   * from then on the text lives only in this page's memory, still offered for download.
   */
  notKeptAside?: string;
}

/** The answers an import replaced, for a one-step undo (which swaps the two sets back). */
export interface ImportBackup {
  draft: Draft;
  /** The name of the imported file. */
  file: string;
  /** True after an undo: the backup then holds the imported answers, so the undo can be undone. */
  undone: boolean;
}

/** Everything the interface reads from the store. */
export interface Snapshot {
  draft: Draft;
  status: SaveStatus;
  unreadable: readonly UnreadableCopy[];
  backup: ImportBackup | null;
}

/** The part of the Web Storage API the store uses, so tests can pass an in-memory one. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The fields of a `StorageEvent` the store looks at. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}

/** A draft store: the snapshot, its subscribers and every change the app makes to stored answers. */
export interface DraftStore {
  getSnapshot(): Snapshot;
  subscribe(listener: () => void): () => void;
  updateDraft(change: (draft: Draft) => Draft): void;
  importDraft(draft: Draft, file: string): void;
  undoImport(): void;
  clearDraft(): void;
  removeUnreadable(key: string): void;
  /** Call with every `storage` event of `localStorage`: another tab changed the stored answers. */
  handleStorageEvent(change: StorageChange): void;
}

/** Clock and id source of a store; arguments so tests stay deterministic. */
export interface StoreOptions {
  /** The time as stored in documents (no milliseconds). */
  now?: () => string;
  /** The time with milliseconds, used in keys so two copies in one second do not collide. */
  preciseNow?: () => string;
  newId?: () => string;
}

const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const preciseIso = () => new Date().toISOString();
const randomId = () => `assessment-${nowIso().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Makes a store on `storage` (null when the browser blocks storage: the app then works in memory).
 * Nothing stored is ever dropped silently: text that cannot be read is copied aside first.
 */
export function createDraftStore(storage: StorageLike | null, options: StoreOptions = {}): DraftStore {
  const now = options.now ?? nowIso;
  const preciseNow = options.preciseNow ?? preciseIso;
  const newId = options.newId ?? randomId;
  const listeners = new Set<() => void>();
  const fresh = () => emptyDraft(now(), newId());

  const get = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const set = (key: string, value: string): string | null => {
    if (!storage) return 'storage is not available';
    try {
      storage.setItem(key, value);
      return null;
    } catch (error) {
      return message(error);
    }
  };
  const remove = (key: string) => {
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  };

  const parse = (raw: string): Draft | null => {
    try {
      return normaliseDraft(JSON.parse(raw));
    } catch {
      return null;
    }
  };

  /** Copies unreadable text to a key of its own before `from` may be overwritten. */
  const keepAside = (raw: string, from: string): UnreadableCopy => {
    const at = preciseNow();
    let key = `${UNREADABLE_PREFIX}${at}`;
    for (let n = 2; get(key) !== null; n++) key = `${UNREADABLE_PREFIX}${at}-${n}`;
    const failed = set(key, raw);
    if (failed === null && get(key) === raw) {
      // The copy is safe, so the original can go: otherwise every reload would copy it again.
      remove(from);
      return { key, at, raw };
    }
    remove(key);
    return { key: from, at, raw, notKeptAside: failed ?? 'the copy could not be read back' };
  };

  const listUnreadable = (): UnreadableCopy[] => {
    const keys: string[] = [];
    try {
      if (storage) for (let i = 0; i < storage.length; i++) keys.push(storage.key(i) ?? '');
    } catch {
      return [];
    }
    return keys
      .filter((k) => k.startsWith(UNREADABLE_PREFIX))
      .sort()
      .map((key) => ({ key, at: key.slice(UNREADABLE_PREFIX.length), raw: get(key) ?? '' }));
  };

  const readBackup = (found: UnreadableCopy[]): ImportBackup | null => {
    const raw = get(BACKUP_KEY);
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as { draft?: unknown; file?: unknown; undone?: unknown };
      const draft = normaliseDraft(value?.draft);
      if (draft && typeof value.file === 'string') return { draft, file: value.file, undone: value.undone === true };
    } catch {
      // Falls through to keeping it aside.
    }
    found.push(keepAside(raw, BACKUP_KEY));
    return null;
  };

  /** Reads everything from storage; unreadable text is kept aside and reported, never dropped. */
  const load = (): Snapshot => {
    const found: UnreadableCopy[] = [];
    const raw = get(DRAFT_KEY);
    let draft: Draft | null = null;
    if (raw) {
      draft = parse(raw);
      if (!draft) found.push(keepAside(raw, DRAFT_KEY));
    }
    const backup = readBackup(found);
    const stillInPlace = found.filter((c) => c.notKeptAside);
    return { draft: draft ?? fresh(), status: { state: 'idle' }, unreadable: [...listUnreadable(), ...stillInPlace], backup };
  };

  let snapshot = load();

  const emit = (next: Snapshot) => {
    snapshot = next;
    for (const l of listeners) l();
  };

  /** Writes the draft at once, so a closed tab loses nothing. */
  const persist = (draft: Draft): SaveStatus => {
    const failed = set(DRAFT_KEY, JSON.stringify(draft));
    return failed === null ? { state: 'saved', at: new Date().toISOString() } : { state: 'failed', detail: failed };
  };
  const persistBackup = (backup: ImportBackup | null) => {
    if (backup) set(BACKUP_KEY, JSON.stringify(backup));
    else remove(BACKUP_KEY);
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    updateDraft(change) {
      const draft = { ...change(snapshot.draft), updatedAt: now() };
      const status = persist(draft);
      emit({ ...snapshot, draft, status });
    },
    importDraft(draft, file) {
      // Only answers worth going back to are kept; an empty draft has nothing to undo to.
      const backup = isDraftEmpty(snapshot.draft) ? null : { draft: snapshot.draft, file, undone: false };
      persistBackup(backup);
      const status = persist(draft);
      emit({ ...snapshot, draft, status, backup });
    },
    undoImport() {
      const { backup } = snapshot;
      if (!backup) return;
      const next: ImportBackup = { draft: snapshot.draft, file: backup.file, undone: !backup.undone };
      persistBackup(next);
      const status = persist(backup.draft);
      emit({ ...snapshot, draft: backup.draft, status, backup: next });
    },
    clearDraft() {
      // The user confirmed deleting every answer in this browser: the undo copy and kept-aside text go too.
      remove(DRAFT_KEY);
      remove(BACKUP_KEY);
      for (const c of listUnreadable()) remove(c.key);
      emit({ draft: fresh(), status: { state: 'idle' }, unreadable: [], backup: null });
    },
    removeUnreadable(key) {
      if (key !== DRAFT_KEY) remove(key);
      emit({ ...snapshot, unreadable: snapshot.unreadable.filter((c) => c.key !== key) });
    },
    handleStorageEvent({ key, newValue }) {
      if (key === null) {
        // Another tab cleared all storage of this site.
        emit({ ...load(), status: { state: 'synced', at: new Date().toISOString(), cleared: true } });
        return;
      }
      if (key === DRAFT_KEY) {
        if (newValue === null) {
          emit({ ...snapshot, draft: fresh(), status: { state: 'synced', at: new Date().toISOString(), cleared: true } });
          return;
        }
        if (newValue === JSON.stringify(snapshot.draft)) return;
        const draft = parse(newValue);
        if (draft) {
          // Every change here was saved the moment it was made, so the other tab's newer save loses nothing of ours.
          emit({ ...snapshot, draft, status: { state: 'synced', at: new Date().toISOString(), cleared: false } });
        } else {
          // This tab keeps its answers; the other tab's unreadable text is kept aside before anything overwrites it.
          const copy = keepAside(newValue, DRAFT_KEY);
          emit({ ...snapshot, unreadable: copy.notKeptAside ? [...snapshot.unreadable, copy] : listUnreadable() });
        }
        return;
      }
      if (key === BACKUP_KEY) {
        const found: UnreadableCopy[] = [];
        const backup = readBackup(found);
        emit({ ...snapshot, backup, unreadable: [...listUnreadable(), ...found.filter((c) => c.notKeptAside)] });
        return;
      }
      if (key.startsWith(UNREADABLE_PREFIX)) {
        emit({ ...snapshot, unreadable: [...listUnreadable(), ...snapshot.unreadable.filter((c) => c.notKeptAside)] });
      }
    },
  };
}

function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const store = createDraftStore(browserStorage());

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.storageArea === null || event.storageArea === browserStorage()) store.handleStorageEvent(event);
  });
}

/** Changes the draft with `change` (which returns a new draft) and saves it. */
export const updateDraft = (change: (draft: Draft) => Draft): void => store.updateDraft(change);

/** Replaces the whole draft with imported answers, keeping the current ones for {@link undoImport}. */
export const importDraft = (draft: Draft, file: string): void => store.importDraft(draft, file);

/** Swaps the imported answers and those they replaced. */
export const undoImport = (): void => store.undoImport();

/** Deletes the stored draft, its undo copy and kept-aside text, and starts an empty one. */
export const clearDraft = (): void => store.clearDraft();

/** Deletes one kept-aside copy of unreadable answers, after the user asked to. */
export const removeUnreadable = (key: string): void => store.removeUnreadable(key);

/** The current draft and save status; re-renders on every change. */
export function useDraft(): Snapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The current draft, outside React. */
export function currentDraft(): Draft {
  return store.getSnapshot().draft;
}

/** The time, as stored in documents: ISO 8601 in UTC without milliseconds. */
export const timestamp = nowIso;
