import type { Catalog, GlossaryEntry } from '@lsh-cyber/schema';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Whole words only: a form counts when no letter or digit touches it on either side.
const patterns = new WeakMap<GlossaryEntry, Record<'nl' | 'en', RegExp>>();
function patternOf(entry: GlossaryEntry, lang: 'nl' | 'en'): RegExp {
  let p = patterns.get(entry);
  if (!p) {
    const build = (forms: readonly string[]) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[...forms]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|')})(?![\\p{L}\\p{N}])`,
        'iu',
      );
    p = { nl: build(entry.forms.nl), en: build(entry.forms.en) };
    patterns.set(entry, p);
  }
  return p[lang];
}

/**
 * The glossary entries of `catalog` whose words (`forms`, whole words, any case) occur in any of
 * `texts`, in glossary order, each once. Use it to show the definitions beside a question, a
 * measure or a report. A catalog without a glossary gives an empty list.
 */
export function glossaryTermsIn(catalog: Pick<Catalog, 'glossary'>, texts: readonly string[], lang: 'nl' | 'en'): GlossaryEntry[] {
  const entries = catalog.glossary ?? [];
  return entries.filter((e) => texts.some((t) => patternOf(e, lang).test(t)));
}
