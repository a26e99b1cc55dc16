import type { Assessment, Catalog } from '@lsh-cyber/schema';
import {
  checkAssessmentAgainstCatalog,
  type DocumentKind,
  detectDocumentKind,
  FILE_KIND_LABELS,
  LshValidationError,
  parseAssessment,
  parseCatalog,
} from '@lsh-cyber/schema';
import type { Context } from './context.js';
import { CliError } from './errors.js';
import { readJsonFile } from './io.js';

const KIND_NAMES: Readonly<Record<DocumentKind, string>> = {
  Catalog: 'a catalog',
  Assessment: 'an assessment',
  ChainModel: 'a chain model',
  ScoreReport: 'a score report',
  ClauseLibrary: 'a clause library',
  OrganisationProfile: 'an organisation profile',
  BenchmarkSubmission: 'a benchmark submission',
  BenchmarkRelease: 'a benchmark release',
};

/**
 * Refuses, with one clear line, a document of another kind than the command expects (a chain given
 * to `score`), rather than listing every field the expected kind lacks.
 */
export function expectKind(value: unknown, expected: DocumentKind, file: string): void {
  const kind = detectDocumentKind(value);
  if (kind !== null && kind !== expected) {
    throw new CliError(
      {
        en: `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[expected]}`,
        nl: `is een ${FILE_KIND_LABELS[kind].nl}, geen ${FILE_KIND_LABELS[expected].nl}`,
      },
      { file },
    );
  }
}

/** The catalogs shipped with the command line, loaded only when a command needs one. */
export async function builtInCatalogs(): Promise<readonly Catalog[]> {
  const { lshCatalog, smeCatalog } = await import('@lsh-cyber/catalog-lsh');
  return [lshCatalog, smeCatalog];
}

/** Earlier catalog versions the command line still reads, so older assessments score. */
async function previousBuiltInCatalogs(): Promise<readonly Catalog[]> {
  const { previousCatalogs } = await import('@lsh-cyber/catalog-lsh');
  return previousCatalogs;
}

/** Reads and validates a catalog file. */
export async function loadCatalogFile(file: string, ctx: Context): Promise<Catalog> {
  const { value } = await readJsonFile(file, ctx.maxInputBytes);
  expectKind(value, 'Catalog', file);
  return parseCatalog(value, { file });
}

/**
 * The catalog an assessment is checked against: the `--catalog` file when given, else the built-in
 * catalog with the id and version the assessment names (earlier versions are still shipped), else
 * the current catalog with that id (so a version mismatch is reported), else null.
 */
export async function findCatalog(assessment: Assessment, ctx: Context, catalogFile: string | undefined): Promise<Catalog | null> {
  if (catalogFile !== undefined) return loadCatalogFile(catalogFile, ctx);
  const current = await builtInCatalogs();
  const { id, version } = assessment.catalog;
  const exact = [...current, ...(await previousBuiltInCatalogs())].find((c) => c.id === id && c.version === version);
  return exact ?? current.find((c) => c.id === id) ?? null;
}

/** Lists the built-in catalogs as `id version` for messages. */
export async function builtInCatalogNames(): Promise<string> {
  return (await builtInCatalogs()).map((c) => `${c.id} ${c.version}`).join(', ');
}

/**
 * Reads an assessment and the catalog it answers, and checks the one against the other. Throws a
 * {@link CliError} or {@link LshValidationError} naming the file and every problem.
 */
export async function loadAssessment(
  file: string,
  ctx: Context,
  catalogFile: string | undefined,
): Promise<{ assessment: Assessment; catalog: Catalog }> {
  const { value } = await readJsonFile(file, ctx.maxInputBytes);
  expectKind(value, 'Assessment', file);
  const assessment = parseAssessment(value, { file });
  const catalog = await findCatalog(assessment, ctx, catalogFile);
  if (!catalog) {
    const { id, version } = assessment.catalog;
    const builtIn = await builtInCatalogNames();
    throw new CliError(
      {
        en: `answers catalog "${id}" ${version}, which is not built in (built in: ${builtIn}); pass the catalog with --catalog <file>`,
        nl: `beantwoordt vragenlijst "${id}" ${version}, die niet is ingebouwd (ingebouwd: ${builtIn}); geef de vragenlijst met --catalog <bestand>`,
      },
      { file },
    );
  }
  const issues = checkAssessmentAgainstCatalog(assessment, catalog);
  if (issues.length > 0) throw new LshValidationError('Assessment', issues, file);
  return { assessment, catalog };
}
