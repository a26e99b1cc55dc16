import type { Catalog } from '@lsh-cyber/schema';
import {
  checkAssessmentAgainstCatalog,
  detectDocumentKind,
  FILE_KIND_LABELS,
  LshValidationError,
  parseDocument,
  type ValidationIssue,
} from '@lsh-cyber/schema';
import { OUTPUT_SCHEMA_VERSION, type ValidateResultOutput } from '@lsh-cyber/schema/outputs';
import { langOption, parseCommandArgs } from '../args.js';
import type { Context } from '../context.js';
import { findCatalog, loadCatalogFile } from '../documents.js';
import { CliError, type CliIssue, EXIT_BAD_INPUT } from '../errors.js';
import { describeFailure, invalidDocumentHeading, issueLines } from '../failure.js';
import { stableJson } from '../format.js';
import { readJsonFile } from '../io.js';
import { terminalSafe, terminalText } from '../terminal-text.js';

/**
 * The result of validating one file, as `validate --json` prints it: the shape of
 * `ValidateResultOutput` in `@lsh-cyber/schema/outputs` (`schemas/validate-result-output.schema.json`).
 */
export type FileValidation = ValidateResultOutput['files'][number];

/** An issue as `--json` prints it: path and message, and its code and parameters when it has them (for translation). */
const plainIssue = (i: ValidationIssue): CliIssue => ({
  path: i.path,
  message: i.message,
  ...(i.code === undefined ? {} : { code: i.code }),
  ...(i.params === undefined ? {} : { params: i.params }),
});

// A file that could not be read is one problem without a code, and a note is a sentence; `--json`
// gives both in English, the terminal in the user's language.
const unreadable = new WeakMap<FileValidation, CliError>();
const dutchNotes = new WeakMap<FileValidation, string[]>();

async function validateFile(file: string, ctx: Context, catalog: Catalog | undefined): Promise<FileValidation> {
  const result: FileValidation = { file, valid: false, kind: null, catalog: null, issues: [], notes: [] };
  let value: unknown;
  try {
    value = (await readJsonFile(file, ctx.maxInputBytes)).value;
  } catch (error) {
    if (!CliError.isInstance(error)) throw error;
    result.issues.push({ path: '', message: error.heading });
    unreadable.set(result, error);
    return result;
  }
  result.kind = detectDocumentKind(value);
  try {
    const doc = parseDocument(value, { file });
    if (doc.kind === 'Assessment') {
      const against = catalog ?? (await findCatalog(doc.document, ctx, undefined));
      if (against) {
        result.catalog = { id: against.id, version: against.version };
        result.issues.push(...checkAssessmentAgainstCatalog(doc.document, against).map(plainIssue));
      } else {
        const id = doc.document.catalog.id;
        result.notes.push(`answers catalog "${id}", which is not built in: answers not checked (pass --catalog <file>)`);
        dutchNotes.set(result, [
          `beantwoordt vragenlijst "${id}", die niet is ingebouwd: de antwoorden zijn niet gecontroleerd (geef --catalog <bestand>)`,
        ]);
      }
    }
  } catch (error) {
    if (!LshValidationError.isInstance(error)) throw error;
    result.issues.push(...error.issues.map(plainIssue));
  }
  result.valid = result.issues.length === 0;
  return result;
}

/** `lsh-cyber validate <file...> [--catalog <file>] [--json]` */
export async function run(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'validate',
    args,
    { catalog: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    { min: 1, max: Number.POSITIVE_INFINITY, name: 'the file to validate' },
  );
  const lang = langOption('validate', values.lang, ctx.env);
  let catalog: Catalog | undefined;
  try {
    catalog = values.catalog === undefined ? undefined : await loadCatalogFile(values.catalog, ctx);
  } catch (error) {
    const failure = describeFailure(error, values.catalog, false, lang);
    if (failure.exitCode !== EXIT_BAD_INPUT) throw error;
    ctx.stderr.write(`${failure.lines.map(terminalText).join('\n')}\n`);
    return EXIT_BAD_INPUT;
  }
  const results: FileValidation[] = [];
  for (const file of positionals) results.push(await validateFile(file, ctx, catalog));
  const valid = results.every((r) => r.valid);
  if (values.json) {
    const output: ValidateResultOutput = { schemaVersion: OUTPUT_SCHEMA_VERSION, valid, files: results };
    ctx.stdout.write(stableJson(output));
  } else {
    const { style } = ctx;
    for (const raw of results) {
      const r = terminalSafe(raw);
      if (r.valid) {
        const against = !r.catalog
          ? ''
          : lang === 'nl'
            ? ` (de antwoorden passen bij vragenlijst ${r.catalog.id} ${r.catalog.version})`
            : ` (answers match catalog ${r.catalog.id} ${r.catalog.version})`;
        const what = lang === 'nl' && r.kind ? `geldig ${FILE_KIND_LABELS[r.kind].nl}` : `valid ${r.kind}`;
        ctx.stdout.write(`${style.green('✓')} ${r.file}: ${what}${against}\n`);
      } else {
        const failed = unreadable.get(raw);
        const issues = failed ? [{ path: '', message: terminalText(failed.headingIn(lang)) }] : r.issues;
        ctx.stdout.write(`${style.red('✗')} ${r.file}: ${invalidDocumentHeading(r.kind, issues, lang)}\n`);
        for (const line of issueLines(issues, r.file, '--json', lang)) ctx.stdout.write(`${line}\n`);
      }
      const notes = lang === 'nl' ? (dutchNotes.get(raw)?.map(terminalText) ?? r.notes) : r.notes;
      for (const note of notes) ctx.stdout.write(`  ${r.file}: ${lang === 'nl' ? 'opmerking' : 'note'}: ${note}\n`);
    }
  }
  return valid ? 0 : EXIT_BAD_INPUT;
}
