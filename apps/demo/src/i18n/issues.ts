import { type DocumentKind, type IssueCode, issueText as schemaIssueText, type ValidationIssue } from '@lsh-cyber/schema';
import { type Locale, type Message, render } from './messages.js';

/** Problems the demo itself finds before the schema sees a file. */
export type DemoIssueCode = 'not-json' | 'not-csv' | 'not-gexf' | 'too-large' | 'csv-pair';

/**
 * The demo's own problems, found before the schema sees a file. Every code of the schema is said
 * by `issueText` from @lsh-cyber/schema, the one home of those sentences.
 */
const DEMO_TEXTS: Readonly<Record<DemoIssueCode, Readonly<Record<Locale, Message>>>> = {
  'not-json': { nl: 'is geen JSON-bestand', en: 'is not a JSON file' },
  'not-csv': { nl: 'kon niet als CSV-bestand worden gelezen', en: 'could not be read as a CSV file' },
  'not-gexf': { nl: 'kon niet als GEXF-bestand worden gelezen', en: 'could not be read as a GEXF file' },
  'csv-pair': {
    nl: 'kies beide CSV-bestanden tegelijk: organisations.csv en dependencies.csv',
    en: 'choose both CSV files at once: organisations.csv and dependencies.csv',
  },
  'too-large': { nl: 'is te groot (hoogstens {maximum} MB)', en: 'is too large (at most {maximum} MB)' },
};

/** An issue from the schema package, or one the demo found itself. */
export type ShownIssue = Pick<ValidationIssue, 'path' | 'params'> & { code?: IssueCode | DemoIssueCode; message?: string };

const isDemoCode = (code: string | undefined): code is DemoIssueCode => code !== undefined && Object.hasOwn(DEMO_TEXTS, code);

/**
 * The problem in the user's language, chosen by its stable code: never by matching the English
 * message, which the interface shows only where no code names the rule.
 */
export function issueText(issue: ShownIssue, locale: Locale): string {
  if (isDemoCode(issue.code)) return render(DEMO_TEXTS[issue.code][locale], locale, issue.params ?? {});
  return schemaIssueText(issue, locale);
}

/** The plain names of the document kinds, for "this looks like a … file". */
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, Readonly<Record<Locale, string>>>> = {
  Assessment: { nl: 'een basisscan', en: 'a basisscan' },
  Catalog: { nl: 'een vragenlijst', en: 'a question list' },
  ChainModel: { nl: 'een waardeketen', en: 'a value chain' },
  ClauseLibrary: { nl: 'een clausulebibliotheek', en: 'a clause library' },
  OrganisationProfile: { nl: 'een organisatieprofiel', en: 'an organisation profile' },
  ScoreReport: { nl: 'een uitslag', en: 'a score report' },
  BenchmarkSubmission: { nl: 'een bijdrage aan de vergelijking', en: 'a benchmark submission' },
  BenchmarkRelease: { nl: 'een vergelijkingsbestand', en: 'a benchmark release' },
};
