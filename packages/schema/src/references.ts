import { z } from 'zod';

const citation = (what: string, example: string) =>
  z
    .string({ message: `must be ${what} such as ${example}` })
    .min(1, { message: `must be ${what} such as ${example}` })
    .max(80);

/**
 * Citations of a question or measure. Identifiers are checked against the official lists
 * (see `reference/`, {@link ISO27001_ANNEX_A_CONTROLS} and the lists in `reference/citation-lists.ts`)
 * by the catalog's semantic check, so a citation that does not exist is refused with its path.
 */
export const FrameworkReferencesSchema = z
  .strictObject({
    nis2: z
      .array(z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], { message: 'must be a NIS2 Article 21(2) letter, a to j' }))
      .max(10)
      .optional()
      .meta({ description: 'NIS2 Article 21(2) measure letters this item addresses, a to j.' }),
    nis2Articles: z.array(citation('a NIS2 article or point', '20, 21(2)(b) or 23(4)(a)')).max(20).optional().meta({
      description:
        'Other NIS2 (EU) 2022/2555 articles or points this item rests on, such as 20 (governance, board training) or 23 (reporting); listed in reference/nis2-articles.txt.',
    }),
    iso27001: z
      .array(z.string().regex(/^[5-8]\.\d{1,2}$/, { message: 'must be an ISO/IEC 27001:2022 Annex A control such as 5.19' }))
      .max(50)
      .optional()
      .meta({ description: 'ISO/IEC 27001:2022 Annex A control identifiers, such as 8.13.' }),
    iso27001Clauses: z
      .array(z.string().regex(/^(4|5|6|7|8|9|10)\.\d(\.\d)?$/, { message: 'must be an ISO/IEC 27001:2022 clause such as 6.1.2' }))
      .max(20)
      .optional()
      .meta({
        description:
          'ISO/IEC 27001:2022 management-system clauses (4 to 10), such as 6.1.2 (risk assessment) or 9.3 (management review); listed in reference/iso27001-2022-clauses.txt.',
      }),
    nistCsf: z
      .array(z.string().regex(/^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/, { message: 'must be a NIST CSF 2.0 subcategory such as PR.AA-03' }))
      .max(50)
      .optional()
      .meta({ description: 'NIST Cybersecurity Framework 2.0 subcategory identifiers, such as PR.DS-11.' }),
    gdpr: z
      .array(z.string().regex(/^\d{1,2}(\(\d{1,2}\))?(\([a-z]\))?$/, { message: 'must be a GDPR article such as 32 or 28(3)(a)' }))
      .max(20)
      .optional()
      .meta({ description: 'GDPR articles and points, such as 32, 5(1)(e) or 28(3)(h); listed in reference/gdpr-articles.txt.' }),
    standards: z.array(citation('a standard with its edition', 'NEN 7510-1:2024')).max(20).optional().meta({
      description:
        'Standards and guidance by edition, such as NEN 7510-1:2024, NEN 7512:2022 or NEN 7513:2018; listed in reference/standards.txt.',
    }),
    mdr: z.array(citation('an MDR or IVDR provision', 'MDR Art. 87 or IVDR Annex I 16.2')).max(20).optional().meta({
      description: 'Articles and Annex I points of the MDR (EU) 2017/745 or IVDR (EU) 2017/746; listed in reference/mdr-ivdr.txt.',
    }),
    nlHealthLaw: z.array(citation('a Dutch health-law provision', 'Wkkgz art. 11(1)(a)')).max(20).optional().meta({
      description:
        'Dutch health-data and care-quality provisions, such as Wkkgz art. 11(1)(a) or Begz art. 5(1); listed in reference/nl-health-law.txt.',
    }),
  })
  .meta({
    id: 'FrameworkReferences',
    title: 'FrameworkReferences',
    description: 'Identifiers of the frameworks and laws an item rests on.',
  });
export type FrameworkReferences = z.infer<typeof FrameworkReferencesSchema>;
