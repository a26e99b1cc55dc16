import { CERTIFICATIONS, DATA_KINDS, NIS2_ENTITY_TYPES, SIZE_CLASSES, SUBSECTORS, ZUID_HOLLAND_REGIONS } from '@lsh-cyber/schema';
import { useId } from 'react';
import { type I18n, useI18n } from '../../i18n/context.js';
import { CERTIFICATION_LABELS, DATA_LABELS, NIS2_LABELS, SIZE_LABELS, SUBSECTOR_LABELS } from '../../i18n/labels.js';
import { missingProfileFields } from '../../lib/profile-complete.js';
import type { DraftProfile } from '../../state/draft.js';
import { updateDraft, useDraft } from '../../state/store.js';

/** The labels of the required profile fields that are still empty. */
export function profileMissing(profile: DraftProfile, t: I18n['t']): string[] {
  return missingProfileFields(profile).map((field) => t(`profile.${field}`));
}

const setProfile = (change: Partial<DraftProfile> | ((p: DraftProfile) => DraftProfile)) =>
  updateDraft((d) => ({ ...d, organisation: typeof change === 'function' ? change(d.organisation) : { ...d.organisation, ...change } }));

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/** Step 1: who the organisation is. Every change is saved at once. */
export function ProfileStep() {
  const { t, locale } = useI18n();
  const { draft } = useDraft();
  const p = draft.organisation;
  const id = useId();
  const required = <span className="required"> ({t('profile.required')})</span>;

  return (
    <>
      <p>{t('profile.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>
          {t('profile.name')}
          {required}
        </label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          autoComplete="organization"
          required
          aria-required="true"
          value={p.name}
          maxLength={200}
          onChange={(e) => setProfile({ name: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-subsector`}>
          {t('profile.subsector')}
          {required}
        </label>
        <select
          id={`${id}-subsector`}
          name="subsector"
          required
          aria-required="true"
          value={p.subsector ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setProfile((o) => {
              const { subsector: _, ...rest } = o;
              return value ? { ...rest, subsector: value as (typeof SUBSECTORS)[number] } : rest;
            });
          }}
        >
          <option value="">{t('profile.choose')}</option>
          {SUBSECTORS.map((s) => (
            <option key={s} value={s}>
              {SUBSECTOR_LABELS[s][locale]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>
          {t('profile.size')}
          {required}
        </legend>
        {SIZE_CLASSES.map((s) => (
          <label key={s} className="choice">
            <input type="radio" name="sizeClass" value={s} checked={p.sizeClass === s} onChange={() => setProfile({ sizeClass: s })} />
            {SIZE_LABELS[s][locale]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-region`}>{t('profile.region')}</label>
        <select
          id={`${id}-region`}
          name="region"
          value={p.region ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setProfile((o) => {
              const { region: _, ...rest } = o;
              return value ? { ...rest, region: value } : rest;
            });
          }}
        >
          <option value="">{t('profile.regionOther')}</option>
          {p.region && !(ZUID_HOLLAND_REGIONS as readonly string[]).includes(p.region) && (
            // A region from a loaded file that is not on the list: shown as it is, never as "outside".
            <option value={p.region}>{t('profile.regionFromFile', { region: p.region })}</option>
          )}
          {ZUID_HOLLAND_REGIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t('profile.data')}</legend>
        {DATA_KINDS.map((k) => (
          <label key={k} className="choice">
            <input
              type="checkbox"
              name="data"
              value={k}
              checked={p.data.includes(k)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setProfile((o) => ({ ...o, data: toggle(o.data, k, on) }));
              }}
            />
            {DATA_LABELS[k][locale]}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('profile.certifications')}</legend>
        {CERTIFICATIONS.map((c) => (
          <label key={c} className="choice">
            <input
              type="checkbox"
              name="certifications"
              value={c}
              checked={p.certifications.includes(c)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setProfile((o) => ({ ...o, certifications: toggle(o.certifications, c, on) }));
              }}
            />
            {CERTIFICATION_LABELS[c][locale]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-downtime`}>{t('profile.downtime')}</label>
        <input
          id={`${id}-downtime`}
          name="downtimeCostPerDay"
          type="number"
          inputMode="numeric"
          min={0}
          step={100}
          aria-describedby={`${id}-downtime-help`}
          value={p.downtimeCostPerDay ?? ''}
          onChange={(e) => {
            const raw = e.currentTarget.value;
            const value = Number(raw);
            setProfile((o) => {
              const { downtimeCostPerDay: _, ...rest } = o;
              return raw !== '' && Number.isFinite(value) && value >= 0 ? { ...rest, downtimeCostPerDay: value } : rest;
            });
          }}
        />
        <p id={`${id}-downtime-help`} className="hint">
          {t('profile.downtimeHelp')}
        </p>
      </div>
      <fieldset className="field">
        <legend>{t('profile.nis2')}</legend>
        {NIS2_ENTITY_TYPES.map((n) => (
          <label key={n} className="choice">
            <input type="radio" name="nis2" value={n} checked={p.nis2 === n} onChange={() => setProfile({ nis2: n })} />
            {NIS2_LABELS[n][locale]}
          </label>
        ))}
        <label className="choice">
          <input
            type="radio"
            name="nis2"
            value=""
            checked={p.nis2 === undefined}
            onChange={() =>
              setProfile((o) => {
                const { nis2: _, ...rest } = o;
                return rest;
              })
            }
          />
          {t('profile.nis2.unknown')}
        </label>
      </fieldset>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            name="gdprController"
            checked={p.gdprController === true}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setProfile({ gdprController: on });
            }}
          />
          {t('profile.gdpr')}
        </label>
      </div>
    </>
  );
}
