import { boundBy, generateChain, whatIf } from '@lsh-cyber/chain';
import { organisationRoleLabel as roleLabel, SCORE_BAND_LABELS } from '@lsh-cyber/schema';
import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { BAND_COLOURS } from '../components/ScoreChart.js';
import { type RenderTiming, SigmaGraph } from '../components/SigmaGraph.js';
import { TableScroll } from '../components/TableScroll.js';
import { useI18n } from '../i18n/context.js';
import { num } from '../i18n/labels.js';
import { analyseChain, type ChainAnalysis } from '../lib/chain-analysis.js';
import { loadSampleChain } from '../lib/samples.js';

type Dataset = 'sample' | 'synthetic';

/** The synthetic chain: 5,000 fictional organisations, 20,000 dependencies, a fixed seed. */
export const SYNTHETIC = { organisations: 5000, dependencies: 20_000, seed: 2026 } as const;

async function load(dataset: Dataset): Promise<ChainAnalysis> {
  if (dataset === 'synthetic') return analyseChain(generateChain(SYNTHETIC), 'structure');
  const model = await loadSampleChain();
  if (!model) throw new Error('The sample chain (examples/zuid-holland-chain.json) was not included in this build.');
  return analyseChain(model);
}

/** The value chain: drawing, organisation list, explanation path, what-if, and who holds the chain back. */
export function ChainView() {
  const { t } = useI18n();
  const [dataset, setDataset] = useState<Dataset>('sample');
  const [data, setData] = useState<ChainAnalysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string>('');
  const [renderMs, setRenderMs] = useState<number | null>(null);
  const [highlight, setHighlight] = useState<{ ms: number; count: number } | null>(null);
  // When she asked for this chain (opening the view or choosing another): the figure shown is the wait from then.
  const chosenAt = useRef(performance.now());
  const [waitedMs, setWaitedMs] = useState<number | null>(null);
  // Chosen in the table far below the details: the details must come into view and take focus.
  const focusDetails = useRef(false);
  useEffect(() => {
    if (!selected || !focusDetails.current) return;
    focusDetails.current = false;
    const heading = document.querySelector<HTMLElement>('[data-testid="chain-details"] h3');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }, [selected]);
  const datasetId = useId();

  useEffect(() => {
    let live = true;
    setData(null);
    setSelected('');
    setRenderMs(null);
    setHighlight(null);
    setError(null);
    setWaitedMs(null);
    // Let the browser paint the loading message before the work starts.
    const timer = setTimeout(() => {
      load(dataset).then(
        (d) => live && setData(d),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataset]);

  const onRendered = useCallback((timing: RenderTiming) => {
    if (timing.kind === 'first') {
      setRenderMs(timing.ms);
      // The next frame comes after the drawn one is on screen.
      requestAnimationFrame(() => setWaitedMs(performance.now() - chosenAt.current));
    } else setHighlight((h) => ({ ms: timing.ms, count: (h?.count ?? 0) + 1 }));
  }, []);
  const path = useMemo(() => (data && selected ? data.result.path(selected) : []), [data, selected]);
  const bound = useMemo(() => (data && selected ? new Set(boundBy(data.result, selected)) : new Set<string>()), [data, selected]);

  return (
    <>
      <h1 tabIndex={-1}>{t('chain.heading')}</h1>
      <p>{t('chain.intro')}</p>
      <div className="field">
        <label htmlFor={datasetId}>{t('chain.dataset')}</label>
        <select
          id={datasetId}
          value={dataset}
          onChange={(e) => {
            chosenAt.current = performance.now();
            setDataset(e.currentTarget.value as Dataset);
          }}
          data-testid="dataset"
        >
          <option value="sample">{t('chain.sample')}</option>
          <option value="synthetic">{t('chain.synthetic')}</option>
        </select>
      </div>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <p
            className="hint"
            data-testid="chain-stats"
            data-organisations={data.model.organisations.length}
            data-analyse-ms={data.timings.analyseMs.toFixed(1)}
            data-layout-ms={data.timings.layoutMs.toFixed(1)}
            data-render-ms={renderMs?.toFixed(1) ?? ''}
            data-load-ms={waitedMs?.toFixed(0) ?? ''}
            data-waited-ms={waitedMs?.toFixed(0) ?? ''}
            data-highlight-ms={highlight?.ms.toFixed(1) ?? ''}
            data-highlight-count={highlight?.count ?? 0}
          >
            {t('chain.statsOrgs', { count: data.model.organisations.length })},{' '}
            {t('chain.statsDeps', { count: data.model.dependencies.length })}.{' '}
            {waitedMs === null ? '' : t('chain.statsWaited', { ms: Math.round(waitedMs) })}
          </p>
          <div className="chain-layout">
            <div>
              <SigmaGraph graph={data.graph} path={path} bound={bound} onSelect={setSelected} onRendered={onRendered} />
              <Legend />
            </div>
            <Details data={data} selected={selected} onSelect={setSelected} path={path} bound={bound.size} />
          </div>
          <Exposure
            data={data}
            onSelect={(id) => {
              focusDetails.current = true;
              setSelected(id);
            }}
          />
        </>
      )}
    </>
  );
}

function Legend() {
  const { t, locale } = useI18n();
  return (
    <ul className="legend" aria-label={t('chain.legend')}>
      {(['weak', 'fair', 'strong'] as const).map((band) => (
        <li key={band}>
          <span className="swatch" style={{ background: BAND_COLOURS[band] }} />
          {SCORE_BAND_LABELS[band][locale]}
        </li>
      ))}
    </ul>
  );
}

function Details({
  data,
  selected,
  onSelect,
  path,
  bound,
}: {
  data: ChainAnalysis;
  selected: string;
  onSelect(id: string): void;
  path: readonly string[];
  bound: number;
}) {
  const { t, locale } = useI18n();
  const selectId = useId();
  const options = useMemo(() => [...data.names].sort((a, b) => a[1].localeCompare(b[1]) || (a[0] < b[0] ? -1 : 1)), [data]);
  // The same elements on every render, so React skips thousands of unchanged options.
  const optionElements = useMemo(
    () =>
      options.map(([id, n]) => (
        <option key={id} value={id}>
          {n}
        </option>
      )),
    [options],
  );
  const [selectStarted, setSelectStarted] = useState<number | null>(null);
  const [selectMs, setSelectMs] = useState<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measures each new selection once it is on screen
  useEffect(() => {
    if (selectStarted !== null) setSelectMs(performance.now() - selectStarted);
  }, [selected]);
  const name = (id: string) => data.names.get(id) ?? id;
  const info = selected ? data.result.get(selected) : null;

  return (
    <section aria-labelledby={`${selectId}-h`} data-testid="chain-details" data-select-ms={selectMs?.toFixed(1) ?? ''}>
      <h2 id={`${selectId}-h`} className="visually-hidden">
        {t('chain.select')}
      </h2>
      <div className="field">
        <label htmlFor={selectId}>{t('chain.select')}</label>
        <select
          id={selectId}
          value={selected}
          onChange={(e) => {
            setSelectStarted(performance.now());
            onSelect(e.currentTarget.value);
          }}
          data-testid="organisation-select"
        >
          <option value="">{t('chain.selectPrompt')}</option>
          {optionElements}
        </select>
      </div>
      {info && (
        <div aria-live="polite">
          <h3 tabIndex={-1}>{name(info.id)}</h3>
          <p>
            {roleLabel(data.roles.get(info.id), locale)}
            <br />
            {t('chain.own', { score: num(info.own, locale) })} {!info.assessed && t('chain.notAssessed')}
            <br />
            <strong>{t('chain.effective', { score: num(info.effective, locale) })}</strong>
            {bound > 0 && (
              <>
                <br />
                <span data-testid="binds">{t('chain.bindsCount', { count: bound })}</span>
              </>
            )}
          </p>
          <h4>{t('chain.pathHeading')}</h4>
          {path.length <= 1 ? (
            <p data-testid="path">{t('chain.pathSelf', { name: name(info.id) })}</p>
          ) : (
            <>
              <p>{t('chain.pathIntro')}</p>
              <ol className="path" data-testid="path">
                {path.map((id) => (
                  <li key={id} data-id={id}>
                    {t('chain.pathStep', { name: name(id), score: num(data.result.get(id).effective, locale) })}
                  </li>
                ))}
              </ol>
            </>
          )}
          <WhatIf key={selected} data={data} id={info.id} path={path} />
        </div>
      )}
    </section>
  );
}

function WhatIf({ data, id: org, path }: { data: ChainAnalysis; id: string; path: readonly string[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  // Suppliers only: those on the explanation path first, then its other direct suppliers.
  const candidates = useMemo(() => [...new Set([...path.slice(1), ...data.graph.outNeighbors(org)])], [data, org, path]);
  // The supplier that binds it, when one does.
  const [target, setTarget] = useState(path.length > 1 ? path[path.length - 1]! : (candidates[0] ?? ''));
  const [score, setScore] = useState(80);
  const [outcome, setOutcome] = useState<{
    target: string;
    score: number;
    changes: { id: string; before: number; after: number }[];
  } | null>(null);
  const name = (x: string) => data.names.get(x) ?? x;

  const run = (e: FormEvent) => {
    e.preventDefault();
    // Reuses the propagation already on screen as the "before".
    const result = whatIf(data.result, { scores: { [target]: score } });
    const changes = result.changed.map((c) => ({ id: c.id, before: c.before, after: c.after }));
    setOutcome({ target, score, changes });
  };

  if (candidates.length === 0) {
    return (
      <p className="hint" data-testid="what-if-none">
        {t('chain.whatIfNoSuppliers', { name: name(org) })}
      </p>
    );
  }

  return (
    <form onSubmit={run} className="card" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('chain.whatIfHeading')}</h4>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('chain.whatIfTarget')}</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
          {candidates.map((c) => (
            <option key={c} value={c}>
              {name(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-score`}>{t('chain.whatIfScore')}</label>
        <input
          id={`${id}-score`}
          type="number"
          min={0}
          max={100}
          step={1}
          value={score}
          onChange={(e) => setScore(Math.max(0, Math.min(100, Number(e.currentTarget.value) || 0)))}
        />
      </div>
      <button type="submit" className="button">
        {t('chain.whatIfRun')}
      </button>
      <div aria-live="polite" data-testid="what-if">
        {outcome && (
          <>
            <p>
              {outcome.changes.length > 0
                ? t('chain.whatIfResult', { name: name(outcome.target), score: outcome.score, count: outcome.changes.length })
                : t('chain.whatIfNone', { name: name(outcome.target), score: outcome.score })}
            </p>
            {outcome.changes.length > 0 && (
              <ul>
                {outcome.changes.slice(0, 10).map((c) => (
                  <li key={c.id}>
                    {t('chain.whatIfChange', { name: name(c.id), before: num(c.before, locale), after: num(c.after, locale) })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </form>
  );
}

function Exposure({ data, onSelect }: { data: ChainAnalysis; onSelect(id: string): void }) {
  const { t, locale } = useI18n();
  const rows = data.exposure.filter((r) => r.binds > 0).slice(0, 15);
  return (
    <section aria-labelledby="exposure-h">
      <h2 id="exposure-h">{t('chain.exposureHeading')}</h2>
      <p>{t('chain.exposureIntro')}</p>
      <TableScroll label={t('chain.exposureHeading')}>
        <table data-testid="exposure">
          <thead>
            <tr>
              <th scope="col">{t('chain.col.name')}</th>
              <th scope="col">{t('chain.col.role')}</th>
              <th scope="col" className="num">
                {t('chain.col.binds')}
              </th>
              <th scope="col" className="num">
                {t('chain.col.loss')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(r.id)}>
                    {data.names.get(r.id) ?? r.id}
                  </button>
                </th>
                <td>{roleLabel(data.roles.get(r.id), locale)}</td>
                <td className="num">{num(r.binds, locale)}</td>
                <td className="num">{num(r.loss, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
