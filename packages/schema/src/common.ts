import { z } from 'zod';

/**
 * Names that must never be used as ids or record keys: they are properties of
 * `Object.prototype`, so a lookup such as `answers[id]` could reach the prototype.
 */
export const RESERVED_IDS: readonly string[] = Object.freeze(Object.getOwnPropertyNames(Object.prototype));

const reserved = RESERVED_IDS.map((n) => n.replace(/[$]/g, '\\$')).join('|');

/** Pattern every id follows: starts with a letter or digit, then letters, digits, `.`, `_`, `:`, `/`, `-`. */
export const ID_PATTERN = new RegExp(`^(?!(?:${reserved})$)[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$`);

/** Generous bounds that keep hostile files cheap to refuse. */
export const LIMITS = Object.freeze({
  shortText: 500,
  longText: 20_000,
  list: 10_000,
  organisations: 10_000_000,
  dependencies: 50_000_000,
});

/** A stable identifier. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, {
    message:
      'must be an id: 1 to 200 letters, digits or . _ : / -, starting with a letter or digit, and not a reserved name such as "constructor"',
  })
  .meta({ description: 'A stable identifier: letters, digits and . _ : / -, starting with a letter or digit.' });

/** A short single-line text such as a name. */
export const NameSchema = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(LIMITS.shortText, { message: `must be at most ${LIMITS.shortText} characters` });

/** A longer text such as help or a note. */
export const TextSchema = z.string().max(LIMITS.longText, { message: `must be at most ${LIMITS.longText} characters` });

const localized = (max: number) =>
  z.strictObject({
    nl: z
      .string()
      .min(1, { message: 'the Dutch text must not be empty' })
      .max(max, { message: `must be at most ${max} characters` })
      .meta({ description: 'Dutch text.' }),
    en: z
      .string()
      .min(1, { message: 'the English text must not be empty' })
      .max(max, { message: `must be at most ${max} characters` })
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
