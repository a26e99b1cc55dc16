import { type ClauseLibrary, parseClauseLibrary } from '@lsh-cyber/schema';
import { checkLibraryDefaults } from './check.js';
import { ClauseError } from './errors.js';

/**
 * A region's library laid over a base library, without forking code: a clause with the id of a base
 * clause replaces it in place, new clauses follow the base ones, and ids in the override's `remove`
 * list are dropped. The result takes the override's id, version and (if given) title, and is checked
 * like any library.
 *
 * @throws LshValidationError when either library or the result is not a valid clause library.
 * @throws {@link ClauseError} when `remove` names a clause the base lacks, or the merged tier defaults break a rule.
 */
export function mergeLibraries(base: ClauseLibrary, override: ClauseLibrary): ClauseLibrary {
  const b = parseClauseLibrary(base, { file: 'base library' });
  const o = parseClauseLibrary(override, { file: 'override library' });
  const baseIds = new Set(b.clauses.map((c) => c.id));
  const unknown = (o.remove ?? []).flatMap((id, i) =>
    baseIds.has(id) ? [] : [{ path: `remove.${i}`, clause: id, message: `the base library has no clause ${id} to remove` }],
  );
  if (unknown.length) throw new ClauseError('library override', unknown);

  const removed = new Set(o.remove ?? []);
  const replacements = new Map(o.clauses.map((c) => [c.id, c]));
  const clauses = [
    ...b.clauses.filter((c) => !removed.has(c.id)).map((c) => replacements.get(c.id) ?? c),
    ...o.clauses.filter((c) => !baseIds.has(c.id)),
  ];
  const merged = parseClauseLibrary(
    { schemaVersion: 1, id: o.id, version: o.version, ...((o.title ?? b.title) ? { title: o.title ?? b.title } : {}), clauses },
    { file: 'merged library' },
  );
  const issues = checkLibraryDefaults(merged);
  if (issues.length) throw new ClauseError('merged library', issues);
  return merged;
}
