import { type ChainModel, type DataKind, type Dependency, type DependencyKind, safeParseChainModel } from '@lsh-cyber/schema';
import { useSyncExternalStore } from 'react';

/** Where her chain lives in the browser, beside her answers. */
export const MY_CHAIN_KEY = 'lsh-cyber-demo:my-chain';
/** Prefix of copies of a stored chain that could not be read; the ISO time follows. */
export const MY_CHAIN_UNREADABLE_PREFIX = `${MY_CHAIN_KEY}:unreadable:`;
/** The id of her own organisation in a chain she builds here. */
export const ME = 'me';

/** Her chain: a chain model, and which organisation in it is hers. */
export interface MyChain {
  model: ChainModel;
  /** The id of her organisation in `model`: {@link ME}, or the one she chose in an imported chain. */
  me: string;
}

/** A supplier as she enters it. */
export interface SupplierEntry {
  name: string;
  kind: DependencyKind;
  data: DataKind[];
  criticality: number;
  /** The id of a supplier this one can stand in for, if any. */
  alternativeTo?: string;
  /** Their own score, when she knows it. */
  score?: number;
}

/** An empty chain: only her own organisation. */
export function emptyChain(name: string): MyChain {
  return {
    me: ME,
    model: {
      schemaVersion: 1,
      id: 'my-chain',
      name: 'Mijn keten',
      organisations: [{ id: ME, name: name || 'Mijn organisatie', role: 'organisation' }],
      dependencies: [],
    },
  };
}

/** A new supplier id, made from the name, not yet used in the chain. */
function newId(model: ChainModel, name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'supplier';
  const used = new Set(model.organisations.map((o) => o.id));
  let id = `supplier-${slug}`;
  for (let n = 2; used.has(id); n++) id = `supplier-${slug}-${n}`;
  return id;
}

/**
 * Adds a supplier of hers: an organisation (role: what it provides) and her dependency on it.
 * An alternative shares a `group` with the supplier it stands in for: one of them suffices.
 */
export function addSupplier(chain: MyChain, entry: SupplierEntry): MyChain {
  const { model, me } = chain;
  const id = newId(model, entry.name);
  let dependencies = model.dependencies;
  let group: string | undefined;
  if (entry.alternativeTo) {
    const other = dependencies.find((d) => d.from === me && d.to === entry.alternativeTo);
    if (other) {
      group = other.group ?? `alternatives-${entry.alternativeTo}`;
      if (!other.group) dependencies = dependencies.map((d) => (d === other ? { ...d, group } : d));
    }
  }
  const dependency: Dependency = { from: me, to: id, kind: entry.kind, criticality: entry.criticality };
  if (entry.data.length > 0) dependency.data = [...entry.data];
  if (group) dependency.group = group;
  const organisation = { id, name: entry.name.trim(), role: entry.kind, ...(entry.score !== undefined ? { score: entry.score } : {}) };
  return { me, model: { ...model, organisations: [...model.organisations, organisation], dependencies: [...dependencies, dependency] } };
}

/** Removes a supplier and every dependency on or of it; a group left with one member is dissolved. */
export function removeSupplier(chain: MyChain, id: string): MyChain {
  const { model, me } = chain;
  const dependencies = model.dependencies.filter((d) => d.from !== id && d.to !== id);
  const sizes = new Map<string, number>();
  for (const d of dependencies) if (d.group) sizes.set(`${d.from}/${d.group}`, (sizes.get(`${d.from}/${d.group}`) ?? 0) + 1);
  const cleaned = dependencies.map((d) => {
    if (!d.group || (sizes.get(`${d.from}/${d.group}`) ?? 0) > 1) return d;
    const { group: _, ...rest } = d;
    return rest;
  });
  return { me, model: { ...model, organisations: model.organisations.filter((o) => o.id !== id), dependencies: cleaned } };
}

/** Her organisation with the name and, once she has a result, the own score of her basisscan. */
export function withMe(chain: MyChain, name: string, score: number | undefined): MyChain {
  const organisations = chain.model.organisations.map((o) => {
    if (o.id !== chain.me) return o;
    return { ...o, name: name || o.name, ...(score !== undefined ? { score } : {}) };
  });
  return { ...chain, model: { ...chain.model, organisations } };
}

function read(storage: Storage | null): MyChain | null {
  const raw = storage?.getItem(MY_CHAIN_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { model?: unknown; me?: unknown };
    const parsed = safeParseChainModel(value.model);
    if (parsed.success && typeof value.me === 'string' && parsed.data.organisations.some((o) => o.id === value.me)) {
      return { model: parsed.data, me: value.me };
    }
  } catch {
    // Kept aside below.
  }
  // Never dropped: copied aside before anything can overwrite it.
  storage?.setItem(`${MY_CHAIN_UNREADABLE_PREFIX}${new Date().toISOString()}`, raw);
  storage?.removeItem(MY_CHAIN_KEY);
  return null;
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let current: MyChain | null | undefined;
const listeners = new Set<() => void>();
const snapshot = (): MyChain | null => {
  if (current === undefined) {
    try {
      current = read(browserStorage());
    } catch {
      current = null;
    }
  }
  return current;
};

/** Replaces her chain and saves it at once; returns why saving failed, or null. */
export function saveMyChain(chain: MyChain): string | null {
  current = chain;
  for (const l of listeners) l();
  try {
    browserStorage()?.setItem(MY_CHAIN_KEY, JSON.stringify(chain));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== MY_CHAIN_KEY && event.key !== null) return;
    current = undefined;
    for (const l of listeners) l();
  });
}

/** Her stored chain, or null before she adds anything; re-renders on every change. */
export function useMyChain(): MyChain | null {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, snapshot);
}
