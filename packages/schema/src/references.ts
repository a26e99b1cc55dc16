import { z } from 'zod';

/**
 * Citations of a question or measure. Identifiers are checked against the official lists
 * (see `reference/` and {@link ISO27001_ANNEX_A_CONTROLS}) by the catalog's semantic check.
 */
export const FrameworkReferencesSchema = z
  .strictObject({
    nis2: z
      .array(z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], { message: 'must be a NIS2 Article 21(2) letter, a to j' }))
      .max(10)
      .optional()
      .meta({ description: 'NIS2 Article 21(2) measure letters this item addresses, a to j.' }),
    iso27001: z
      .array(z.string().regex(/^[5-8]\.\d{1,2}$/, { message: 'must be an ISO/IEC 27001:2022 Annex A control such as 5.19' }))
      .max(50)
      .optional()
      .meta({ description: 'ISO/IEC 27001:2022 Annex A control identifiers, such as 8.13.' }),
    nistCsf: z
      .array(z.string().regex(/^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/, { message: 'must be a NIST CSF 2.0 subcategory such as PR.AA-03' }))
      .max(50)
      .optional()
      .meta({ description: 'NIST Cybersecurity Framework 2.0 subcategory identifiers, such as PR.DS-11.' }),
    gdpr: z
      .array(z.string().regex(/^\d{1,2}(\(\d{1,2}\))?(\([a-z]\))?$/, { message: 'must be a GDPR article such as 32 or 28(3)(a)' }))
      .max(20)
      .optional()
      .meta({ description: 'GDPR articles and points, such as 32 or 28(3)(h).' }),
  })
  .meta({
    id: 'FrameworkReferences',
    title: 'FrameworkReferences',
    description: 'Identifiers of the frameworks and laws an item rests on.',
  });
export type FrameworkReferences = z.infer<typeof FrameworkReferencesSchema>;
