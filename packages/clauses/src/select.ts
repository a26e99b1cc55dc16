import { type Clause, type ClauseLibrary, type ClauseParam, paramValueProblem, type Tier } from '@lsh-cyber/schema';
import { ClauseError, type ClauseIssue } from './errors.js';
import { clauseLibrary } from './library.js';
import { contractOrder } from './order.js';
import { maxTier, stricterValue, TIER_ORDER, tierDefault } from './params.js';
import { formatValue, roleLabel } from './render/text.js';
import { rolesOf } from './roles.js';
import { buyerDeadlineHours, buyerDuties, checkConsistency, RULES, type RuleContext } from './rules.js';
import { firedTriggers } from './triggers.js';
import type { ClausePack, ClauseReason, PackClause, PackRole, ParamValue, SelectInput } from './types.js';

interface Candidate {
  role: PackRole;
  reasons: ClauseReason[];
  params: Record<string, ParamValue>;
}

function appliesTo(clause: Clause, role: PackRole): boolean {
  return clause.appliesTo.includes('any') || clause.appliesTo.includes(role.kind);
}

function resolveParams(clause: Clause, tier: Tier): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const p of clause.params) params[p.name] = tierDefault(p, tier);
  return params;
}

const reasonKey = (r: ClauseReason): string => JSON.stringify({ ...r, role: undefined });

/**
 * One clause from the candidates of several roles: every parameter at its strictest value over
 * the roles, reasons without repeats, and a `merged` reason that says which role set which value.
 */
function mergeCandidates(clause: Clause, candidates: Candidate[], labelRoles: boolean): PackClause {
  const reasons: ClauseReason[] = [];
  const byKey = new Map<string, ClauseReason>();
  for (const c of candidates) {
    for (const r of c.reasons) {
      const key = reasonKey(r);
      const kept = byKey.get(key);
      if (kept) delete kept.role;
      else {
        const reason = labelRoles ? { ...r, role: c.role.id } : r;
        byKey.set(key, reason);
        reasons.push(reason);
      }
    }
  }
  const first = candidates[0]!;
  const params: Record<string, ParamValue> = { ...first.params };
  const from: Record<string, string> = Object.fromEntries(clause.params.map((p) => [p.name, first.role.id]));
  for (const c of candidates.slice(1)) {
    for (const p of clause.params) {
      const stricter = stricterValue(p, params[p.name]!, c.params[p.name]!);
      if (stricter !== params[p.name]) {
        params[p.name] = stricter;
        from[p.name] = c.role.id;
      }
    }
  }
  if (candidates.length > 1) {
    const roles = candidates.map((c) => c.role.id);
    const differing = clause.params.filter((p) => candidates.some((c) => c.params[p.name] !== params[p.name]));
    const detail = differing.map((p) => ({ param: p.name, value: params[p.name]!, from: from[p.name]! }));
    const label = (p: string) => clause.params.find((x) => x.name === p)!.label;
    const names = (locale: 'nl' | 'en') => roles.map((r) => roleLabel(r, locale)).join(', ');
    const what = detail.length
      ? {
          nl: ` De strengste waarden gelden: ${detail.map((d) => `${label(d.param).nl} ${formatValue(clause.params.find((x) => x.name === d.param)!, d.value, 'nl')} (${roleLabel(d.from, 'nl')})`).join(', ')}.`,
          en: ` The strictest values apply: ${detail.map((d) => `${label(d.param).en} ${formatValue(clause.params.find((x) => x.name === d.param)!, d.value, 'en')} (${roleLabel(d.from, 'en')})`).join(', ')}.`,
        }
      : { nl: '', en: '' };
    reasons.push({
      kind: 'merged',
      roles,
      params: detail,
      text: {
        nl: `Samengevoegd: de Leverancier heeft ${roles.length} rollen met deze verplichting (${names('nl')}); één bepaling volstaat.${what.nl}`,
        en: `Merged: the Supplier plays ${roles.length} roles with this obligation (${names('en')}); one clause covers them.${what.en}`,
      },
    });
  }
  return { id: clause.id, version: clause.version, topic: clause.topic, reasons, params };
}

/**
 * Clauses on one topic that share a parameter (say an SBOM delivery period in the software and the
 * medical-device SBOM clause) are overlapping obligations: the shared parameter takes the strictest
 * value among them, so the contract names one value, and each changed clause says so.
 */
function alignTopics(clauses: PackClause[], library: Map<string, Clause>): void {
  const byTopic = new Map<string, PackClause[]>();
  for (const c of clauses) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
  for (const group of byTopic.values()) {
    if (group.length < 2) continue;
    const holders = new Map<string, { pc: PackClause; param: ClauseParam }[]>();
    for (const pc of group) {
      for (const param of library.get(pc.id)!.params) holders.set(param.name, [...(holders.get(param.name) ?? []), { pc, param }]);
    }
    for (const [name, list] of holders) {
      const first = list[0]!.param;
      if (list.length < 2 || list.some((h) => h.param.type !== first.type || h.param.unit !== first.unit)) continue;
      const value = list.reduce<ParamValue>((v, h) => stricterValue(first, v, h.pc.params[name]!), list[0]!.pc.params[name]!);
      if (list.some((h) => paramValueProblem(h.param, value))) continue;
      for (const { pc, param } of list) {
        const from = pc.params[name]!;
        if (from === value) continue;
        pc.params[name] = value;
        const others = list.filter((h) => h.pc !== pc).map((h) => h.pc.id);
        pc.reasons.push({
          kind: 'aligned',
          param: name,
          from,
          to: value,
          with: others,
          text: {
            nl: `Samengevoegd met ${others.join(', ')} (zelfde onderwerp): ${param.label.nl} wordt ${formatValue(param, value, 'nl')}, de strengste waarde, zodat het contract één waarde noemt.`,
            en: `Merged with ${others.join(', ')} (same topic): ${param.label.en} becomes ${formatValue(param, value, 'en')}, the strictest value, so the contract states one value.`,
          },
        });
      }
    }
  }
}

/**
 * Applies the rules' repairs (e.g. a notice deadline shortened to fit the buyer's legal deadline) and
 * records each as an `adjusted` reason. A repair that would leave a parameter's bounds is not made,
 * so the final check reports it.
 */
function repair(clauses: PackClause[], library: Map<string, Clause>, context: RuleContext): void {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  // A repair may undo what an earlier rule settled (a longer notice to fit an objection period):
  // a few passes reach the fixed point, since every repair only moves a value towards the stricter side.
  for (let pass = 0; pass < 3; pass++)
    for (const rule of RULES) {
      if (!rule.repair) continue;
      const values = Object.fromEntries(clauses.map((c) => [c.id, c.params]));
      for (const fix of rule.repair(values, context)) {
        const pc = byId.get(fix.clause);
        const param = library.get(fix.clause)?.params.find((p) => p.name === fix.param);
        if (!pc || !param || paramValueProblem(param, fix.value)) continue;
        const from = pc.params[fix.param]!;
        if (from === fix.value) continue;
        pc.params[fix.param] = fix.value;
        pc.reasons.push({
          kind: 'adjusted',
          rule: rule.id,
          param: fix.param,
          from,
          to: fix.value,
          text: {
            nl: `${param.label.nl} aangepast van ${formatValue(param, from, 'nl')} naar ${formatValue(param, fix.value, 'nl')}: ${rule.description.nl}`,
            en: `${param.label.en} changed from ${formatValue(param, from, 'en')} to ${formatValue(param, fix.value, 'en')}: ${rule.description.en}`,
          },
        });
      }
    }
}

/**
 * Proposes the clauses for one supplier contract. For each role the supplier plays, a clause is
 * proposed when it applies to the role's kind, its tier is no stricter than the role's tier, its
 * `requires` conditions hold (say, personal data reaches the supplier, whatever its kind) and at
 * least one of its triggers fires. The buyer's duties come from its profile and the data it shares
 * (see {@link buyerDuties}). Parameters take the defaults of the role's tier; a clause proposed
 * for several roles appears once, with the strictest values. Values are then brought in line with the
 * buyer's legal deadline, parameters shared by clauses on one topic take their strictest value, and
 * the result is checked against every consistency rule.
 *
 * @throws LshValidationError when the input is malformed.
 * @throws {@link ClauseError} when the library cannot meet a rule for this buyer (e.g. bounds too wide).
 */
export function selectClauses(input: SelectInput): ClausePack {
  const library: ClauseLibrary = input.library ?? clauseLibrary;
  const roles = rolesOf(input);
  const duties = buyerDuties(
    input.buyer,
    roles.flatMap((r) => r.data),
  );
  const deadline = buyerDeadlineHours(duties);
  const context: RuleContext = { buyerDeadlineHours: deadline, duties };
  const tier = roles.reduce<Tier>((t, r) => maxTier(t, r.tier), 'baseline');

  const candidates = new Map<string, Candidate[]>();
  for (const role of roles) {
    for (const clause of library.clauses) {
      if (!appliesTo(clause, role) || TIER_ORDER.indexOf(clause.tier) > TIER_ORDER.indexOf(role.tier)) continue;
      const reasons = firedTriggers(clause, { role, report: input.report, duties });
      if (!reasons.length) continue;
      const list = candidates.get(clause.id) ?? [];
      list.push({ role, reasons, params: resolveParams(clause, role.tier) });
      candidates.set(clause.id, list);
    }
  }

  const byId = new Map(library.clauses.map((c) => [c.id, c]));
  const clauses = [...candidates].map(([id, list]) => mergeCandidates(byId.get(id)!, list, roles.length > 1));
  alignTopics(clauses, byId);
  repair(clauses, byId, context);

  const values = Object.fromEntries(clauses.map((c) => [c.id, c.params]));
  const issues: ClauseIssue[] = checkConsistency(values, context);
  if (issues.length) throw new ClauseError('clause pack', issues);

  const order = contractOrder(library);
  clauses.sort((a, b) => order(a.id) - order(b.id));
  return {
    library: { id: library.id, version: library.version },
    supplier: { id: input.supplier.id, name: input.supplier.name },
    buyer: { id: input.buyer.id, name: input.buyer.name, duties, deadlineHours: deadline },
    tier,
    roles,
    clauses,
    deviations: [],
  };
}
