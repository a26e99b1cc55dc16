import type { LocalizedText } from './common.js';
import type { IssueCode, ValidationIssue } from './lsh-error.js';

/**
 * Every issue code's sentence in Dutch and English, and the words its parameters stand for. One
 * home, so the CLI and the demo say a problem the same way in the user's language, chosen by the
 * issue's stable code and never by matching the English message.
 */

/** A language the sentences are written in. */
export type IssueLanguage = keyof LocalizedText;

/** `{name}` is filled with the issue's `params.name`; a number is written as the language writes it. */
const SENTENCES: Readonly<Record<IssueCode, Readonly<LocalizedText>>> = {
  required: { nl: 'ontbreekt, maar is verplicht', en: 'is required but missing' },
  'unknown-field': { nl: 'is geen bekend veld (controleer de spelling)', en: 'is not a known field (check the spelling)' },
  'wrong-type': { nl: 'moet {expected} zijn, niet {found}', en: 'must be {expected}, not {found}' },
  'wrong-kind': { nl: 'heeft een waarde van de verkeerde soort', en: 'has a value of the wrong kind' },
  'too-big': { nl: 'is te groot (hoogstens {maximum}{unit})', en: 'is too large (at most {maximum}{unit})' },
  'too-small': { nl: 'is te klein (minstens {minimum}{unit})', en: 'is too small (at least {minimum}{unit})' },
  'not-one-of': { nl: 'moet een van deze waarden zijn: {allowed}', en: 'must be one of: {allowed}' },
  'invalid-format': { nl: 'heeft niet de goede vorm ({format})', en: 'does not have the right form ({format})' },
  invalid: { nl: 'is niet geldig', en: 'is not valid' },
  'forbidden-key': { nl: 'de sleutel "__proto__" is niet toegestaan', en: 'the key "__proto__" is not allowed' },
  'version-too-new': {
    nl: 'is versie {version}, nieuwer dan deze versie van lsh-cyber kan lezen ({supported})',
    en: 'is version {version}, newer than this version of lsh-cyber reads ({supported})',
  },
  'version-unreadable': {
    nl: 'versie {version} kan deze versie van lsh-cyber niet lezen',
    en: 'version {version} cannot be read by this version of lsh-cyber',
  },
  unreadable: { nl: 'kon niet worden gelezen', en: 'could not be read' },
  'unknown-document-kind': { nl: 'is geen bestand dat lsh-cyber kent', en: 'is not a kind of file lsh-cyber knows' },
  'wrong-catalog': {
    nl: 'beantwoordt vragenlijst "{found}", maar hier wordt "{expected}" gebruikt',
    en: 'answers question list "{found}", but "{expected}" is used here',
  },
  'wrong-catalog-version': {
    nl: 'beantwoordt versie {found} van de vragenlijst, maar hier wordt versie {expected} gebruikt',
    en: 'answers version {found} of the question list, but version {expected} is used here',
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
  'listed-twice': { nl: 'noemt dezelfde waarde twee keer', en: 'names the same value twice' },
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
};

/** Words that fill `{expected}`, `{found}`, `{unit}`, `{format}` and `{problem}`. */
const WORDS: Readonly<Record<string, Readonly<LocalizedText>>> = {
  text: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  integer: { nl: 'een heel getal', en: 'a whole number' },
  boolean: { nl: 'ja of nee (true/false)', en: 'yes or no (true/false)' },
  object: { nl: 'een object', en: 'an object' },
  list: { nl: 'een lijst', en: 'a list' },
  null: { nl: 'leeg (null)', en: 'empty (null)' },
  undefined: { nl: 'niets', en: 'nothing' },
  value: { nl: '', en: '' },
  datetime: { nl: 'datum en tijd, zoals 2026-03-01T09:30:00Z', en: 'date and time, such as 2026-03-01T09:30:00Z' },
  date: { nl: 'datum, zoals 2026-09-11', en: 'date, such as 2026-09-11' },
  regex: { nl: 'bijvoorbeeld een code met letters, cijfers en -', en: 'for example an id of letters, digits and -' },
  'unclosed-quote': { nl: 'een aanhalingsteken wordt niet gesloten', en: 'a quote is never closed' },
  'text-after-quote': { nl: 'er staat tekst na een sluitend aanhalingsteken', en: 'there is text after a closing quote' },
  'stray-quote': { nl: 'een aanhalingsteken staat midden in een cel', en: 'a quote stands inside a cell' },
};

/** Text is too long or too short, and a list holds too many or too few, rather than "too large". */
const BOUND_SENTENCES: Readonly<Record<'characters' | 'items', Readonly<Record<'too-big' | 'too-small', Readonly<LocalizedText>>>>> = {
  characters: {
    'too-big': { nl: 'is te lang (hoogstens {maximum}{unit})', en: 'is too long (at most {maximum}{unit})' },
    'too-small': { nl: 'is te kort (minstens {minimum}{unit})', en: 'is too short (at least {minimum}{unit})' },
  },
  items: {
    'too-big': { nl: 'bevat te veel onderdelen (hoogstens {maximum})', en: 'holds too many items (at most {maximum})' },
    'too-small': { nl: 'bevat te weinig onderdelen (minstens {minimum})', en: 'holds too few items (at least {minimum})' },
  },
};

/** The words that fill `{unit}`: one of them after the number 1, many after any other. */
const UNITS: Readonly<Record<string, Readonly<Record<IssueLanguage, { one: string; many: string }>>>> = {
  characters: { nl: { one: ' teken', many: ' tekens' }, en: { one: ' character', many: ' characters' } },
};

const WORD_PARAMS: ReadonlySet<string> = new Set(['expected', 'found', 'format', 'problem']);
const NUMBERS: Readonly<Record<IssueLanguage, Intl.NumberFormat>> = {
  nl: new Intl.NumberFormat('nl-NL'),
  en: new Intl.NumberFormat('en-GB'),
};

/** True when `code` is one of the {@link IssueCode}s this version knows. */
export function isIssueCode(code: unknown): code is IssueCode {
  return typeof code === 'string' && Object.hasOwn(SENTENCES, code);
}

/**
 * The problem an issue describes, in `language`: its code's sentence with the parameters filled,
 * words such as `list` or `characters` in that language, numbers written as the language writes
 * them (Dutch `9.000`, English `9,000`). An issue without a known code, and a rule the codes do not
 * name (`invalid`), say "is not valid" with the issue's own message after it, so nothing the
 * message says is lost. Pure: the same issue and language give the same text.
 */
export function issueText(issue: { code?: string; params?: ValidationIssue['params']; message?: string }, language: IssueLanguage): string {
  const known = isIssueCode(issue.code) && issue.code !== 'invalid' ? issue.code : undefined;
  if (known === undefined) {
    const general = SENTENCES.invalid[language];
    return issue.message ? `${general} (${issue.message})` : general;
  }
  const params = issue.params ?? {};
  const bound = Object.hasOwn(params, 'maximum') ? params.maximum : params.minimum;
  const unit = params.unit === 'characters' || params.unit === 'items' ? params.unit : undefined;
  const sentence = unit && (known === 'too-big' || known === 'too-small') ? BOUND_SENTENCES[unit][known] : SENTENCES[known];
  return sentence[language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    if (typeof value === 'number') return NUMBERS[language].format(value);
    if (name === 'unit' && Object.hasOwn(UNITS, value)) return UNITS[value]![language][bound === 1 ? 'one' : 'many'];
    return (WORD_PARAMS.has(name) || name === 'unit') && Object.hasOwn(WORDS, value) ? WORDS[value]![language] : value;
  });
}
