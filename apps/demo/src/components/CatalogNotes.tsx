import { glossaryTermsIn } from '@lsh-cyber/catalog-lsh';
import type { LocalizedText } from '@lsh-cyber/schema';
import { useI18n } from '../i18n/context.js';
import { catalog } from '../lib/catalog.js';

/** The glossary terms the given texts use, with their definitions, folded away until opened. */
export function GlossaryTerms({ texts }: { texts: readonly string[] }) {
  const { t, locale } = useI18n();
  const terms = glossaryTermsIn(catalog, texts, locale);
  if (terms.length === 0) return null;
  return (
    <details className="terms" data-terms={terms.length}>
      <summary>{t('terms.heading')}</summary>
      <dl>
        {terms.map((e) => (
          <div key={e.id}>
            <dt>{e.term[locale]}</dt>
            <dd>{e.definition[locale]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** A measure's step plan, folded away until opened. */
export function MeasureSteps({ steps }: { steps: readonly LocalizedText[] }) {
  const { t, locale } = useI18n();
  return (
    <details className="steps" data-steps={steps.length}>
      <summary>{t('steps.heading')}</summary>
      <ol>
        {steps.map((s) => (
          <li key={s.en}>{s[locale]}</li>
        ))}
      </ol>
    </details>
  );
}
