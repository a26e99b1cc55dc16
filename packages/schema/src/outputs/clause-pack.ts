import { z } from 'zod';
import { DependencyKindSchema } from '../chain.js';
import { BUYER_DUTIES, TierSchema } from '../clause-library.js';
import { CatalogKeySchema, IdSchema } from '../common.js';
import { DataKindSchema } from '../profile.js';
import { OutputTextSchema, OutputVersionSchema } from './common.js';

const ParamValueSchema = z
  .union([z.string(), z.number(), z.boolean()])
  .meta({ id: 'ParamValue', title: 'ParamValue', description: 'A parameter value: text, number or true/false.' });

const BuyerDutySchema = z.enum(BUYER_DUTIES).meta({ description: 'A legal duty of the buyer: nis2, gdpr-controller or care-provider.' });

const reasonBase = {
  role: z.string().optional().meta({ description: 'The role the reason came from, when the supplier plays several roles.' }),
  text: OutputTextSchema.meta({ description: 'The reason in plain words.' }),
};
const reason = <K extends string, S extends z.ZodRawShape>(kind: K, description: string, shape: S) =>
  z.strictObject({ ...reasonBase, kind: z.literal(kind).meta({ description }), ...shape });
const param = z.string().meta({ description: 'Name of the parameter.' });

const ClauseReasonSchema = z
  .discriminatedUnion('kind', [
    reason('always', 'always: the clause belongs in every contract of this kind.', {}),
    reason('supplier-kind', 'supplier-kind: chosen for what the supplier provides.', {
      supplierKind: DependencyKindSchema,
    }),
    reason('data', 'data: chosen for the data shared.', {
      data: z.array(DataKindSchema).meta({ description: 'The data kinds that call for the clause.' }),
    }),
    reason('criticality', 'criticality: chosen because the buyer depends on the supplier this much.', {
      criticality: z.number().min(0).max(1).meta({ description: 'The criticality of the dependency.' }),
      minCriticality: z.number().min(0).max(1).meta({ description: 'The criticality from which the clause is chosen.' }),
    }),
    reason('weak-domain', "weak-domain: chosen for a weak domain in the supplier's score report.", {
      domain: CatalogKeySchema.meta({ description: 'Domain id.' }),
      score: z.number().min(0).max(100).meta({ description: "The supplier's domain score." }),
      threshold: z.number().min(0).max(100).meta({ description: 'The score below which the clause is chosen.' }),
    }),
    reason('critical-gap', "critical-gap: chosen for a critical gap in the supplier's score report.", {
      questionId: CatalogKeySchema.meta({ description: 'Id of the critical question not in place.' }),
      domain: CatalogKeySchema.meta({ description: 'Domain id.' }),
    }),
    reason('buyer-duty', "buyer-duty: chosen for one of the buyer's legal duties.", { duty: BuyerDutySchema }),
    reason('merged', 'merged: the roles that call for the clause, and which role set each parameter.', {
      roles: z.array(z.string()).meta({ description: 'The roles that call for the clause.' }),
      params: z
        .array(
          z.strictObject({
            param,
            value: ParamValueSchema.meta({ description: 'The value kept.' }),
            from: z.string().meta({ description: 'The role it came from.' }),
          }),
        )
        .meta({ description: 'Per parameter, the value kept and the role it came from.' }),
    }),
    reason('adjusted', 'adjusted: a rule changed a parameter.', {
      rule: z.string().meta({ description: 'Id of the rule.' }),
      param,
      from: ParamValueSchema.meta({ description: 'The value before.' }),
      to: ParamValueSchema.meta({ description: 'The value after.' }),
    }),
    reason('aligned', 'aligned: a parameter was aligned with other clauses.', {
      param,
      from: ParamValueSchema.meta({ description: 'The value before.' }),
      to: ParamValueSchema.meta({ description: 'The value after.' }),
      with: z.array(z.string()).meta({ description: 'The clauses it was aligned with.' }),
    }),
  ])
  .meta({
    id: 'ClauseReason',
    title: 'ClauseReason',
    description: 'Why a clause is in a pack, or how its parameters were set: structured for tools, with readable text.',
  });

const PackRoleSchema = z
  .strictObject({
    id: z.string().meta({ description: 'Label of the role in reasons: the kind, with #2, #3 when a kind repeats.' }),
    kind: DependencyKindSchema,
    criticality: z.number().min(0).max(1).meta({ description: 'Criticality 0 to 1.' }),
    data: z.array(DataKindSchema).meta({ description: 'Data kinds shared in this role.' }),
    tier: TierSchema.meta({ description: 'The tier this role calls for.' }),
    tierReason: OutputTextSchema.meta({ description: 'Why the tier is what it is.' }),
  })
  .meta({ id: 'PackRole', title: 'PackRole', description: 'One role the supplier plays for the buyer.' });

const PackClauseSchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Clause id in the library.' }),
    version: z.string().meta({ description: 'Version of the clause text the pack was made with.' }),
    topic: z.string().meta({ description: 'Topic, which sets the contract order.' }),
    reasons: z.array(ClauseReasonSchema).meta({ description: 'Why the clause was chosen and how its parameters were set.' }),
    params: z.record(z.string(), ParamValueSchema).meta({ description: 'Resolved parameter values, every declared parameter present.' }),
  })
  .meta({ id: 'PackClause', title: 'PackClause', description: 'One clause of a pack: which clause, why, and its parameter values.' });

const DeviationSchema = z
  .strictObject({
    clause: CatalogKeySchema.meta({ description: 'Id of the clause deviated from.' }),
    agreed: z.string().meta({ description: 'What the parties agreed instead, in the language of the contract.' }),
    reason: z.string().meta({ description: 'Why the buyer accepted it.' }),
    agreedOn: z.string().meta({ description: 'Date agreed, as YYYY-MM-DD.' }),
    approvedBy: z.string().optional().meta({ description: 'Who approved it for the buyer; required for a must-have clause.' }),
    params: z.record(z.string(), ParamValueSchema).optional().meta({ description: 'Parameter values that change with the deviation.' }),
  })
  .meta({ id: 'Deviation', title: 'Deviation', description: 'A deviation from a proposed clause that the parties agreed.' });

/** What `lsh-cyber clauses --json` prints: `schemaVersion` and the engine's `ClausePack` (`selectClauses`). */
export const ClausePackOutputSchema = z
  .strictObject({
    schemaVersion: OutputVersionSchema,
    library: z
      .strictObject({
        id: CatalogKeySchema.meta({ description: 'Library id.' }),
        version: z.string().meta({ description: 'Library version.' }),
      })
      .meta({ description: 'The library the clauses come from.' }),
    supplier: z
      .strictObject({
        id: IdSchema.meta({ description: "The supplier's id in the chain." }),
        name: z.string().meta({ description: "The supplier's name." }),
      })
      .meta({ description: 'The supplier.' }),
    buyer: z
      .strictObject({
        id: IdSchema.meta({ description: "The buyer's id in the chain." }),
        name: z.string().meta({ description: "The buyer's name." }),
        duties: z.array(BuyerDutySchema).meta({ description: 'The legal duties that shaped the pack.' }),
        deadlineHours: z
          .number()
          .min(0)
          .nullable()
          .meta({ description: "The buyer's own legal reporting deadline in hours, or null when it has none." }),
      })
      .meta({ description: 'The buyer and the duties that shaped the pack.' }),
    tier: TierSchema.meta({ description: 'The strictest tier over the roles.' }),
    roles: z.array(PackRoleSchema).meta({ description: 'The roles the supplier plays.' }),
    clauses: z.array(PackClauseSchema).meta({ description: 'The chosen clauses in contract order.' }),
    deviations: z
      .array(DeviationSchema)
      .optional()
      .meta({ description: 'The register of agreed deviations; absent in packs made before library 2.0.' }),
  })
  .meta({
    title: 'ClausePackOutput',
    description: 'What `lsh-cyber clauses --json` prints: the supplier-security clauses proposed for one supplier contract, and why.',
  });
export type ClausePackOutput = z.infer<typeof ClausePackOutputSchema>;
