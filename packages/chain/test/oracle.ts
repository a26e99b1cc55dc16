import type { ChainModel } from '@lsh-cyber/schema';

/** The bound of the normative rules, written independently of the engine. */
export function oracleBound(c: number, e: number): number {
  return Math.max(e, 100 - c * (100 - e));
}

interface Member {
  to: number;
  c: number;
}

/** Each organisation's groups of alternatives, as lists of members. */
export function groupsOf(model: ChainModel): { index: Map<string, number>; groups: Member[][][] } {
  const index = new Map(model.organisations.map((o, i) => [o.id, i]));
  const groups: Member[][][] = model.organisations.map(() => []);
  const named = model.organisations.map(() => new Map<string, Member[]>());
  for (const d of model.dependencies) {
    const u = index.get(d.from)!;
    const member = { to: index.get(d.to)!, c: d.criticality ?? 1 };
    if (d.group === undefined) groups[u]!.push([member]);
    else {
      let g = named[u]!.get(d.group);
      if (!g) {
        g = [];
        named[u]!.set(d.group, g);
        groups[u]!.push(g);
      }
      g.push(member);
    }
  }
  return { index, groups };
}

/**
 * The plain fixpoint iteration that defines the semantics: start at e = s and lower every score to
 * min(s, min over groups of max over members of the bound) until nothing changes.
 */
export function oracleEffective(model: ChainModel, unknownScore = 50, override?: Map<number, number>): Float64Array {
  const { groups } = groupsOf(model);
  const s = model.organisations.map((o, i) => override?.get(i) ?? o.score ?? unknownScore);
  const e = Float64Array.from(s);
  for (let changed = true; changed; ) {
    changed = false;
    for (let u = 0; u < e.length; u++) {
      let value = s[u]!;
      for (const g of groups[u]!) {
        let best = Number.NEGATIVE_INFINITY;
        for (const m of g) best = Math.max(best, oracleBound(m.c, e[m.to]!));
        value = Math.min(value, best);
      }
      if (value !== e[u]) {
        e[u] = value;
        changed = true;
      }
    }
  }
  return e;
}
