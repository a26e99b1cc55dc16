import {
  DATA_KINDS,
  type DataKind,
  DEPENDENCY_KINDS,
  type DependencyKind,
  LshValidationError,
  type Tier,
  type ValidationIssue,
} from '@lsh-cyber/schema';
import type { DependencyInput, Localized, PackRole, SelectInput } from './types.js';

/** Criticality from which a role calls for the strict tier (a vital supplier). */
export const STRICT_FROM = 0.9;
/** Criticality from which a role calls for the enhanced tier. */
export const ENHANCED_FROM = 0.5;

/**
 * The tier a role calls for: strict from criticality 0.9 (vital), enhanced from 0.5, else baseline.
 * Sharing patient data raises the tier to at least enhanced, because health data is a special
 * category under GDPR Art. 9 whatever the dependency's weight.
 */
export function tierFor(criticality: number, data: readonly DataKind[]): { tier: Tier; reason: Localized } {
  const pct = `${Math.round(criticality * 100)}%`;
  if (criticality >= STRICT_FROM)
    return { tier: 'strict', reason: { nl: `vitale leverancier (kritikaliteit ${pct})`, en: `vital supplier (criticality ${pct})` } };
  if (criticality >= ENHANCED_FROM)
    return {
      tier: 'enhanced',
      reason: { nl: `belangrijke leverancier (kritikaliteit ${pct})`, en: `important supplier (criticality ${pct})` },
    };
  if (data.includes('patient'))
    return {
      tier: 'enhanced',
      reason: { nl: `patiëntgegevens gedeeld (kritikaliteit ${pct})`, en: `patient data shared (criticality ${pct})` },
    };
  return { tier: 'baseline', reason: { nl: `kritikaliteit ${pct}`, en: `criticality ${pct}` } };
}

const kinds = new Set<string>(DEPENDENCY_KINDS);
const dataKinds = new Set<string>(DATA_KINDS);

function checkParty(party: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof party !== 'object' || party === null) {
    issues.push({ path, message: 'must be an organisation with at least an id and a name' });
    return;
  }
  const p = party as { id?: unknown; name?: unknown };
  if (typeof p.id !== 'string' || p.id === '') issues.push({ path: `${path}.id`, message: 'must be a non-empty id' });
  if (typeof p.name !== 'string' || p.name === '') issues.push({ path: `${path}.name`, message: 'must be a non-empty name' });
}

function checkDependency(d: DependencyInput, path: string, issues: ValidationIssue[]): void {
  if (typeof d !== 'object' || d === null) {
    issues.push({ path, message: 'must be a dependency { kind?, criticality?, data? }' });
    return;
  }
  const ks = d.kind === undefined ? [] : Array.isArray(d.kind) ? d.kind : [d.kind];
  ks.forEach((k, i) => {
    if (!kinds.has(k as string))
      issues.push({
        path: `${path}.kind${Array.isArray(d.kind) ? `.${i}` : ''}`,
        message: `must be one of: ${DEPENDENCY_KINDS.join(', ')}`,
      });
  });
  if (Array.isArray(d.kind) && d.kind.length === 0) issues.push({ path: `${path}.kind`, message: 'must list at least one kind' });
  if (d.criticality !== undefined && (typeof d.criticality !== 'number' || !(d.criticality >= 0 && d.criticality <= 1)))
    issues.push({ path: `${path}.criticality`, message: 'must be a number from 0 to 1' });
  if (d.data !== undefined && !Array.isArray(d.data)) issues.push({ path: `${path}.data`, message: 'must be a list of data kinds' });
  else
    d.data?.forEach((k, i) => {
      if (!dataKinds.has(k)) issues.push({ path: `${path}.data.${i}`, message: `must be one of: ${DATA_KINDS.join(', ')}` });
    });
}

/**
 * Checks the selection input (parties, dependencies, the report's lists) and splits the dependency into roles: one per dependency kind, each
 * with its criticality (default 1, as in a chain), data and tier. Throws `LshValidationError` on bad input.
 */
export function rolesOf(input: SelectInput): PackRole[] {
  const issues: ValidationIssue[] = [];
  checkParty(input.supplier, 'supplier', issues);
  checkParty(input.buyer, 'buyer', issues);
  const deps: readonly DependencyInput[] = Array.isArray(input.dependency) ? input.dependency : [input.dependency as DependencyInput];
  if (deps.length === 0) issues.push({ path: 'dependency', message: 'must name at least one dependency' });
  deps.forEach((d, i) => {
    checkDependency(d, Array.isArray(input.dependency) ? `dependency.${i}` : 'dependency', issues);
  });
  if (input.report !== undefined) {
    const r = input.report as { domains?: unknown; criticalGaps?: unknown } | null;
    if (!Array.isArray(r?.domains)) issues.push({ path: 'report.domains', message: 'must be the list of domain scores of a score report' });
    if (!Array.isArray(r?.criticalGaps))
      issues.push({ path: 'report.criticalGaps', message: 'must be the list of critical gaps of a score report' });
  }
  if (issues.length) throw new LshValidationError('clause selection input', issues);

  const seen = new Map<string, number>();
  const roles: PackRole[] = [];
  for (const d of deps) {
    const criticality = d.criticality ?? 1;
    const data = [...new Set(d.data ?? [])];
    const ks: readonly DependencyKind[] = d.kind === undefined ? ['other'] : Array.isArray(d.kind) ? d.kind : [d.kind as DependencyKind];
    for (const kind of new Set(ks)) {
      const n = (seen.get(kind) ?? 0) + 1;
      seen.set(kind, n);
      const { tier, reason } = tierFor(criticality, data);
      roles.push({ id: n === 1 ? kind : `${kind}#${n}`, kind, criticality, data, tier, tierReason: reason });
    }
  }
  return roles;
}
