import { type ClauseLibrary, TIERS } from '@lsh-cyber/schema';
import type { ClauseIssue } from './errors.js';
import { tierDefault } from './params.js';
import { checkConsistency, RULES, type RuleContext } from './rules.js';
import type { ClauseValues } from './types.js';

/** Every clause's parameters at the defaults of one tier. */
export function tierDefaults(library: ClauseLibrary, tier: (typeof TIERS)[number]): ClauseValues {
  return Object.fromEntries(library.clauses.map((c) => [c.id, Object.fromEntries(c.params.map((p) => [p.name, tierDefault(p, tier)]))]));
}

/**
 * Checks that each tier's defaults meet the consistency rules (for a buyer without a legal
 * deadline unless `context` gives one), leaving out the rules that turn on which clauses a pack holds. Issue paths start with the tier: `strict.vulnerability-patching.criticalPatchDays`.
 */
export function checkLibraryDefaults(library: ClauseLibrary, context: RuleContext = {}): ClauseIssue[] {
  return TIERS.flatMap((tier) =>
    checkConsistency(
      tierDefaults(library, tier),
      context,
      RULES.filter((r) => !r.dependsOnPresence),
    ).map((i) => ({
      ...i,
      path: `${tier}.${i.path}`,
      message: `${tier} tier: ${i.message}`,
    })),
  );
}
