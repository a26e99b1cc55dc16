import { useI18n } from '../i18n/context.js';
import { useDraft } from '../state/store.js';

/** A live line that tells screen-reader and sighted users alike that the last answer was saved. */
export function SaveStatus() {
  const { t, locale } = useI18n();
  const { status } = useDraft();
  let text = t('saved.none');
  if (status.state === 'saved') {
    const time = new Date(status.at).toLocaleTimeString(locale === 'nl' ? 'nl-NL' : 'en-GB');
    text = t('saved.at', { time });
  } else if (status.state === 'failed') {
    text = t('saved.failed', { detail: status.detail });
  }
  return (
    <p className="save-status" role="status" aria-live="polite" data-testid="save-status" data-state={status.state}>
      {text}
    </p>
  );
}
