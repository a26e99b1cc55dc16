import { z } from 'zod';
import { CatalogKeySchema, LocalizedTextSchema, NameSchema } from './common.js';

/**
 * One term a catalog explains. `forms` lists the words as they appear in the texts (any case,
 * matched as whole words), so the CLI and apps can show the definition where the term is used.
 */
export const GlossaryEntrySchema = z
  .strictObject({
    id: CatalogKeySchema.meta({ description: 'Stable identifier of the term.' }),
    term: LocalizedTextSchema.meta({ description: 'The term as it is shown, in Dutch and English.' }),
    definition: LocalizedTextSchema.meta({ description: 'What it means, in one or two plain sentences.' }),
    forms: z
      .strictObject({
        nl: z
          .array(NameSchema)
          .min(1)
          .max(20)
          .meta({ description: 'Dutch words that count as this term, e.g. "phishing", "phishingmail".' }),
        en: z.array(NameSchema).min(1).max(20).meta({ description: 'English words that count as this term.' }),
      })
      .meta({ description: 'The words that count as a use of the term, per language; whole words, any case.' }),
  })
  .meta({ id: 'GlossaryEntry', title: 'GlossaryEntry', description: 'A term a catalog explains, with the words that count as using it.' });
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
