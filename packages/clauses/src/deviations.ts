import type { ClauseLibrary } from '@lsh-cyber/schema';
import { ClauseError, type ClauseIssue } from './errors.js';
import { clauseLibrary } from './library.js';
import type { ClausePack, Deviation } from './types.js';
import { resolvePackValues } from './values.js';

const MAX_TEXT = 2000;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function textProblem(value: unknown, what: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return `must say ${what}`;
  if (value.length > MAX_TEXT) return `must be at most ${MAX_TEXT} characters, not ${value.length}`;
  return null;
}

/**
 * Records a deviation the parties agreed in the pack's register, and returns the new pack (the
 * given one is not changed). The deviation names a clause of the pack, says what was agreed instead
 * and why, and when; a deviation from a must-have clause also names who approved it. Parameter
 * values that change with it are applied to the clause and checked like any value (type, bounds and
 * the consistency rules).
 *
 * @throws {@link ClauseError} naming every problem: unknown clause, missing text, a bad date, a
 * must-have deviation without approval, or values that break a bound or rule.
 */
export function recordDeviation(pack: ClausePack, deviation: Deviation, options: { library?: ClauseLibrary } = {}): ClausePack {
  const library = options.library ?? clauseLibrary;
  const issues: ClauseIssue[] = [];
  const d = (typeof deviation === 'object' && deviation !== null ? deviation : {}) as Partial<Deviation>;
  const inPack = pack.clauses?.find((c) => c.id === d.clause);
  if (!inPack)
    issues.push({
      path: 'deviation.clause',
      message: `must name a clause of the pack (${(pack.clauses ?? []).map((c) => c.id).join(', ')})`,
    });
  for (const [field, what] of [
    ['agreed', 'what the parties agreed instead'],
    ['reason', 'why the buyer accepted it'],
  ] as const) {
    const problem = textProblem(d[field], what);
    if (problem) issues.push({ path: `deviation.${field}`, message: problem });
  }
  if (typeof d.agreedOn !== 'string' || !DATE.test(d.agreedOn))
    issues.push({ path: 'deviation.agreedOn', message: 'must be the date agreed, as YYYY-MM-DD' });
  const clause = library.clauses.find((c) => c.id === d.clause);
  if (clause?.negotiation?.position === 'must-have' && textProblem(d.approvedBy, 'who approved it') !== null)
    issues.push({
      path: 'deviation.approvedBy',
      clause: clause.id,
      message: `clause ${clause.id} is a must-have: a deviation from it must name who approved it for the buyer`,
    });
  if (d.params !== undefined && (typeof d.params !== 'object' || d.params === null))
    issues.push({ path: 'deviation.params', message: 'must map parameter names to values' });
  if (issues.length) throw new ClauseError('deviation', issues);

  const next: ClausePack = {
    ...pack,
    clauses: pack.clauses.map((c) => (c.id === d.clause && d.params ? { ...c, params: { ...c.params, ...d.params } } : c)),
    deviations: [...(pack.deviations ?? []), { ...(deviation as Deviation) }],
  };
  resolvePackValues(next, library);
  return next;
}
