import { z } from 'zod';
import { EurosSchema, LocalizedTextSchema } from './common.js';

/** The assumptions behind every cost figure of a catalog, stated once. */
export const CostBasisSchema = z
  .strictObject({
    vat: z.enum(['excluded', 'included'], { message: 'must be excluded or included' }).meta({
      description: 'Whether the cost figures include VAT (BTW).',
    }),
    supplierHourlyRate: EurosSchema.meta({
      description:
        'The hourly rate of an outside IT supplier or adviser the figures assume, in euros; also used to value work days that are bought in.',
    }),
    hoursPerDay: z.number().gt(0).max(24).meta({ description: 'Hours in one person-day of effort.' }),
    headcount: z
      .strictObject({
        micro: z.number().int().min(1).max(1_000_000).meta({ description: 'Staff in a micro organisation, as the figures assume.' }),
        small: z.number().int().min(1).max(1_000_000).meta({ description: 'Staff in a small organisation, as the figures assume.' }),
        medium: z.number().int().min(1).max(1_000_000).meta({ description: 'Staff in a medium organisation, as the figures assume.' }),
        large: z.number().int().min(1).max(1_000_000).meta({ description: 'Staff in a large organisation, as the figures assume.' }),
      })
      .meta({ description: 'The number of staff the figures of each size class are written for.' }),
    assumptions: LocalizedTextSchema.meta({ description: 'Everything else the figures assume, in plain words.' }),
  })
  .meta({ id: 'CostBasis', title: 'CostBasis', description: 'What the cost figures of a catalog assume: VAT, rates, headcount.' });
export type CostBasis = z.infer<typeof CostBasisSchema>;
