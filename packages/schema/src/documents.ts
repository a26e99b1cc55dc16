import type { z } from 'zod';
import { type Assessment, AssessmentSchema } from './assessment.js';
import { type BenchmarkRelease, BenchmarkReleaseSchema, type BenchmarkSubmission, BenchmarkSubmissionSchema } from './benchmark.js';
import { type Catalog, CatalogSchema } from './catalog.js';
import { type ChainModel, ChainModelSchema } from './chain.js';
import { chainModelCopy, chainModelShapeFits } from './chain-shape.js';
import { type ClauseLibrary, ClauseLibrarySchema } from './clause-library.js';
import { type ParseOptions, type SafeParseResult, validateDocument } from './document.js';
import type { DocumentKind } from './migrate.js';
import { type OrganisationProfile, OrganisationProfileSchema } from './profile.js';
import { type ScoreReport, ScoreReportSchema } from './score-report.js';
import { checkAssessmentAgainstCatalog } from './semantic/assessment.js';
import { checkCatalog } from './semantic/catalog.js';
import { checkChainModel } from './semantic/chain.js';
import { checkClauseLibrary } from './semantic/clause-library.js';
import { LshValidationError, type ValidationIssue } from './validation-error.js';

function unwrap<T>(result: SafeParseResult<T>): T {
  if (result.success) return result.data;
  throw result.error;
}

/** Validates an organisation profile document. */
export function safeParseOrganisationProfile(input: unknown, options: ParseOptions = {}): SafeParseResult<OrganisationProfile> {
  return validateDocument('OrganisationProfile', OrganisationProfileSchema, input, undefined, options.file);
}
/** Validates an organisation profile document; throws {@link LshValidationError} listing every problem. */
export function parseOrganisationProfile(input: unknown, options: ParseOptions = {}): OrganisationProfile {
  return unwrap(safeParseOrganisationProfile(input, options));
}

/** Validates a catalog: shape, unique ids, resolving references, official identifiers. */
export function safeParseCatalog(input: unknown, options: ParseOptions = {}): SafeParseResult<Catalog> {
  return validateDocument('Catalog', CatalogSchema, input, checkCatalog, options.file);
}
/** Validates a catalog; throws {@link LshValidationError} listing every problem. */
export function parseCatalog(input: unknown, options: ParseOptions = {}): Catalog {
  return unwrap(safeParseCatalog(input, options));
}

/** Options for assessments: with a catalog, answers are checked against its questions and options. */
export interface AssessmentParseOptions extends ParseOptions {
  /** The catalog the assessment answers. */
  catalog?: Catalog;
}

/** Validates an assessment, and with `options.catalog` its answers against that catalog. */
export function safeParseAssessment(input: unknown, options: AssessmentParseOptions = {}): SafeParseResult<Assessment> {
  const { catalog } = options;
  const semantic = catalog ? (a: Assessment): ValidationIssue[] => checkAssessmentAgainstCatalog(a, catalog) : undefined;
  return validateDocument('Assessment', AssessmentSchema, input, semantic, options.file);
}
/** Validates an assessment; throws {@link LshValidationError} listing every problem. */
export function parseAssessment(input: unknown, options: AssessmentParseOptions = {}): Assessment {
  return unwrap(safeParseAssessment(input, options));
}

/** Validates a score report. */
export function safeParseScoreReport(input: unknown, options: ParseOptions = {}): SafeParseResult<ScoreReport> {
  return validateDocument('ScoreReport', ScoreReportSchema, input, undefined, options.file);
}
/** Validates a score report; throws {@link LshValidationError} listing every problem. */
export function parseScoreReport(input: unknown, options: ParseOptions = {}): ScoreReport {
  return unwrap(safeParseScoreReport(input, options));
}

/** Options for chain models. */
export interface ChainParseOptions extends ParseOptions {
  /**
   * The input is plain data as `JSON.parse` or a file reader builds it: objects and lists without
   * getters or proxies. A valid chain is then checked by a faster route and returned as it is
   * instead of as a copy; an invalid one gets exactly the problems it would get without this option.
   */
  plainData?: boolean;
}

/** Validates a chain model: shape, unique ids, known organisations, no self-dependencies. */
export function safeParseChainModel(input: unknown, options: ChainParseOptions = {}): SafeParseResult<ChainModel> {
  // Plain data is checked in place; anything else is copied as it is checked, so that the
  // document returned cannot change afterwards. Both leave every refusal to the full route.
  const fast = options.plainData === true ? (x: unknown) => (chainModelShapeFits(x) ? x : undefined) : chainModelCopy;
  return validateDocument('ChainModel', ChainModelSchema, input, checkChainModel, options.file, fast);
}
/** Validates a chain model; throws {@link LshValidationError} listing every problem. */
export function parseChainModel(input: unknown, options: ChainParseOptions = {}): ChainModel {
  return unwrap(safeParseChainModel(input, options));
}

/** Validates a clause library. */
export function safeParseClauseLibrary(input: unknown, options: ParseOptions = {}): SafeParseResult<ClauseLibrary> {
  return validateDocument('ClauseLibrary', ClauseLibrarySchema, input, checkClauseLibrary, options.file);
}
/** Validates a clause library; throws {@link LshValidationError} listing every problem. */
export function parseClauseLibrary(input: unknown, options: ParseOptions = {}): ClauseLibrary {
  return unwrap(safeParseClauseLibrary(input, options));
}

/** Validates a benchmark submission: the reduced, anonymous scan result a centre accepts; extra fields are refused. */
export function safeParseBenchmarkSubmission(input: unknown, options: ParseOptions = {}): SafeParseResult<BenchmarkSubmission> {
  return validateDocument('BenchmarkSubmission', BenchmarkSubmissionSchema, input, undefined, options.file);
}
/** Validates a benchmark submission; throws {@link LshValidationError} listing every problem. */
export function parseBenchmarkSubmission(input: unknown, options: ParseOptions = {}): BenchmarkSubmission {
  return unwrap(safeParseBenchmarkSubmission(input, options));
}

/** Validates a benchmark release as a centre publishes it. */
export function safeParseBenchmarkRelease(input: unknown, options: ParseOptions = {}): SafeParseResult<BenchmarkRelease> {
  return validateDocument('BenchmarkRelease', BenchmarkReleaseSchema, input, undefined, options.file);
}
/** Validates a benchmark release; throws {@link LshValidationError} listing every problem. */
export function parseBenchmarkRelease(input: unknown, options: ParseOptions = {}): BenchmarkRelease {
  return unwrap(safeParseBenchmarkRelease(input, options));
}

/** Every document kind with its zod schema and JSON Schema file name. */
export const DOCUMENT_KINDS: readonly { kind: DocumentKind; file: string; schema: z.ZodType }[] = Object.freeze([
  { kind: 'OrganisationProfile', file: 'organisation-profile', schema: OrganisationProfileSchema },
  { kind: 'Catalog', file: 'catalog', schema: CatalogSchema },
  { kind: 'Assessment', file: 'assessment', schema: AssessmentSchema },
  { kind: 'ScoreReport', file: 'score-report', schema: ScoreReportSchema },
  { kind: 'ChainModel', file: 'chain', schema: ChainModelSchema },
  { kind: 'ClauseLibrary', file: 'clause-library', schema: ClauseLibrarySchema },
  { kind: 'BenchmarkSubmission', file: 'benchmark-submission', schema: BenchmarkSubmissionSchema },
  { kind: 'BenchmarkRelease', file: 'benchmark-release', schema: BenchmarkReleaseSchema },
]);

/** A document of any kind, tagged with its kind. */
export type AnyDocument =
  | { kind: 'OrganisationProfile'; document: OrganisationProfile }
  | { kind: 'Catalog'; document: Catalog }
  | { kind: 'Assessment'; document: Assessment }
  | { kind: 'ScoreReport'; document: ScoreReport }
  | { kind: 'ChainModel'; document: ChainModel }
  | { kind: 'ClauseLibrary'; document: ClauseLibrary };

/**
 * Recognises the kind of a document by its distinctive fields (`questions`, `answers`,
 * `organisations`, `clauses`, `overall`, `subsector`); null when none matches.
 */
export function detectDocumentKind(input: unknown): DocumentKind | null {
  if (typeof input !== 'object' || input === null) return null;
  // A proxy's traps may throw: an unreadable value is of no kind, and parsing it names the problem.
  let has: (k: string) => boolean;
  try {
    if (Array.isArray(input)) return null;
    const keys = new Set(Object.keys(input));
    has = (k) => keys.has(k);
  } catch {
    return null;
  }
  if (has('questions')) return 'Catalog';
  if (has('answers')) return 'Assessment';
  if (has('organisations') || has('dependencies')) return 'ChainModel';
  if (has('clauses')) return 'ClauseLibrary';
  if (has('overall') || has('contributions')) return 'ScoreReport';
  if (has('subsector') || has('sizeClass')) return 'OrganisationProfile';
  return null;
}

/**
 * Recognises and validates a document of any kind. Throws {@link LshValidationError} when the
 * kind cannot be recognised or the document is not valid.
 */
export function parseDocument(input: unknown, options: AssessmentParseOptions = {}): AnyDocument {
  const kind = detectDocumentKind(input);
  switch (kind) {
    case 'Catalog':
      return { kind, document: parseCatalog(input, options) };
    case 'Assessment':
      return { kind, document: parseAssessment(input, options) };
    case 'ChainModel':
      return { kind, document: parseChainModel(input, options) };
    case 'ClauseLibrary':
      return { kind, document: parseClauseLibrary(input, options) };
    case 'ScoreReport':
      return { kind, document: parseScoreReport(input, options) };
    case 'OrganisationProfile':
      return { kind, document: parseOrganisationProfile(input, options) };
    default:
      throw new LshValidationError(
        'lsh-cyber document',
        [
          {
            path: '',
            message:
              'is not a document kind this library knows: expected an object with questions (catalog), answers (assessment), organisations (chain), clauses (clause library), overall (score report) or subsector (organisation profile)',
            code: 'unknown-document-kind',
          },
        ],
        options.file,
      );
  }
}
