import { applicability, type CardSupplier, suppliersFromChain } from '@lsh-cyber/duties';
import type { ChainModel, OrganisationProfile } from '@lsh-cyber/schema';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/context.js';
import { catalog } from '../lib/catalog.js';
import { href } from '../lib/router.js';
import { loadSampleChain, sampleAssessments } from '../lib/samples.js';
import { draftToAssessment, organisationId } from '../state/draft.js';
import { useMyChain } from '../state/my-chain.js';
import { useDraft } from '../state/store.js';
import { ApplicabilityPanel } from './duties/ApplicabilityPanel.js';
import { DeadlineCalculator } from './duties/DeadlineCalculator.js';
import { ExtrasForm } from './duties/ExtrasForm.js';
import { type DutyExtras, extrasFromSample, readExtras, writeExtras } from './duties/extras.js';
import { FirstAidCardPanel } from './duties/FirstAidCardPanel.js';
import { dutiesText, fill } from './duties/text.js';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** The sample organisation with this id, when the demo has one (its figures start the form). */
function sampleProfile(id: string): Partial<OrganisationProfile> | undefined {
  for (const raw of sampleAssessments()) {
    const org = (raw as { organisation?: Partial<OrganisationProfile> }).organisation;
    if (org?.id === id) return org;
  }
  return undefined;
}

/** After the scan: which laws apply, the reporting clocks of an incident, and the first-aid card. */
export function DutiesView() {
  const { locale } = useI18n();
  const T = dutiesText(locale);
  const { draft } = useDraft();
  const outcome = useMemo(() => draftToAssessment(draft, catalog), [draft]);
  if (!outcome.ok) {
    return (
      <>
        <h1 tabIndex={-1}>{T.heading}</h1>
        <p data-testid="duties-need-scan">{T.needScan}</p>
        <p>
          <a className="button primary" href={href({ view: 'scan', step: 0 })}>
            {T.toScan}
          </a>
        </p>
      </>
    );
  }
  const org = outcome.assessment.organisation;
  return <Duties base={{ ...org, id: organisationId(org.name), schemaVersion: 1 } as OrganisationProfile} />;
}

function Duties({ base }: { base: OrganisationProfile }) {
  const { locale } = useI18n();
  const T = dutiesText(locale);
  const sample = useMemo(() => sampleProfile(base.id), [base.id]);
  const [extras, setExtras] = useState<DutyExtras>(() => readExtras(storage(), base.id) ?? extrasFromSample(sample));
  const [chain, setChain] = useState<ChainModel | null>(null);
  useEffect(() => {
    let live = true;
    loadSampleChain().then(
      (c) => live && setChain(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const update = (next: DutyExtras) => {
    setExtras(next);
    writeExtras(storage(), base.id, next);
  };
  const profile = useMemo((): OrganisationProfile => {
    const { insurer: _insurer, ...fields } = extras;
    return { ...base, ...(sample?.groupEnterprises ? { groupEnterprises: sample.groupEnterprises } : {}), ...fields };
  }, [base, extras, sample]);
  const app = useMemo(() => applicability(profile), [profile]);
  // Her own suppliers, as she entered them in "My chain" (saved in this browser); only when she has
  // none there, a sample organisation's suppliers from the sample chain.
  const mine = useMyChain();
  const suppliers = useMemo((): CardSupplier[] => {
    const own = mine ? suppliersFromChain(mine.model, mine.me) : [];
    if (own.length > 0) return own;
    return chain?.organisations.some((o) => o.id === base.id) ? suppliersFromChain(chain, base.id) : [];
  }, [mine, chain, base.id]);
  return (
    <>
      <h1 tabIndex={-1}>{T.heading}</h1>
      <p>{T.intro}</p>
      {sample && <p data-testid="duties-from-sample">{fill(T.fromSample, { name: base.name })}</p>}
      <ExtrasForm extras={extras} onChange={update} />
      <ApplicabilityPanel app={app} />
      <DeadlineCalculator profile={profile} />
      <FirstAidCardPanel
        profile={profile}
        suppliers={suppliers}
        insurer={extras.insurer ?? ''}
        onInsurer={(insurer) => update({ ...extras, insurer })}
      />
    </>
  );
}
