import type { Catalog, LocalizedText } from '@lsh-cyber/schema';
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

/**
 * A file's result as `--json` prints it, and the sentences without a code that the terminal says in
 * the user's language: why the file could not be read (its one problem) and the notes. `--json`
 * gives them in English.
 */
interface CheckedFile {
  output: FileValidation;
  unreadable?: Readonly<LocalizedText>;
  notes: Readonly<LocalizedText>[];
}

async function validateFile(file: string, ctx: Context, catalog: Catalog | undefined): Promise<CheckedFile> {
  const result: FileValidation = { file, valid: false, kind: null, catalog: null, issues: [], notes: [] };
  let value: unknown;
  try {
    value = (await readJsonFile(file, ctx.maxInputBytes)).value;
  } catch (error) {
    if (!CliError.isInstance(error)) throw error;
    result.issues.push({ path: '', message: error.heading });
    return { output: result, unreadable: error.headings, notes: [] };
  }
  const notes: Readonly<LocalizedText>[] = [];
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
        notes.push({
          en: `answers catalog "${id}", which is not built in: answers not checked (pass --catalog <file>)`,
          nl: `beantwoordt vragenlijst "${id}", die niet is ingebouwd: de antwoorden zijn niet gecontroleerd (geef --catalog <bestand>)`,
        });
      }
    }
  } catch (error) {
    if (!LshValidationError.isInstance(error)) throw error;
    result.issues.push(...error.issues.map(plainIssue));
  }
  result.valid = result.issues.length === 0;
  result.notes = notes.map((n) => n.en);
  return { output: result, notes };
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
  const checked: CheckedFile[] = [];
  for (const file of positionals) checked.push(await validateFile(file, ctx, catalog));
  const results = checked.map((c) => c.output);
  const valid = results.every((r) => r.valid);
  if (values.json) {
    const output: ValidateResultOutput = { schemaVersion: OUTPUT_SCHEMA_VERSION, valid, files: results };
    ctx.stdout.write(stableJson(output));
  } else {
    const { style } = ctx;
    for (const c of checked) {
      const r = terminalSafe(c.output);
      if (r.valid) {
        const against = !r.catalog
          ? ''
          : lang === 'nl'
            ? ` (de antwoorden passen bij vragenlijst ${r.catalog.id} ${r.catalog.version})`
            : ` (answers match catalog ${r.catalog.id} ${r.catalog.version})`;
        const what = lang === 'nl' && r.kind ? `geldig ${FILE_KIND_LABELS[r.kind].nl}` : `valid ${r.kind}`;
        ctx.stdout.write(`${style.green('✓')} ${r.file}: ${what}${against}\n`);
      } else {
        const issues = c.unreadable ? [{ path: '', message: terminalText(c.unreadable[lang]) }] : r.issues;
        ctx.stdout.write(`${style.red('✗')} ${r.file}: ${invalidDocumentHeading(r.kind, issues, lang)}\n`);
        for (const line of issueLines(issues, r.file, '--json', lang)) ctx.stdout.write(`${line}\n`);
      }
      for (const note of c.notes) ctx.stdout.write(`  ${r.file}: ${lang === 'nl' ? 'opmerking' : 'note'}: ${terminalText(note[lang])}\n`);
    }
  }
  return valid ? 0 : EXIT_BAD_INPUT;
}
