type Path = (string | number)[];

/** Every path in a JSON value, the value itself first. */
export function jsonPaths(value: unknown): Path[] {
  const paths: Path[] = [];
  const walk = (v: unknown, path: Path): void => {
    paths.push(path);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  walk(value, []);
  return paths;
}

/**
 * Returns a copy of `doc` with the value at the `pick`-th path (modulo the number of paths)
 * replaced by `change(old)`; `undefined` removes it.
 */
export function replaceAt(doc: unknown, pick: number, change: (old: unknown) => unknown): unknown {
  const paths = jsonPaths(doc);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return change(doc);
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const next = change(at[last]);
  if (next !== undefined) at[last] = next;
  else if (Array.isArray(at)) at.splice(Number(last), 1);
  else delete at[last];
  return copy;
}
