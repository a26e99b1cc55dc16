import { type ClauseLibrary, parseClauseLibrary } from '@lsh-cyber/schema';
import content from '../content/clauses.json' with { type: 'json' };

/**
 * The lsh-cyber clause library: bilingual supplier-security clauses with typed parameters, their
 * basis in law and standards, and what triggers them. Validated on load, so a broken content file
 * fails loudly rather than producing a wrong contract.
 */
export const clauseLibrary: ClauseLibrary = parseClauseLibrary(content, { file: 'content/clauses.json' });
