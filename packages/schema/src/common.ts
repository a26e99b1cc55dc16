import { z } from 'zod';

/**
 * Names that a catalog's question, domain, option and measure ids may not take: they are properties
 * of `Object.prototype`, and an assessment's `answers` is a JSON object keyed by question id.
 */
export const RESERVED_IDS: readonly string[] = Object.freeze(Object.getOwnPropertyNames(Object.prototype));

const reserved = RESERVED_IDS.map((n) => n.replace(/[$]/g, '\\$')).join('|');

/**
 * Characters no name, text or id may hold, because no output format can carry them faithfully:
 * C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F), unpaired surrogate halves, and the
 * non-characters U+FFFE and U+FFFF (none of them is allowed in XML, so GEXF and GraphML would break).
 * Long texts may still hold tab, line feed and carriage return.
 */
const FORBIDDEN = String.raw`\p{Cc}\p{Cs}\uFFFE\uFFFF`;

/**
 * Pattern of an id a user brings from outside (organisations, suppliers, assessments, profiles,
 * chains, groups): any 1 to 200 characters (code points) without control characters, not blank.
 * Package names such as `libstdc++6`, package URLs, e-mail addresses and names with spaces or
 * accents are all ids. `__proto__` is an id too: code never indexes a plain object by one.
 */
export const ID_PATTERN = new RegExp(String.raw`^(?!\s*$)[^${FORBIDDEN}]{1,200}$`, 'u');

/**
 * Pattern of the ids a catalog or clause library author chooses (questions, domains, options,
 * measures, clauses, topics, catalogs): starts with a letter or digit, then letters, digits,
 * `.`, `_`, `:`, `/`, `-`, and not a reserved name such as `constructor`. They stay strict because
 * they are keys of JSON objects (an assessment's `answers`), appear in URLs and file names, and are
 * written by the people who write the catalog, not imported from other systems.
 */
export const CATALOG_KEY_PATTERN = new RegExp(`^(?!(?:${reserved})$)[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$`);

/** The problem an invalid id is reported with. */
export const ID_MESSAGE = 'must be an id: 1 to 200 characters, not blank, without control characters';

/**
 * True when `value` is an id (see {@link ID_PATTERN}). The one test every package uses. The usual
 * ids are decided without the regular expression (national chains hold millions): printable ASCII
 * of 1 to 200 characters that is not all spaces holds no forbidden character, and its length in
 * code points is its length. Anything else is left to the pattern.
 */
export function isId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const n = value.length;
  if (n === 0 || n > 200) return ID_PATTERN.test(value);
  let blank = true;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return ID_PATTERN.test(value);
    if (c !== 0x20) blank = false;
  }
  return !blank;
}

/** Generous bounds that keep hostile files cheap to refuse. */
export const LIMITS = Object.freeze({
  shortText: 500,
  longText: 20_000,
  list: 10_000,
  organisations: 10_000_000,
  dependencies: 50_000_000,
});

/** A stable identifier a user brings: see {@link ID_PATTERN}. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { message: ID_MESSAGE })
  .meta({ description: 'A stable identifier: 1 to 200 characters, not blank, without control characters.' });

/** The id of a catalog or clause-library entry: see {@link CATALOG_KEY_PATTERN}. */
export const CatalogKeySchema = z
  .string()
  .regex(CATALOG_KEY_PATTERN, {
    message:
      'must be a catalog id: 1 to 200 letters, digits or . _ : / -, starting with a letter or digit, and not a reserved name such as "constructor"',
  })
  .meta({ description: 'An id chosen by a catalog author: letters, digits and . _ : / -, starting with a letter or digit.' });

/** A single-line text holds no control character at all. */
export const NAME_PATTERN = new RegExp(`^[^${FORBIDDEN}]*$`, 'u');
/** A long text may hold tab, line feed and carriage return, but no other control character. */
export const TEXT_PATTERN = new RegExp(`^(?:[\\t\\n\\r]|[^${FORBIDDEN}])*$`, 'u');
/** True when `value` is a name ({@link NameSchema}): 1 to 500 characters without control characters. */
export function isName(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.shortText && NAME_PATTERN.test(value);
}
const NAME_CONTROL = 'must not contain control characters (U+0000–U+001F, U+007F–U+009F), not even a tab or line break';
const TEXT_CONTROL = 'must not contain control characters (U+0000–U+001F, U+007F–U+009F) other than tab and line breaks';

/** A short single-line text such as a name. */
export const NameSchema = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(LIMITS.shortText, { message: `must be at most ${LIMITS.shortText} characters` })
  .regex(NAME_PATTERN, { message: NAME_CONTROL });

/** A longer text such as help or a note. */
export const TextSchema = z
  .string()
  .max(LIMITS.longText, { message: `must be at most ${LIMITS.longText} characters` })
  .regex(TEXT_PATTERN, { message: TEXT_CONTROL });

const localized = (max: number) =>
  z.strictObject({
    nl: z
      .string()
      .min(1, { message: 'the Dutch text must not be empty' })
      .max(max, { message: `must be at most ${max} characters` })
      .regex(TEXT_PATTERN, { message: TEXT_CONTROL })
      .meta({ description: 'Dutch text.' }),
    en: z
      .string()
      .min(1, { message: 'the English text must not be empty' })
      .max(max, { message: `must be at most ${max} characters` })
      .regex(TEXT_PATTERN, { message: TEXT_CONTROL })
      .meta({ description: 'English text.' }),
  });

/** A text in Dutch and English; both are required for shipped content. */
export const LocalizedTextSchema = localized(LIMITS.longText).meta({
  id: 'LocalizedText',
  title: 'LocalizedText',
  description: 'A text in Dutch (nl) and English (en); both are required.',
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A semantic version such as `1.2.0`. */
export const SemverSchema = z
  .string()
  .regex(/^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(-[0-9A-Za-z.-]{1,40})?$/, {
    message: 'must be a semantic version such as 1.0.0',
  })
  .meta({ description: 'A semantic version such as 1.0.0.' });

/** An ISO 8601 date-time with time zone, e.g. `2026-03-01T09:30:00Z`. */
export const DateTimeSchema = z.iso
  .datetime({ offset: true, message: 'must be a date and time such as 2026-03-01T09:30:00Z' })
  .meta({ description: 'An ISO 8601 date and time with time zone.' });

/** An ISO 8601 calendar date, e.g. `2026-09-11`. */
export const DateSchema = z.iso.date({ message: 'must be a date such as 2026-09-11' }).meta({ description: 'An ISO 8601 calendar date.' });

/** The schema version of every top-level document; this library reads version 1. */
export const SchemaVersionSchema = z
  .literal(1, { message: 'must be 1, the schema version this library reads' })
  .meta({ description: 'Version of the document format. This release reads and writes version 1.' });

/** Optional pointer to the JSON Schema, so editors can validate while the user types. */
export const DollarSchemaSchema = z
  .string()
  .max(LIMITS.shortText)
  .optional()
  .meta({ description: 'Optional URL or path of the JSON Schema this document follows, for editors.' });

/** A money amount in euros: finite and not negative. */
export const EurosSchema = z
  .number({ message: 'must be a number of euros' })
  .min(0, { message: 'must not be negative' })
  .max(1e12, { message: 'must be at most 1,000,000,000,000 euros' });
