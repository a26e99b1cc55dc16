import { type Deadline, type DeviceIncident, deadlines, formatAmsterdam, fromAmsterdamLocal, type Incident } from '@lsh-cyber/duties';
import type { OrganisationProfile } from '@lsh-cyber/schema';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/context.js';
import { dutiesText, fill } from './text.js';

type Flags = Pick<Incident, 'significant' | 'personalData' | 'exploitedVulnerability' | 'severeIncident'>;

/** Enter when the incident was noticed and what it is; see every clock that runs, on Dutch time. */
export function DeadlineCalculator({ profile }: { profile: OrganisationProfile }) {
  const { locale } = useI18n();
  const T = dutiesText(locale);
  const id = useId();
  const [awareText, setAwareText] = useState('');
  const [notifiedText, setNotifiedText] = useState('');
  const [fixText, setFixText] = useState('');
  const [flags, setFlags] = useState<Flags>({ significant: true, personalData: true });
  const [device, setDevice] = useState<DeviceIncident | ''>('');
  const result = useMemo((): { list: Deadline[] } | { error: string } | null => {
    if (!awareText) return null;
    const awareAt = fromAmsterdamLocal(awareText);
    if (!awareAt) return { error: T.badTime };
    const incident: Incident = { awareAt, ...flags };
    const notifiedAt = notifiedText ? fromAmsterdamLocal(notifiedText) : null;
    const fixAvailableAt = fixText ? fromAmsterdamLocal(fixText) : null;
    if (notifiedAt) incident.notifiedAt = notifiedAt;
    if (fixAvailableAt) incident.fixAvailableAt = fixAvailableAt;
    if (device) incident.deviceIncident = device;
    try {
      return { list: deadlines(profile, incident) };
    } catch (error) {
      const issues = (error as { issues?: Array<{ path: string; message: string }> }).issues;
      return { error: issues ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : String(error) };
    }
  }, [awareText, notifiedText, fixText, flags, device, profile, T]);
  const check = (key: keyof Flags, label: string) => (
    <p>
      <label>
        <input
          type="checkbox"
          checked={flags[key] === true}
          onChange={(e) => setFlags({ ...flags, [key]: e.target.checked })}
          data-testid={`flag-${key}`}
        />{' '}
        {label}
      </label>
    </p>
  );
  const time = (value: string, set: (v: string) => void, label: string, testId: string) => (
    <p>
      <label htmlFor={`${id}-${testId}`}>{label}</label>
      <input id={`${id}-${testId}`} type="datetime-local" value={value} onChange={(e) => set(e.target.value)} data-testid={testId} />
    </p>
  );
  return (
    <section aria-labelledby={`${id}-h`} className="card" data-testid="calculator">
      <h2 id={`${id}-h`}>{T.calculatorHeading}</h2>
      <p>{T.calculatorIntro}</p>
      {time(awareText, setAwareText, T.awareAt, 'aware-at')}
      {check('significant', T.significant)}
      {check('personalData', T.personalData)}
      <p>
        <label htmlFor={`${id}-device`}>{T.deviceIncident}</label>
        <select id={`${id}-device`} value={device} onChange={(e) => setDevice(e.target.value as DeviceIncident | '')}>
          <option value="">{T.deviceIncidentNone}</option>
          <option value="death-or-deterioration">{T.deviceDeath}</option>
          <option value="public-health-threat">{T.devicePublic}</option>
          <option value="other">{T.deviceOther}</option>
        </select>
      </p>
      {check('exploitedVulnerability', T.exploited)}
      {check('severeIncident', T.severe)}
      {time(notifiedText, setNotifiedText, T.notifiedAt, 'notified-at')}
      {time(fixText, setFixText, T.fixAt, 'fix-at')}
      {result && 'error' in result && (
        <p className="error-box" role="alert">
          {result.error}
        </p>
      )}
      {result && 'list' in result && (
        <ol data-testid="deadlines" data-count={result.list.length} aria-live="polite">
          {result.list.length === 0 && <li>{T.noDeadlines}</li>}
          {result.list.map((d) => (
            <li key={d.duty} data-testid="deadline" data-duty={d.duty} data-due={d.due}>
              <strong>
                {d.withoutUndueDelay
                  ? fill(T.undue, { when: formatAmsterdam(d.startsAt, locale) })
                  : fill(T.due, { when: formatAmsterdam(d.due, locale) })}
              </strong>
              : {d.title[locale]} → {d.to[locale]} <small>({d.basis})</small>
              {d.provisional && <small> {T.provisional}</small>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
