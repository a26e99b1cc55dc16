import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Draft, emptyDraft, isDraftEmpty } from '../../src/state/draft.js';
import { BACKUP_KEY, createDraftStore, DRAFT_KEY, type StorageLike, UNREADABLE_PREFIX } from '../../src/state/store.js';

/** An in-memory Web Storage, with an optional quota in characters to make writes fail. */
class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.map].reduce((n, [k, v]) => (k === key ? n : n + k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new Error('QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

let clock = 0;
const options = () => ({
  now: () => '2026-11-23T10:00:00Z',
  preciseNow: () => `2026-11-23T10:00:00.${String(clock++ % 1000).padStart(3, '0')}Z`,
  newId: () => 'assessment-new',
});

const withAnswers = (id: string, answers: Record<string, string>): Draft => ({
  ...emptyDraft('2026-11-20T09:00:00Z', id),
  organisation: { name: `Lab ${id}`, subsector: 'biotech-rd', sizeClass: 'micro', data: [], certifications: [] },
  answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { value: v }])),
});

const asideKeys = (s: MemoryStorage) => [...s.map.keys()].filter((k) => k.startsWith(UNREADABLE_PREFIX));

describe('a stored draft that cannot be read', () => {
  it.each([
    ['corrupt JSON', '{"id": "a", "answers": {"q1": '],
    ['JSON that is not a draft', '[1, 2, 3]'],
    ['a draft without its id', '{"createdAt": "2026-01-01T00:00:00Z", "answers": {"q1": {"value": "yes"}}}'],
  ])('is kept aside, reported, and not overwritten by the next answer (%s)', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, raw);
    const store = createDraftStore(storage, options());
    const { draft, unreadable } = store.getSnapshot();
    expect(isDraftEmpty(draft)).toBe(true);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]?.raw).toBe(raw);
    expect(unreadable[0]?.notKeptAside).toBeUndefined();
    const [key] = asideKeys(storage);
    expect(unreadable[0]?.key).toBe(key);
    expect(storage.getItem(key ?? '')).toBe(raw);

    store.updateDraft((d) => ({ ...d, answers: { q1: { value: 'yes' } } }));
    expect(storage.getItem(key ?? '')).toBe(raw);
    expect(JSON.parse(storage.getItem(DRAFT_KEY) ?? '').answers).toEqual({ q1: { value: 'yes' } });
  });

  it('is copied only once, and still reported after a reload', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, 'not json');
    createDraftStore(storage, options());
    const again = createDraftStore(storage, options());
    expect(asideKeys(storage)).toHaveLength(1);
    expect(again.getSnapshot().unreadable.map((c) => c.raw)).toEqual(['not json']);
  });

  it('keeps any text exactly, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(DRAFT_KEY, raw);
        const store = createDraftStore(storage, options());
        const { unreadable } = store.getSnapshot();
        if (unreadable.length === 0) return storage.getItem(DRAFT_KEY) === raw; // it was a readable draft
        const [key] = asideKeys(storage);
        return unreadable[0]?.raw === raw && storage.getItem(key ?? '') === raw;
      }),
    );
  });

  it('says so when there is no room to keep it aside, and keeps it in memory for the download', () => {
    const raw = 'x'.repeat(60);
    const storage = new MemoryStorage(DRAFT_KEY.length + raw.length + 10);
    storage.setItem(DRAFT_KEY, raw);
    const store = createDraftStore(storage, options());
    const [copy] = store.getSnapshot().unreadable;
    expect(copy?.notKeptAside).toContain('QuotaExceededError');
    expect(copy?.raw).toBe(raw);
    expect(storage.getItem(DRAFT_KEY)).toBe(raw);
    expect(asideKeys(storage)).toEqual([]);
    // After the next answer replaces it in storage, the page still holds it for the download.
    store.updateDraft((d) => ({ ...d, selfRating: 1 }));
    expect(store.getSnapshot().unreadable.map((c) => c.raw)).toEqual([raw]);
  });

  it('can be deleted on request, and clearing removes it too', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, 'broken');
    const store = createDraftStore(storage, options());
    const key = store.getSnapshot().unreadable[0]?.key ?? '';
    store.removeUnreadable(key);
    expect(storage.getItem(key)).toBeNull();
    expect(store.getSnapshot().unreadable).toEqual([]);

    storage.setItem(DRAFT_KEY, 'broken again');
    const second = createDraftStore(storage, options());
    second.clearDraft();
    expect([...storage.map.keys()]).toEqual([]);
  });

  it('keeps a readable draft as it is, with no notice', () => {
    const storage = new MemoryStorage();
    const draft = withAnswers('a', { q1: 'yes' });
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    const store = createDraftStore(storage, options());
    expect(store.getSnapshot().draft).toEqual(draft);
    expect(store.getSnapshot().unreadable).toEqual([]);
  });

  it('works without storage at all', () => {
    const store = createDraftStore(null, options());
    store.updateDraft((d) => ({ ...d, selfRating: 3 }));
    expect(store.getSnapshot().draft.selfRating).toBe(3);
    expect(store.getSnapshot().status.state).toBe('failed');
  });
});

describe('importing over answers, and undoing it', () => {
  it('keeps the replaced answers and swaps them back and forth without losing either', () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(storage, options());
    const mine = withAnswers('mine', { q1: 'yes', q2: 'no' });
    const theirs = withAnswers('theirs', { q1: 'no' });
    store.importDraft(mine, 'first.json');
    // Nothing was entered before the first import, so there is nothing to undo to.
    expect(store.getSnapshot().backup).toBeNull();

    store.importDraft(theirs, 'second.json');
    expect(store.getSnapshot().draft).toEqual(theirs);
    expect(store.getSnapshot().backup).toEqual({ draft: mine, file: 'second.json', undone: false });
    expect(JSON.parse(storage.getItem(BACKUP_KEY) ?? '').draft).toEqual(mine);

    store.undoImport();
    expect(store.getSnapshot().draft).toEqual(mine);
    expect(JSON.parse(storage.getItem(DRAFT_KEY) ?? '')).toEqual(mine);
    expect(store.getSnapshot().backup).toEqual({ draft: theirs, file: 'second.json', undone: true });

    // The undo survives a reload, and undoing the undo brings the file's answers back.
    const reloaded = createDraftStore(storage, options());
    expect(reloaded.getSnapshot().backup?.undone).toBe(true);
    reloaded.undoImport();
    expect(reloaded.getSnapshot().draft).toEqual(theirs);
  });

  it('forgets the undo copy when the user deletes all answers', () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(storage, options());
    store.updateDraft((d) => ({ ...d, selfRating: 2 }));
    store.importDraft(withAnswers('b', { q1: 'yes' }), 'b.json');
    expect(storage.getItem(BACKUP_KEY)).not.toBeNull();
    store.clearDraft();
    expect(storage.getItem(BACKUP_KEY)).toBeNull();
    expect(store.getSnapshot().backup).toBeNull();
  });
});

describe('isDraftEmpty', () => {
  it('is true only for a draft with nothing entered', () => {
    const empty = emptyDraft('2026-11-23T10:00:00Z', 'a');
    expect(isDraftEmpty(empty)).toBe(true);
    expect(isDraftEmpty({ ...empty, selfRating: 1 })).toBe(false);
    expect(isDraftEmpty({ ...empty, organisation: { ...empty.organisation, name: 'X' } })).toBe(false);
    expect(isDraftEmpty({ ...empty, organisation: { ...empty.organisation, data: ['patient'] } })).toBe(false);
    expect(isDraftEmpty({ ...empty, answers: { q: { value: 'unknown' } } })).toBe(false);
  });
});

describe('another tab saving the same draft', () => {
  /** Two tabs on one storage; a save in one reaches the other as a `storage` event, as in a browser. */
  function twoTabs() {
    const storage = new MemoryStorage();
    const a = createDraftStore(storage, options());
    const b = createDraftStore(storage, options());
    const send = (to: typeof a, key: string | null) => to.handleStorageEvent({ key, newValue: key === null ? null : storage.getItem(key) });
    return { storage, a, b, send };
  }

  it('loads the newer answers, so the next save here does not overwrite them', () => {
    const { storage, a, b, send } = twoTabs();
    a.updateDraft((d) => ({ ...d, answers: { q1: { value: 'yes' } } }));
    send(b, DRAFT_KEY);
    expect(b.getSnapshot().draft.answers).toEqual({ q1: { value: 'yes' } });
    expect(b.getSnapshot().status).toMatchObject({ state: 'synced', cleared: false });

    b.updateDraft((d) => ({ ...d, answers: { ...d.answers, q2: { value: 'no' } } }));
    expect(JSON.parse(storage.getItem(DRAFT_KEY) ?? '').answers).toEqual({ q1: { value: 'yes' }, q2: { value: 'no' } });
    send(a, DRAFT_KEY);
    expect(a.getSnapshot().draft.answers).toEqual({ q1: { value: 'yes' }, q2: { value: 'no' } });
  });

  it('notifies subscribers, and ignores an event that changes nothing', () => {
    const { a, b, send } = twoTabs();
    let calls = 0;
    b.subscribe(() => calls++);
    a.updateDraft((d) => ({ ...d, selfRating: 4 }));
    send(b, DRAFT_KEY);
    expect(calls).toBe(1);
    send(b, DRAFT_KEY);
    expect(calls).toBe(1);
    b.handleStorageEvent({ key: 'some-other-app', newValue: 'x' });
    expect(calls).toBe(1);
  });

  it('follows a deletion in the other tab', () => {
    const { a, b, send } = twoTabs();
    a.updateDraft((d) => ({ ...d, selfRating: 4 }));
    send(b, DRAFT_KEY);
    a.clearDraft();
    send(b, DRAFT_KEY);
    expect(isDraftEmpty(b.getSnapshot().draft)).toBe(true);
    expect(b.getSnapshot().status).toMatchObject({ state: 'synced', cleared: true });
  });

  it('keeps its own answers when the other tab stores something unreadable, and keeps that aside', () => {
    const { storage, a } = twoTabs();
    a.updateDraft((d) => ({ ...d, selfRating: 5 }));
    storage.setItem(DRAFT_KEY, '{broken');
    a.handleStorageEvent({ key: DRAFT_KEY, newValue: '{broken' });
    expect(a.getSnapshot().draft.selfRating).toBe(5);
    expect(a.getSnapshot().unreadable.map((c) => c.raw)).toEqual(['{broken']);
    expect(asideKeys(storage).map((k) => storage.getItem(k))).toEqual(['{broken']);
  });

  it('sees the undo copy made in the other tab', () => {
    const { a, b, send } = twoTabs();
    a.updateDraft((d) => ({ ...d, selfRating: 2 }));
    a.importDraft(withAnswers('f', { q1: 'yes' }), 'f.json');
    send(b, BACKUP_KEY);
    send(b, DRAFT_KEY);
    expect(b.getSnapshot().backup?.file).toBe('f.json');
    expect(b.getSnapshot().draft.id).toBe('f');
  });

  it('ends in the state of the last save, whatever order the tabs save in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 20 }), (saves) => {
        const { storage, a, b, send } = twoTabs();
        for (const [inA, rating] of saves) {
          const [from, to] = inA ? [a, b] : [b, a];
          from.updateDraft((d) => ({ ...d, answers: { ...d.answers, [`q${rating}`]: { value: 'yes' } }, selfRating: rating }));
          send(to, DRAFT_KEY);
        }
        const stored = JSON.parse(storage.getItem(DRAFT_KEY) ?? '');
        const expected = new Set(saves.map(([, r]) => `q${r}`));
        return (
          a.getSnapshot().draft.selfRating === saves.at(-1)?.[1] &&
          JSON.stringify(b.getSnapshot().draft) === JSON.stringify(a.getSnapshot().draft) &&
          Object.keys(stored.answers).length === expected.size
        );
      }),
    );
  });
});
