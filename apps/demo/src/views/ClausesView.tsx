import {
  type ClausePack,
  clauseLibrary,
  clauseRequestFromChain,
  formatValue,
  renderClausePack,
  selectClauses,
  TIER_LABELS,
} from '@lsh-cyber/clauses';
import type { ChainModel, ChainOrganisation, ScoreReport } from '@lsh-cyber/schema';
import { useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/context.js';
import { DATA_LABELS, DEPENDENCY_LABELS, num, roleLabel } from '../i18n/labels.js';
import { downloadFile } from '../lib/download.js';
import { loadSampleChain, sampleReports } from '../lib/samples.js';

interface Sample {
  chain: ChainModel;
  /** Score reports of the sample assessments, by assessment id. */
  reports: ReadonlyMap<string, ScoreReport>;
}

async function loadSample(): Promise<Sample> {
  const chain = await loadSampleChain();
  if (!chain) throw new Error('The sample chain (examples/zuid-holland-chain.json) was not included in this build.');
  return { chain, reports: sampleReports() };
}

const byName = (a: ChainOrganisation, b: ChainOrganisation) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

/** Contract clauses for a supplier in the sample chain, with the reason for each, as .docx and .md. */
export function ClausesView() {
  const { t } = useI18n();
  const [sample, setSample] = useState<Sample | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadSample().then(
      (s) => live && setSample(s),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <h1 tabIndex={-1}>{t('clauses.heading')}</h1>
      <p>{t('clauses.intro')}</p>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {!sample && !error && <p role="status">{t('app.loading')}</p>}
      {sample && <ClausePicker sample={sample} />}
    </>
  );
}

function ClausePicker({ sample }: { sample: Sample }) {
  const { t, locale } = useI18n();
  const id = useId();
  const { chain } = sample;
  const orgs = useMemo(() => new Map(chain.organisations.map((o) => [o.id, o])), [chain]);
  const suppliers = useMemo(() => {
    const ids = new Set(chain.dependencies.map((d) => d.to));
    return chain.organisations.filter((o) => ids.has(o.id)).sort(byName);
  }, [chain]);
  const [supplierId, setSupplierId] = useState(() => suppliers[0]?.id ?? '');
  const buyers = useMemo(
    () =>
      chain.dependencies
        .filter((d) => d.to === supplierId)
        .map((d) => orgs.get(d.from))
        .filter((o): o is ChainOrganisation => o !== undefined)
        .sort(byName),
    [chain, orgs, supplierId],
  );
  const [buyerId, setBuyerId] = useState('');
  // Without a choice, the buyer the engine picks: the one whose dependency is the most critical.
  const defaultBuyer = useMemo(
    () => (buyers.length > 0 ? clauseRequestFromChain(chain, supplierId).buyer.id : ''),
    [chain, supplierId, buyers],
  );
  const buyer = buyers.find((b) => b.id === (buyerId || defaultBuyer)) ?? buyers[0];
  const supplier = orgs.get(supplierId);
  const dependency = buyer ? chain.dependencies.find((d) => d.from === buyer.id && d.to === supplierId) : undefined;

  const pack = useMemo<ClausePack | null>(() => {
    if (!supplier || !buyer || !dependency) return null;
    return selectClauses(clauseRequestFromChain(chain, supplier.id, { buyerId: buyer.id, reports: sample.reports }));
  }, [chain, supplier, buyer, dependency, sample]);

  const [busy, setBusy] = useState(false);
  const fileBase = `clauses-${supplierId}-${locale}`;
  const downloadMd = () => {
    if (!pack) return;
    downloadFile(`${fileBase}.md`, renderClausePack(pack, { locale, format: 'markdown' }), 'text/markdown;charset=utf-8');
  };
  const downloadDocx = async () => {
    if (!pack) return;
    setBusy(true);
    try {
      const bytes = await renderClausePack(pack, { locale, format: 'docx' });
      downloadFile(`${fileBase}.docx`, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    } finally {
      setBusy(false);
    }
  };

  const clauseById = useMemo(() => new Map(clauseLibrary.clauses.map((c) => [c.id, c])), []);
  const none = t('clauses.none');

  return (
    <>
      <div className="cards">
        <div className="field">
          <label htmlFor={`${id}-supplier`}>{t('clauses.supplier')}</label>
          <select
            id={`${id}-supplier`}
            value={supplierId}
            onChange={(e) => {
              setSupplierId(e.currentTarget.value);
              setBuyerId('');
            }}
            data-testid="supplier-select"
          >
            {suppliers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({roleLabel(s.role, locale)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-buyer`}>{t('clauses.buyer')}</label>
          <select id={`${id}-buyer`} value={buyer?.id ?? ''} onChange={(e) => setBuyerId(e.currentTarget.value)} data-testid="buyer-select">
            {buyers.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name} ({roleLabel(b.role, locale)})
              </option>
            ))}
          </select>
        </div>
      </div>
      {!buyer && <p>{t('clauses.noBuyer')}</p>}
      {dependency && (
        <p data-testid="dependency">
          {t('clauses.dependency', {
            kind: dependency.kind ? DEPENDENCY_LABELS[dependency.kind][locale] : DEPENDENCY_LABELS.other[locale],
            criticality: num(dependency.criticality ?? 1, locale, 2),
            data: dependency.data?.length ? dependency.data.map((d) => DATA_LABELS[d][locale]).join(', ') : none,
          })}
        </p>
      )}
      {pack && (
        <section
          aria-labelledby={`${id}-pack`}
          data-testid="pack"
          data-supplier={supplierId}
          data-locale={locale}
          data-clause-count={pack.clauses.length}
        >
          <h2 id={`${id}-pack`}>{t('clauses.packHeading', { count: pack.clauses.length })}</h2>
          <p data-testid="tier">
            {t('clauses.tier', { tier: TIER_LABELS[pack.tier][locale] })} {pack.roles.map((r) => r.tierReason[locale]).join(' ')}
          </p>
          <p className="callout">{t('clauses.lawyer')}</p>
          <p>
            <button type="button" className="button primary" onClick={downloadDocx} disabled={busy}>
              {t('clauses.downloadDocx')}
            </button>{' '}
            <button type="button" className="button" onClick={downloadMd}>
              {t('clauses.downloadMd')}
            </button>
          </p>
          <p aria-live="polite">{busy ? t('result.preparing') : ''}</p>
          {pack.clauses.map((pc) => {
            const clause = clauseById.get(pc.id);
            return (
              <article key={pc.id} className="clause" data-clause={pc.id}>
                <h3>{clause?.title[locale] ?? pc.id}</h3>
                {clause && <p>{clause.plain[locale]}</p>}
                <h4>{t('clauses.reasons')}</h4>
                <ul>
                  {pc.reasons.map((r) => (
                    <li key={`${r.kind}-${r.text.en}`}>{r.text[locale]}</li>
                  ))}
                </ul>
                {clause && clause.params.length > 0 && (
                  <>
                    <h4>{t('clauses.params')}</h4>
                    <ul>
                      {clause.params.map((p) => (
                        <li key={p.name}>
                          {p.label[locale]}: {pc.params[p.name] === undefined ? '—' : formatValue(p, pc.params[p.name]!, locale)}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </article>
            );
          })}
        </section>
      )}
    </>
  );
}
