import { useRef, useState } from 'react';
import { SaveStatus } from '../components/SaveStatus.js';
import { useI18n } from '../i18n/context.js';
import { catalog, domainsFor, progress } from '../lib/catalog.js';
import { href, navigate } from '../lib/router.js';
import { useDraft } from '../state/store.js';
import { ProfileStep, profileMissing } from './wizard/ProfileStep.js';
import { QuestionsStep } from './wizard/QuestionsStep.js';
import { RatingStep } from './wizard/RatingStep.js';

/** The basisscan as a wizard: profile, own estimate, then the questions domain by domain. */
export function WizardView({ step }: { step: number }) {
  const { t, locale } = useI18n();
  const { draft } = useDraft();
  const domains = domainsFor(draft.organisation);
  const total = 2 + domains.length;
  const current = Math.min(step, total - 1);
  const { answered, total: questions } = progress(draft.organisation, draft.answers);
  // The notice appears once she tries to go on, and follows the fields from then: it clears when they are filled.
  const [attempted, setAttempted] = useState(false);
  const missing = attempted ? profileMissing(draft.organisation, t) : [];
  const errorRef = useRef<HTMLDivElement>(null);

  const titles = [t('wizard.profile'), t('wizard.rating'), ...domains.map((d) => d.domain.title[locale])];

  const goNext = () => {
    if (current === 0) {
      const gaps = profileMissing(draft.organisation, t);
      setAttempted(true);
      if (gaps.length > 0) {
        setTimeout(() => errorRef.current?.focus(), 0);
        return;
      }
    }
    navigate(current + 1 < total ? { view: 'scan', step: current + 1 } : { view: 'result' });
  };

  const domain = current >= 2 ? domains[current - 2] : undefined;

  return (
    <div className="wizard">
      <nav aria-label={t('wizard.steps')} className="steps">
        <ol>
          {titles.map((title, i) => (
            <li key={title}>
              <a href={href({ view: 'scan', step: i })} aria-current={i === current ? 'step' : undefined}>
                {title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div
        className="wizard-body"
        data-step={current}
        data-step-kind={current === 0 ? 'profile' : current === 1 ? 'rating' : 'domain'}
        data-domain={domain?.domain.id}
        data-question-count={domain ? domain.questions.length : 0}
      >
        <p className="step-count">{t('wizard.step', { n: current + 1, total })}</p>
        <h1 tabIndex={-1}>{titles[current]}</h1>
        <div className="progress">
          <label htmlFor="scan-progress">{t('wizard.progress')}</label>
          <progress
            id="scan-progress"
            max={questions}
            value={answered}
            aria-valuetext={t('wizard.progressText', { answered, total: questions })}
          />
          <span data-testid="progress-text">{t('wizard.progressText', { answered, total: questions })}</span>
        </div>
        {current === 0 && missing.length > 0 && (
          <div className="error-box" role="alert" tabIndex={-1} ref={errorRef}>
            {t('profile.missing', { fields: missing.join(', ') })}
          </div>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            goNext();
          }}
          noValidate
        >
          {current === 0 && <ProfileStep />}
          {current === 1 && <RatingStep />}
          {domain && <QuestionsStep domain={domain.domain} questions={domain.questions} />}
          <div className="wizard-buttons">
            {current > 0 && (
              <a className="button" href={href({ view: 'scan', step: current - 1 })}>
                {t('wizard.previous')}
              </a>
            )}
            <button type="submit" className="button primary">
              {current + 1 < total ? t('wizard.next') : t('wizard.toResult')}
            </button>
          </div>
        </form>
        <SaveStatus />
        <p className="hint">
          {catalog.title[locale]} · {catalog.version}
        </p>
      </div>
    </div>
  );
}
