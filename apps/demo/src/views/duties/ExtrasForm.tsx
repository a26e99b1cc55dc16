import { useId } from 'react';
import { useI18n } from '../../i18n/context.js';
import type { DutyExtras } from './extras.js';
import { dutiesText } from './text.js';

/** The figures and roles the duties check needs beyond the scan's profile. */
export function ExtrasForm({ extras, onChange }: { extras: DutyExtras; onChange: (next: DutyExtras) => void }) {
  const { locale } = useI18n();
  const T = dutiesText(locale);
  const id = useId();
  const setNumber = (key: 'headcount' | 'turnoverEur' | 'balanceSheetEur', text: string) => {
    const next = { ...extras };
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < 0) delete next[key];
    else next[key] = n;
    onChange(next);
  };
  const numberField = (key: 'headcount' | 'turnoverEur' | 'balanceSheetEur', label: string) => (
    <p>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={0}
        step={key === 'headcount' ? 1 : 1000}
        inputMode="numeric"
        value={extras[key] ?? ''}
        onChange={(e) => setNumber(key, e.target.value)}
        data-testid={`extra-${key}`}
      />
    </p>
  );
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{T.extrasHeading}</h2>
      <p>{T.extrasIntro}</p>
      {numberField('headcount', T.headcount)}
      {numberField('turnoverEur', T.turnover)}
      {numberField('balanceSheetEur', T.balance)}
      <p>
        <label>
          <input
            type="checkbox"
            checked={extras.healthcareProvider === true}
            onChange={(e) => onChange({ ...extras, healthcareProvider: e.target.checked })}
            data-testid="extra-healthcare"
          />{' '}
          {T.healthcare}
        </label>
      </p>
      <p>
        <label htmlFor={`${id}-device`}>{T.deviceMaker}</label>
        <select
          id={`${id}-device`}
          value={extras.deviceMaker ?? ''}
          onChange={(e) => {
            const next = { ...extras };
            const v = e.target.value;
            if (v === 'none' || v === 'mdr' || v === 'ivdr') next.deviceMaker = v;
            else delete next.deviceMaker;
            onChange(next);
          }}
        >
          <option value="">{T.deviceUnknown}</option>
          <option value="none">{T.deviceNone}</option>
          <option value="mdr">{T.deviceMdr}</option>
          <option value="ivdr">{T.deviceIvdr}</option>
        </select>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={extras.digitalProducts === true}
            onChange={(e) => onChange({ ...extras, digitalProducts: e.target.checked })}
          />{' '}
          {T.digital}
        </label>
      </p>
    </section>
  );
}
