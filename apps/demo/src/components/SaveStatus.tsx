import { useI18n } from '../i18n/context.js';
import { useDraft } from '../state/store.js';

/** A live line that tells screen-reader and sighted users alike that the last answer was saved. */
export function SaveStatus() {
  const { t, locale } = useI18n();
  const { draft, status } = useDraft();
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale === 'nl' ? 'nl-NL' : 'en-GB');
  let text = t('saved.none');
  if (status.state === 'saved') text = t('saved.at', { time: time(status.at) });
  else if (status.state === 'failed') text = t('saved.failed', { detail: status.detail });
  else if (status.state === 'synced' && !status.cleared) text = t('saved.stored', { time: time(draft.updatedAt) });
  else if (Object.keys(draft.answers).length > 0 || draft.organisation.name) text = t('saved.stored', { time: time(draft.updatedAt) });
  return (
    <p className="save-status" role="status" aria-live="polite" data-testid="save-status" data-state={status.state}>
      {text}
    </p>
  );
}
