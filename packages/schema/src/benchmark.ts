import { z } from 'zod';
import { CatalogRefSchema } from './assessment.js';
import { DateTimeSchema, IdSchema, SchemaVersionSchema } from './common.js';
import { SizeClassSchema, SubsectorSchema, ZUID_HOLLAND_REGIONS } from './profile.js';
import { CountsSchema } from './score-report.js';

// The two documents a regional centre exchanges: what an organisation shares (a submission, with
// nothing that names or describes it) and what the centre publishes (a release of aggregate cells).

const Score = z.number().min(0).max(100);
const Level = z.int().min(1).max(5);
const Count = z.int().min(0);

/** Regions a submission may name: the labour-market regions of Zuid-Holland. Other regions are left out, never free text. */
export const BENCHMARK_REGIONS = ZUID_HOLLAND_REGIONS;
export const BenchmarkRegionSchema = z
  .enum(BENCHMARK_REGIONS, { message: `must be one of: ${BENCHMARK_REGIONS.join(', ')}` })
  .meta({ description: `Labour-market region of Zuid-Holland: ${BENCHMARK_REGIONS.join(', ')}.` });
export type BenchmarkRegion = z.infer<typeof BenchmarkRegionSchema>;

/** The smallest group a centre may ever publish; releases use at least this k. */
export const MIN_RELEASE_K = 5;

/** An anonymous scan result as shared with a centre: only what a benchmark needs. */
export const BenchmarkSubmissionSchema = z
  .strictObject({
    schemaVersion: SchemaVersionSchema,
    subsector: SubsectorSchema,
    sizeClass: SizeClassSchema,
    region: BenchmarkRegionSchema.optional(),
    catalog: CatalogRefSchema,
    method: z
      .string()
      .regex(/^[a-z0-9-]{1,40}\/[0-9]{1,4}$/, { message: 'must be a scoring method such as lsh-basisscan/1' })
      .meta({ description: 'Identifier of the scoring method and its version, e.g. lsh-basisscan/1.' }),
    overall: Score.meta({ description: 'Overall score 0-100.' }),
    level: Level.meta({ description: 'Maturity level 1-5 after caps.' }),
    domains: z
      .array(
        z.strictObject({
          id: IdSchema.meta({ description: 'Domain id of the catalog.' }),
          score: Score.nullable().meta({ description: 'Domain score 0-100; null when the domain was not scored.' }),
        }),
      )
      .max(100, { message: 'must list at most 100 domains' })
      .meta({ description: 'Score per domain, in catalog order.' }),
    criticalGaps: z
      .array(IdSchema)
      .max(1000, { message: 'must list at most 1000 questions' })
      .meta({ description: 'Ids of the critical questions that are not fully in place.' }),
    counts: CountsSchema,
    selfRating: Level.nullable().meta({ description: 'The self-rating 1-5, or null when not given.' }),
  })
  .meta({
    title: 'BenchmarkSubmission',
    description:
      'A scan result an organisation shares with a centre, with its consent: subsector, size class, region and scores only; no names, ids, notes or free text.',
  });
export type BenchmarkSubmission = z.infer<typeof BenchmarkSubmissionSchema>;

const Quartiles = z
  .strictObject({
    q1: Score.meta({ description: 'First quartile, rounded to a multiple of 5.' }),
    median: Score.meta({ description: 'Median, rounded to a multiple of 5.' }),
    q3: Score.meta({ description: 'Third quartile, rounded to a multiple of 5.' }),
  })
  .meta({ id: 'Quartiles', title: 'Quartiles', description: 'Quartiles of a score, rounded to multiples of 5 points.' });

/** The score bands of a release: 0-20, 20-40, 40-60, 60-80, 80-100 (upper bound excluded except for 100). */
export const SCORE_BANDS = ['0-20', '20-40', '40-60', '60-80', '80-100'] as const;

export const BenchmarkCellSchema = z
  .strictObject({
    subsector: SubsectorSchema.optional().meta({ description: 'Subsector; absent when the cell aggregates over all subsectors.' }),
    sizeClass: SizeClassSchema.optional().meta({ description: 'Size class; absent when the cell aggregates over all size classes.' }),
    region: BenchmarkRegionSchema.optional().meta({ description: 'Region; absent when the cell aggregates over all regions.' }),
    n: z.int().min(MIN_RELEASE_K).meta({ description: 'Number of submissions in the cell; never below the release k.' }),
    overall: Quartiles,
    bands: z
      .strictObject({
        '0-20': Count.meta({ description: 'Submissions scoring below 20.' }),
        '20-40': Count.meta({ description: 'Submissions scoring 20 to below 40.' }),
        '40-60': Count.meta({ description: 'Submissions scoring 40 to below 60.' }),
        '60-80': Count.meta({ description: 'Submissions scoring 60 to below 80.' }),
        '80-100': Count.meta({ description: 'Submissions scoring 80 to 100.' }),
      })
      .meta({ description: 'How many submissions score in each 20-point band of the overall score.' }),
    levels: z
      .strictObject({
        '1': Count.meta({ description: 'Submissions at level 1.' }),
        '2': Count.meta({ description: 'Submissions at level 2.' }),
        '3': Count.meta({ description: 'Submissions at level 3.' }),
        '4': Count.meta({ description: 'Submissions at level 4.' }),
        '5': Count.meta({ description: 'Submissions at level 5.' }),
      })
      .meta({ description: 'How many submissions are at each maturity level.' }),
    domains: z
      .array(
        z.strictObject({
          id: IdSchema.meta({ description: 'Domain id.' }),
          n: z.int().min(MIN_RELEASE_K).meta({ description: 'Submissions with a score for this domain.' }),
          quartiles: Quartiles,
        }),
      )
      .meta({ description: 'Quartiles per domain, only for domains scored by every submission of the cell.' }),
    criticalGaps: z
      .array(
        z.strictObject({
          questionId: IdSchema.meta({ description: 'Id of the critical question.' }),
          n: Count.meta({ description: 'Submissions in the cell with this critical gap.' }),
        }),
      )
      .meta({ description: 'How many submissions have each critical gap, most frequent first.' }),
  })
  .meta({
    id: 'BenchmarkCell',
    title: 'BenchmarkCell',
    description: 'Aggregate figures of one group of submissions; a cell leaves out the dimensions it aggregates over.',
  });
export type BenchmarkCell = z.infer<typeof BenchmarkCellSchema>;

/** A published benchmark release: the cells that passed disclosure control. */
export const BenchmarkReleaseSchema = z
  .strictObject({
    schemaVersion: SchemaVersionSchema,
    id: IdSchema.meta({ description: 'Id of the release.' }),
    publishedAt: DateTimeSchema.meta({ description: 'When the release was published.' }),
    k: z.int().min(MIN_RELEASE_K).meta({ description: 'The minimum group size of this release.' }),
    cells: z.array(BenchmarkCellSchema).meta({ description: 'The published cells; suppressed cells do not appear.' }),
  })
  .meta({
    title: 'BenchmarkRelease',
    description:
      'Peer benchmarks a centre publishes: per subsector, size class and region and each coarser aggregate, at least k members per cell.',
  });
export type BenchmarkRelease = z.infer<typeof BenchmarkReleaseSchema>;
