import { useI18n } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { updateDraft, useDraft } from '../../state/store.js';

/** Step 2: the organisation's own estimate, asked before the questions so they cannot colour it. */
export function RatingStep() {
  const { t } = useI18n();
  const { draft } = useDraft();
  return (
    <>
      <p>{t('rating.intro')}</p>
      <fieldset className="field">
        <legend>{t('rating.legend')}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="choice">
            <input
              type="radio"
              name="selfRating"
              value={n}
              checked={draft.selfRating === n}
              onChange={() => updateDraft((d) => ({ ...d, selfRating: n }))}
            />
            {t(`rating.${n}` as MessageKey)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
