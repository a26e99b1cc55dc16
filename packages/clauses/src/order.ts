import type { ClauseLibrary } from '@lsh-cyber/schema';

/**
 * Contract order by topic: first the definitions and which text prevails, then what the supplier is and how it handles data, then how it builds and
 * maintains, how it reacts and recovers, who else is involved and how the buyer checks, and last money,
 * liability, remedies and the end of the contract, then governing law and language, and last the
 * annexes (the processing annex). Topics not listed follow, in library order.
 */
export const TOPIC_ORDER: readonly string[] = Object.freeze([
  'definitions',
  'precedence',
  'security-baseline',
  'processor-terms',
  'confidentiality-research-ip',
  'data-location',
  'encryption',
  'mfa-privileged-access',
  'awareness',
  'secure-development',
  'vulnerability-patching',
  'sbom',
  'end-of-support',
  'remote-access',
  'log-retention',
  'incident-notification',
  'backup-restore',
  'business-continuity',
  'subcontractors',
  'audit-rights',
  'cyber-insurance',
  'liability',
  'remedies',
  'exit',
  'termination',
  'governing-law',
  'processing-annex',
]);

/** A sort key per clause id: topic position, then the clause's position in the library. */
export function contractOrder(library: ClauseLibrary): (id: string) => number {
  const topicRank = new Map<string, number>(TOPIC_ORDER.map((t, i) => [t, i]));
  let next = TOPIC_ORDER.length;
  for (const c of library.clauses) if (!topicRank.has(c.topic)) topicRank.set(c.topic, next++);
  const size = library.clauses.length + 1;
  const key = new Map(library.clauses.map((c, i) => [c.id, topicRank.get(c.topic)! * size + i]));
  return (id) => key.get(id) ?? Number.MAX_SAFE_INTEGER;
}
