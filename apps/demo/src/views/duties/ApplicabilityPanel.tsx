import { type Applicability, GDPR_ROLE_LABELS, NIS2_STATUS_LABELS } from '@lsh-cyber/duties';
import { useId } from 'react';
import { useI18n } from '../../i18n/context.js';
import { dutiesText, fill } from './text.js';

/** "Which laws apply?": the engine's answer per law, with every reason. */
export function ApplicabilityPanel({ app }: { app: Applicability }) {
  const { locale } = useI18n();
  const T = dutiesText(locale);
  const id = useId();
  const reasons = (list: ReadonlyArray<{ nl: string; en: string }>) => (
    <ul>
      {list.map((r) => (
        <li key={r.en}>{r[locale]}</li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby={`${id}-h`} className="card" data-testid="applicability">
      <h2 id={`${id}-h`}>{T.applicabilityHeading}</h2>
      <h3>
        {T.nis2}:{' '}
        <span data-testid="nis2-status" data-status={app.nis2.status}>
          {NIS2_STATUS_LABELS[app.nis2.status][locale]}
        </span>
      </h3>
      {app.nis2.missing.length > 0 && <p className="error-box">{fill(T.missing, { fields: app.nis2.missing.join(', ') })}</p>}
      {reasons(app.nis2.reasons)}
      <h3>
        {T.gdpr}: <span data-testid="gdpr-role">{GDPR_ROLE_LABELS[app.gdpr.role][locale]}</span>
      </h3>
      {reasons(app.gdpr.reasons)}
      <h3>
        {T.mdr}: {app.mdr.manufacturer ? T.yes : T.no}
      </h3>
      {reasons(app.mdr.reasons)}
      <h3>
        {T.cra}: {app.cra.manufacturer ? T.yes : T.no}
      </h3>
      {reasons(app.cra.reasons)}
    </section>
  );
}
