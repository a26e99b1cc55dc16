import type { DocumentKind, IssueCode, ValidationIssue } from '@lsh-cyber/schema';
import { type Locale, type Message, render } from './messages.js';

/** Problems the demo itself finds before the schema sees a file. */
export type DemoIssueCode = 'not-json' | 'not-csv' | 'not-gexf' | 'too-large' | 'csv-pair';

type Texts = Readonly<Record<IssueCode | DemoIssueCode | 'other', Readonly<Record<Locale, Message>>>>;

/**
 * The sentence for each issue code, in both languages. Placeholders are the code's params
 * (see `IssueCode` in @lsh-cyber/schema); words for kinds and units come from {@link WORDS}.
 */
const TEXTS: Texts = {
  required: { nl: 'ontbreekt, maar is verplicht', en: 'is required but missing' },
  'unknown-field': { nl: 'is geen bekend veld (controleer de spelling)', en: 'is not a known field (check the spelling)' },
  'wrong-type': { nl: 'moet {expected} zijn, niet {found}', en: 'must be {expected}, not {found}' },
  'wrong-kind': { nl: 'heeft een waarde van de verkeerde soort', en: 'has a value of the wrong kind' },
  'too-big': { nl: 'is te groot (hoogstens {maximum}{unit})', en: 'is too large (at most {maximum}{unit})' },
  'too-small': { nl: 'is te klein of te kort (minstens {minimum}{unit})', en: 'is too small or too short (at least {minimum}{unit})' },
  'not-one-of': { nl: 'moet een van deze waarden zijn: {allowed}', en: 'must be one of: {allowed}' },
  'invalid-format': { nl: 'heeft niet de goede vorm ({format})', en: 'does not have the right form ({format})' },
  invalid: { nl: 'is niet geldig', en: 'is not valid' },
  'forbidden-key': { nl: 'de sleutel "__proto__" is niet toegestaan', en: 'the key "__proto__" is not allowed' },
  'version-too-new': {
    nl: 'is versie {version}, nieuwer dan deze demo kan lezen ({supported})',
    en: 'is version {version}, newer than this demo reads ({supported})',
  },
  'version-unreadable': { nl: 'versie {version} kan deze demo niet lezen', en: 'version {version} cannot be read by this demo' },
  unreadable: { nl: 'kon niet worden gelezen', en: 'could not be read' },
  'unknown-document-kind': { nl: 'is geen bestand dat deze demo kent', en: 'is not a kind of file this demo knows' },
  'wrong-catalog': {
    nl: 'beantwoordt vragenlijst "{found}", maar deze demo gebruikt "{expected}"',
    en: 'answers question list "{found}", but this demo uses "{expected}"',
  },
  'wrong-catalog-version': {
    nl: 'beantwoordt versie {found} van de vragenlijst, maar deze demo gebruikt versie {expected}',
    en: 'answers version {found} of the question list, but this demo uses version {expected}',
  },
  'unknown-question': {
    nl: 'beantwoordt vraag "{question}", die deze vragenlijst niet heeft',
    en: 'answers question "{question}", which this question list does not have',
  },
  'na-not-allowed': { nl: 'bij deze vraag kan "geldt niet" niet', en: 'this question does not allow "does not apply"' },
  'not-an-option': {
    nl: '"{value}" is geen antwoord op deze vraag (mogelijk: {allowed})',
    en: '"{value}" is not an answer to this question (possible: {allowed})',
  },
  'unknown-organisation': {
    nl: 'noemt organisatie "{organisation}", die niet in de keten staat',
    en: 'names organisation "{organisation}", which is not in the chain',
  },
  'self-dependency': {
    nl: 'organisatie "{organisation}" kan niet van zichzelf afhangen',
    en: 'organisation "{organisation}" cannot depend on itself',
  },
  'duplicate-dependency': {
    nl: 'de afhankelijkheid "{from}" → "{to}" staat er twee keer in',
    en: 'the dependency "{from}" → "{to}" is listed twice',
  },
  'duplicate-id': { nl: 'de code "{id}" wordt twee keer gebruikt', en: 'the id "{id}" is used twice' },
  'too-many-values': {
    nl: 'bevat meer dan {maximum} waarden, meer dan een bestand mag bevatten',
    en: 'holds more than {maximum} values, the most a document may hold',
  },
  'too-deep': { nl: 'is dieper dan {maximum} niveaus genest', en: 'is nested more than {maximum} levels deep' },
  'shared-part': {
    nl: 'is hetzelfde deel als een ander deel van het bestand; elk deel mag maar één keer voorkomen',
    en: 'is the same part as another part of the document; each part may appear only once',
  },
  'more-problems': { nl: 'en nog {count} problemen die niet zijn opgesomd', en: 'and {count} more problems not listed' },
  'checked-part': {
    nl: 'alleen de eerste {entries} onderdelen van elke lijst en elk object zijn op meer problemen gecontroleerd; los deze op en controleer opnieuw',
    en: 'only the first {entries} items of each list and entries of each object were checked for more problems; fix these and check again',
  },
  'csv-syntax': { nl: 'is geen geldige CSV: {problem}', en: 'is not valid CSV: {problem}' },
  'xml-syntax': { nl: 'is geen geldige XML (melding van de XML-lezer: {problem})', en: 'is not well-formed XML: {problem}' },
  'csv-empty': {
    nl: 'is leeg; de eerste regel moet de kolommen noemen: {columns}',
    en: 'is empty; its first line must name the columns: {columns}',
  },
  'unknown-column': { nl: 'is geen bekende kolom; bekend zijn: {known}', en: 'is not a known column; known: {known}' },
  'duplicate-column': { nl: 'deze kolom staat er twee keer in', en: 'this column is listed twice' },
  'missing-column': { nl: 'de kolom "{column}" ontbreekt', en: 'the column "{column}" is missing' },
  'not-json': { nl: 'is geen JSON-bestand', en: 'is not a JSON file' },
  'not-csv': { nl: 'kon niet als CSV-bestand worden gelezen', en: 'could not be read as a CSV file' },
  'not-gexf': { nl: 'kon niet als GEXF-bestand worden gelezen', en: 'could not be read as a GEXF file' },
  'csv-pair': {
    nl: 'kies beide CSV-bestanden tegelijk: organisations.csv en dependencies.csv',
    en: 'choose both CSV files at once: organisations.csv and dependencies.csv',
  },
  'too-large': { nl: 'is te groot (hoogstens {maximum} MB)', en: 'is too large (at most {maximum} MB)' },
  other: { nl: 'is niet geldig', en: 'is not valid' },
};

/** Words that fill `{expected}`, `{found}` and `{unit}`. */
const WORDS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  text: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  integer: { nl: 'een heel getal', en: 'a whole number' },
  boolean: { nl: 'ja of nee (true/false)', en: 'yes or no (true/false)' },
  object: { nl: 'een object', en: 'an object' },
  list: { nl: 'een lijst', en: 'a list' },
  null: { nl: 'leeg (null)', en: 'empty (null)' },
  undefined: { nl: 'niets', en: 'nothing' },
  items: { nl: ' onderdelen', en: ' items' },
  characters: { nl: ' tekens', en: ' characters' },
  value: { nl: '', en: '' },
  datetime: { nl: 'datum en tijd, zoals 2026-03-01T09:30:00Z', en: 'date and time, such as 2026-03-01T09:30:00Z' },
  date: { nl: 'datum, zoals 2026-09-11', en: 'date, such as 2026-09-11' },
  regex: { nl: 'bijvoorbeeld een code met letters, cijfers en -', en: 'for example an id of letters, digits and -' },
  'unclosed-quote': { nl: 'een aanhalingsteken wordt niet gesloten', en: 'a quote is never closed' },
  'text-after-quote': { nl: 'er staat tekst na een sluitend aanhalingsteken', en: 'there is text after a closing quote' },
  'stray-quote': { nl: 'een aanhalingsteken staat midden in een cel', en: 'a quote stands inside a cell' },
};

const word = (value: string | number | undefined, locale: Locale): string | number =>
  typeof value === 'string' && Object.hasOwn(WORDS, value) ? WORDS[value]![locale] : (value ?? '');

/** An issue from the schema package, or one the demo found itself. */
export type ShownIssue = Pick<ValidationIssue, 'path' | 'params'> & { code?: IssueCode | DemoIssueCode };

/**
 * The problem in the user's language, chosen by its stable code: never by matching the English
 * message, which stays out of the interface.
 */
export function issueText(issue: ShownIssue, locale: Locale): string {
  const text = (issue.code && Object.hasOwn(TEXTS, issue.code) ? TEXTS[issue.code] : undefined) ?? TEXTS.other;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(issue.params ?? {}))
    params[k] = k === 'expected' || k === 'found' || k === 'unit' || k === 'format' || k === 'problem' ? word(v, locale) : v;
  return render(text[locale], locale, params);
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

/** What a file of each kind is called, for "… is not a basisscan file". */
export const FILE_LABELS: Readonly<Record<DocumentKind, Readonly<Record<Locale, string>>>> = {
  Assessment: { nl: 'basisscanbestand', en: 'basisscan file' },
  Catalog: { nl: 'vragenlijstbestand', en: 'question list file' },
  ChainModel: { nl: 'ketenbestand', en: 'value chain file' },
  ClauseLibrary: { nl: 'clausulebestand', en: 'clause library file' },
  OrganisationProfile: { nl: 'profielbestand', en: 'profile file' },
  ScoreReport: { nl: 'uitslagbestand', en: 'score report file' },
  BenchmarkSubmission: { nl: 'vergelijkingsbijdrage', en: 'benchmark submission file' },
  BenchmarkRelease: { nl: 'vergelijkingsbestand', en: 'benchmark release file' },
};
