import { z } from 'zod';
import type { DocumentKind } from '../migrate.js';
import { OutputVersionSchema } from './common.js';

const DOCUMENT_KIND_NAMES = [
  'OrganisationProfile',
  'Catalog',
  'Assessment',
  'ScoreReport',
  'ChainModel',
  'ClauseLibrary',
  'BenchmarkSubmission',
  'BenchmarkRelease',
] as const satisfies readonly DocumentKind[];

const FileValidationSchema = z
  .strictObject({
    file: z.string().meta({ description: 'The file as given on the command line.' }),
    valid: z.boolean().meta({ description: 'True when the document is valid (and, for an assessment, matches its catalog).' }),
    kind: z
      .enum(DOCUMENT_KIND_NAMES)
      .nullable()
      .meta({ description: 'The document kind recognised, or null when the file could not be read or recognised.' }),
    catalog: z
      .strictObject({
        id: z.string().meta({ description: 'Catalog id.' }),
        version: z.string().meta({ description: 'Catalog version.' }),
      })
      .nullable()
      .meta({ description: 'For an assessment: the catalog it was checked against; null when none was found or for other kinds.' }),
    issues: z
      .array(
        z.strictObject({
          path: z.string().meta({ description: 'Where the problem is, e.g. dependencies.5.criticality; empty for the whole file.' }),
          message: z.string().meta({ description: 'The problem, in plain words.' }),
          code: z.string().optional().meta({
            description:
              'What kind of problem this is (an IssueCode of @lsh-cyber/schema), for translation; absent on problems that have none.',
          }),
          params: z
            .record(z.string(), z.union([z.string(), z.number()]))
            .optional()
            .meta({ description: "The values the code's sentence needs, e.g. the id that is unknown." }),
        }),
      )
      .meta({ description: 'Every problem found.' }),
    notes: z.array(z.string()).meta({ description: 'Remarks that do not make the file invalid, e.g. that no catalog was found.' }),
  })
  .meta({ id: 'FileValidation', title: 'FileValidation', description: 'The result of validating one file.' });

/** What `lsh-cyber validate --json` prints: one result per file given. */
export const ValidateResultOutputSchema = z
  .strictObject({
    schemaVersion: OutputVersionSchema,
    valid: z.boolean().meta({ description: 'True when every file is valid.' }),
    files: z.array(FileValidationSchema).meta({ description: 'One result per file, in the order given.' }),
  })
  .meta({
    title: 'ValidateResultOutput',
    description: 'What `lsh-cyber validate --json` prints: whether each file is a valid document, and every problem.',
  });
export type ValidateResultOutput = z.infer<typeof ValidateResultOutputSchema>;
