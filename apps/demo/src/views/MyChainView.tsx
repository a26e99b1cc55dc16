import {
  CRITICALITY_LEVELS,
  type CriticalityLevel,
  criticalityLevel,
  DEFAULT_UNKNOWN_SCORE,
  fromCsv,
  fromGexf,
  parseChainJson,
  propagate,
  stringifyChainJson,
  toCsv,
  toGexf,
  whatIf,
} from '@lsh-cyber/chain';
import { clauseLibrary, renderClausePack, selectClauses } from '@lsh-cyber/clauses';
import {
  type ChainModel,
  DATA_KINDS,
  type DataKind,
  DEPENDENCY_KINDS,
  type DependencyKind,
  defaultCsvDialect,
  detectDocumentKind,
  LshValidationError,
} from '@lsh-cyber/schema';
import { scoreAssessment } from '@lsh-cyber/scoring';
import { type ChangeEvent, type FormEvent, useId, useMemo, useState } from 'react';
import { type ImportFailure, ImportProblems } from '../components/ImportProblems.js';
import { TableScroll } from '../components/TableScroll.js';
import { useI18n } from '../i18n/context.js';
import { DATA_LABELS, DEPENDENCY_LABELS } from '../i18n/labels.js';
import type { MessageKey } from '../i18n/messages.js';
import { catalog } from '../lib/catalog.js';
import { downloadFile } from '../lib/download.js';
import { draftToAssessment } from '../state/draft.js';
import { addSupplier, emptyChain, ME, type MyChain, removeSupplier, saveMyChain, useMyChain, withMe } from '../state/my-chain.js';
import { useDraft } from '../state/store.js';

const LEVELS = Object.keys(CRITICALITY_LEVELS) as CriticalityLevel[];
const kindLabel = (kind: string | undefined, locale: 'nl' | 'en') =>
  (DEPENDENCY_KINDS as readonly string[]).includes(kind ?? '') ? DEPENDENCY_LABELS[kind as DependencyKind][locale] : (kind ?? '');

/** "My chain": her own suppliers, her effective score, who holds her back, what-ifs, clause packs, files. */
export function MyChainView() {
  const { t, locale } = useI18n();
  const { draft } = useDraft();
  const stored = useMyChain();
  const [notice, setNotice] = useState<string | null>(null);
  // Her own score: the overall score of her basisscan, once it is a valid assessment.
  const scan = useMemo(() => {
    const outcome = draftToAssessment(draft, catalog);
    return outcome.ok ? Math.round(scoreAssessment(outcome.assessment, catalog).overall) : undefined;
  }, [draft]);
  const chain = useMemo(
    () => withMe(stored ?? emptyChain(draft.organisation.name || t('mychain.me')), draft.organisation.name, scan),
    [stored, draft.organisation.name, scan, t],
  );
  const save = (next: MyChain, message: string) => {
    const failed = saveMyChain(next);
    setNotice(failed ? t('mychain.saveFailed', { detail: failed }) : message);
  };
  const result = useMemo(() => propagate(chain.model), [chain]);
  const names = useMemo(() => new Map(chain.model.organisations.map((o) => [o.id, o.name])), [chain]);
  const suppliers = chain.model.dependencies.filter((d) => d.from === chain.me);
  const mine = result.get(chain.me);
  // What-ifs are worked out when asked, one supplier at a time: each is a full propagation, and
  // fifty of them would keep the view from being ready. Cleared when the chain changes.
  const [whatIfs, setWhatIfs] = useState<{ result: typeof result; after: Record<string, number | null> }>({ result, after: {} });
  const asked = whatIfs.result === result ? whatIfs.after : {};
  const tryWhatIf = (id: string) => {
    const after = whatIf(result, { scores: { [id]: 80 } }).changed.find((c) => c.id === chain.me)?.after ?? null;
    setWhatIfs({ result, after: { ...asked, [id]: after } });
  };

  return (
    <div data-testid="my-chain" data-effective={mine.effective} data-suppliers={suppliers.length}>
      <h1 tabIndex={-1}>{t('mychain.heading')}</h1>
      <p>{t('mychain.intro')}</p>
      <section className="card" aria-labelledby="my-score-h">
        <h2 id="my-score-h">{t('mychain.scoreHeading')}</h2>
        <p className="big-score" data-testid="my-effective">
          {Math.round(mine.effective)}
          <span className="hint"> / 100</span>
        </p>
        <p>
          {t('mychain.own', { score: Math.round(mine.own) })} (
          {mine.assessed ? t('mychain.ownFromScan') : t('mychain.ownUnknown', { score: DEFAULT_UNKNOWN_SCORE })})
        </p>
        <h3>{t('mychain.heldBack')}</h3>
        <HeldBack chain={chain} result={result} names={names} />
      </section>
      <p aria-live="polite" className="hint" data-testid="my-chain-notice">
        {notice ?? ''}
      </p>
      <AddSupplier chain={chain} onAdd={(next, name) => save(next, t('mychain.added', { name }))} />
      <section aria-labelledby="my-suppliers-h">
        <h2 id="my-suppliers-h">{t('mychain.suppliersHeading', { count: suppliers.length })}</h2>
        {suppliers.length === 0 ? (
          <p>{t('mychain.empty')}</p>
        ) : (
          <TableScroll label={t('mychain.suppliersHeading', { count: suppliers.length })}>
            <table data-testid="my-suppliers">
              <thead>
                <tr>
                  <th scope="col">{t('mychain.col.name')}</th>
                  <th scope="col">{t('mychain.col.kind')}</th>
                  <th scope="col">{t('mychain.col.data')}</th>
                  <th scope="col">{t('mychain.col.critical')}</th>
                  <th scope="col" className="num">
                    {t('mychain.col.score')}
                  </th>
                  <th scope="col">{t('mychain.col.whatIf')}</th>
                  <th scope="col">{t('mychain.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {suppliers.map((d) => {
                  const info = result.get(d.to);
                  const name = names.get(d.to) ?? d.to;
                  return (
                    <tr key={d.to} data-supplier={d.to}>
                      <th scope="row">
                        {name}
                        {d.group && <span className="flag">{t('mychain.alternativeTag')}</span>}
                      </th>
                      <td>{kindLabel(d.kind, locale)}</td>
                      <td>{d.data?.length ? d.data.map((k) => DATA_LABELS[k][locale]).join(', ') : t('mychain.noData')}</td>
                      <td>{t(`mychain.critical.${criticalityLevel(d.criticality)}` as MessageKey)}</td>
                      <td className="num">
                        {info.assessed ? Math.round(info.own) : t('mychain.assumed', { score: Math.round(info.own) })}
                      </td>
                      <td data-testid="what-if-80" aria-live="polite">
                        {!Object.hasOwn(asked, d.to) ? (
                          <button type="button" className="link-button" onClick={() => tryWhatIf(d.to)}>
                            {t('mychain.whatIfTry', { name })}
                          </button>
                        ) : asked[d.to] === null ? (
                          t('mychain.whatIfSame')
                        ) : (
                          t('mychain.whatIfUp', { score: Math.round(asked[d.to]!) })
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => save(removeSupplier(chain, d.to), t('mychain.removed', { name }))}
                        >
                          {t('mychain.remove', { name })}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      {suppliers.length > 0 && <SupplierClauses chain={chain} />}
      <ChainFiles chain={chain} onLoad={(next, file) => save(next, t('mychain.importOk', { file }))} />
    </div>
  );
}

function HeldBack({ chain, result, names }: { chain: MyChain; result: ReturnType<typeof propagate>; names: ReadonlyMap<string, string> }) {
  const { t, locale } = useI18n();
  const path = result.path(chain.me);
  if (path.length <= 1) return <p data-testid="held-back">{t('mychain.notHeldBack')}</p>;
  const name = (id: string) => names.get(id) ?? id;
  const last = path[path.length - 1]!;
  return (
    <div data-testid="held-back" data-origin={last}>
      <p>{t('mychain.pathIntro')}</p>
      <ol className="path">
        {path.slice(0, -1).map((from, i) => {
          const to = path[i + 1]!;
          const dep = chain.model.dependencies.find((d) => d.from === from && d.to === to);
          return (
            <li key={`${from}-${to}`}>
              {t('mychain.pathHop', {
                from: name(from),
                to: name(to),
                kind: kindLabel(dep?.kind, locale) || DEPENDENCY_LABELS.other[locale],
                score: Math.round(result.get(to).effective),
              })}
              {dep?.group && <> ({t('mychain.pathGroup')})</>}
            </li>
          );
        })}
      </ol>
      <p>
        <strong>{t('mychain.pathEnd', { name: name(last), score: Math.round(result.get(last).own) })}</strong>
      </p>
    </div>
  );
}

function AddSupplier({ chain, onAdd }: { chain: MyChain; onAdd(next: MyChain, name: string): void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DependencyKind>('managed-it');
  const [data, setData] = useState<DataKind[]>([]);
  const [level, setLevel] = useState<CriticalityLevel>('stops');
  const [alternativeTo, setAlternativeTo] = useState('');
  const [score, setScore] = useState('');
  const [missing, setMissing] = useState(false);
  const suppliers = chain.model.dependencies.filter((d) => d.from === chain.me).map((d) => d.to);
  const names = new Map(chain.model.organisations.map((o) => [o.id, o.name]));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    const known = score.trim() === '' ? undefined : Math.max(0, Math.min(100, Number(score)));
    const next = addSupplier(chain, {
      name,
      kind,
      data,
      criticality: CRITICALITY_LEVELS[level],
      ...(alternativeTo ? { alternativeTo } : {}),
      ...(known !== undefined && Number.isFinite(known) ? { score: known } : {}),
    });
    onAdd(next, name.trim());
    setName('');
    setData([]);
    setAlternativeTo('');
    setScore('');
    setMissing(false);
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-h`} data-testid="add-supplier">
      <h2 id={`${id}-h`}>{t('mychain.addHeading')}</h2>
      {missing && !name.trim() && (
        <p className="error-box" role="alert">
          {t('mychain.nameMissing')}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('mychain.name')}</label>
        <input id={`${id}-name`} type="text" maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('mychain.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as DependencyKind)}>
          {DEPENDENCY_KINDS.map((k) => (
            <option key={k} value={k}>
              {DEPENDENCY_LABELS[k][locale]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t('mychain.data')}</legend>
        {DATA_KINDS.map((k) => (
          <label key={k} className="choice">
            <input
              type="checkbox"
              checked={data.includes(k)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setData((list) => (on ? [...list, k] : list.filter((x) => x !== k)));
              }}
            />
            {DATA_LABELS[k][locale]}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('mychain.critical')}</legend>
        {LEVELS.map((l) => (
          <label key={l} className="choice">
            <input type="radio" name={`${id}-critical`} checked={level === l} onChange={() => setLevel(l)} />
            {t(`mychain.critical.${l}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      {suppliers.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-alt`}>{t('mychain.alternative')}</label>
          <select id={`${id}-alt`} value={alternativeTo} onChange={(e) => setAlternativeTo(e.currentTarget.value)}>
            <option value="">{t('mychain.alternativeNone')}</option>
            {suppliers.map((s) => (
              <option key={s} value={s}>
                {t('mychain.alternativeOf', { name: names.get(s) ?? s })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-score`}>{t('mychain.score')}</label>
        <input
          id={`${id}-score`}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          value={score}
          aria-describedby={`${id}-score-help`}
          onChange={(e) => setScore(e.currentTarget.value)}
        />
        <p id={`${id}-score-help`} className="hint">
          {t('mychain.scoreHelp', { score: DEFAULT_UNKNOWN_SCORE })}
        </p>
      </div>
      <button type="submit" className="button primary">
        {t('mychain.add')}
      </button>
    </form>
  );
}

function SupplierClauses({ chain }: { chain: MyChain }) {
  const { t, locale } = useI18n();
  const { draft } = useDraft();
  const id = useId();
  const deps = chain.model.dependencies.filter((d) => d.from === chain.me);
  const [chosen, setChosen] = useState('');
  const dependency = deps.find((d) => d.to === chosen) ?? deps[0]!;
  const orgs = new Map(chain.model.organisations.map((o) => [o.id, o]));
  const supplier = orgs.get(dependency.to)!;
  const me = orgs.get(chain.me)!;
  const pack = useMemo(() => {
    const p = draft.organisation;
    const buyerProfile = {
      data: p.data,
      ...(p.subsector ? { subsector: p.subsector } : {}),
      ...(p.sizeClass ? { sizeClass: p.sizeClass } : {}),
      ...(p.nis2 ? { nis2: p.nis2 } : {}),
      ...(p.gdprController !== undefined ? { gdprController: p.gdprController } : {}),
    };
    return selectClauses({
      supplier: { id: supplier.id, name: supplier.name, ...(supplier.profile ?? {}) },
      dependency: {
        ...(dependency.kind ? { kind: dependency.kind } : {}),
        ...(dependency.criticality !== undefined ? { criticality: dependency.criticality } : {}),
        ...(dependency.data ? { data: dependency.data } : {}),
      },
      buyer: { id: me.id, name: me.name, ...(me.profile ?? {}), ...buyerProfile },
    });
  }, [supplier, dependency, me, draft.organisation]);
  const titles = useMemo(() => new Map(clauseLibrary.clauses.map((c) => [c.id, c.title])), []);
  const [busy, setBusy] = useState(false);
  // Per supplier: can she agree a contract, or does the supplier (a large cloud or software
  // service) only offer its standard terms? Then the pack becomes a checklist to hold against them.
  const [standardTerms, setStandardTerms] = useState<ReadonlySet<string>>(new Set());
  const mode = standardTerms.has(supplier.id) ? 'checklist' : 'contract';
  const base = `${mode === 'checklist' ? 'checklist' : 'clauses'}-${supplier.id}-${locale}`;
  const setMode = (next: 'contract' | 'checklist') =>
    setStandardTerms((set) => {
      const out = new Set(set);
      if (next === 'checklist') out.add(supplier.id);
      else out.delete(supplier.id);
      return out;
    });

  return (
    <section aria-labelledby={`${id}-h`} data-testid="my-clauses">
      <h2 id={`${id}-h`}>{t('mychain.clausesHeading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-s`}>{t('mychain.clausesFor')}</label>
        <select id={`${id}-s`} value={supplier.id} onChange={(e) => setChosen(e.currentTarget.value)} data-testid="my-clauses-supplier">
          {deps.map((d) => (
            <option key={d.to} value={d.to}>
              {orgs.get(d.to)?.name ?? d.to}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field" data-testid="my-clauses-mode" data-mode={mode}>
        <legend>{t('mychain.negotiate', { name: supplier.name })}</legend>
        <label className="choice">
          <input type="radio" name={`${id}-mode`} checked={mode === 'contract'} onChange={() => setMode('contract')} />
          {t('mychain.negotiateYes')}
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-mode`} checked={mode === 'checklist'} onChange={() => setMode('checklist')} />
          {t('mychain.negotiateNo')}
        </label>
      </fieldset>
      {mode === 'checklist' && <p data-testid="my-checklist-intro">{t('mychain.checklistIntro', { name: supplier.name })}</p>}
      <p data-testid="my-clauses-count">{t('clauses.packHeading', { count: pack.clauses.length })}</p>
      <ul data-testid="my-clauses-list">
        {pack.clauses.map((c) => (
          <li key={c.id}>{titles.get(c.id)?.[locale] ?? c.id}</li>
        ))}
      </ul>
      <p className="callout">{t('clauses.lawyer')}</p>
      <p className="notice-buttons">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              const bytes = await renderClausePack(pack, { locale, format: 'docx', mode });
              downloadFile(`${base}.docx`, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
            } finally {
              setBusy(false);
            }
          }}
        >
          {mode === 'checklist' ? t('mychain.checklistDocx') : t('clauses.downloadDocx')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(`${base}.md`, renderClausePack(pack, { locale, format: 'markdown', mode }), 'text/markdown;charset=utf-8')
          }
        >
          {mode === 'checklist' ? t('mychain.checklistMd') : t('clauses.downloadMd')}
        </button>
      </p>
    </section>
  );
}

/** Reads a chain file, or the two CSV files; throws LshValidationError or returns the failure to show. */
async function readChainFiles(files: readonly File[], locale: 'nl' | 'en'): Promise<{ model: ChainModel } | { failure: ImportFailure }> {
  const label = files.map((f) => f.name).join(', ');
  const fail = (found: ImportFailure['found'], issues: ImportFailure['issues']) => ({
    failure: { file: label, expected: 'ChainModel' as const, found, issues },
  });
  try {
    const csv = files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
    if (csv.length > 0) {
      const organisations = csv.find((f) => /organisations?/i.test(f.name));
      const dependencies = csv.find((f) => /dependenc/i.test(f.name));
      if (!organisations || !dependencies) return fail('ChainModel', [{ path: '', code: 'csv-pair' }]);
      const model = fromCsv(
        { organisations: await organisations.text(), dependencies: await dependencies.text() },
        { id: 'my-chain', name: locale === 'nl' ? 'Mijn keten' : 'My chain' },
      );
      return { model };
    }
    const file = files[0]!;
    const text = await file.text();
    if (file.name.toLowerCase().endsWith('.gexf') || text.trimStart().startsWith('<'))
      return { model: fromGexf(text, { file: file.name }) };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail('unread', [{ path: '', code: 'not-json' }]);
    }
    try {
      return { model: parseChainJson(text, { file: file.name }) };
    } catch (error) {
      if (LshValidationError.isInstance(error)) return fail(detectDocumentKind(json), error.issues);
      throw error;
    }
  } catch (error) {
    if (LshValidationError.isInstance(error)) return fail('ChainModel', error.issues);
    return fail('unread', [{ path: '', code: 'unreadable' }]);
  }
}

function ChainFiles({ chain, onLoad }: { chain: MyChain; onLoad(next: MyChain, file: string): void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setFailure(null);
    const read = await readChainFiles(files, locale);
    if ('failure' in read) {
      setFailure(read.failure);
      return;
    }
    const { model } = read;
    // Her organisation: "me" when the chain has it, else the one that depends on the most others.
    const out = new Map<string, number>();
    for (const d of model.dependencies) out.set(d.from, (out.get(d.from) ?? 0) + 1);
    const me = model.organisations.some((o) => o.id === ME)
      ? ME
      : ([...out].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? model.organisations[0]?.id ?? ME);
    onLoad(model.organisations.length ? { model, me } : { ...chain, model }, files.map((f) => f.name).join(', '));
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('mychain.fileHeading')}</h2>
      <p className="notice-buttons">
        <button
          type="button"
          className="button"
          onClick={() => downloadFile('my-chain.json', stringifyChainJson(chain.model), 'application/json')}
        >
          {t('mychain.exportJson')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            // When she reads Dutch: the Dutch spreadsheet dialect (`;`, decimal comma, BOM), which Excel
            // opens as columns, with Dutch column names and words; the import reads them back.
            const csv = toCsv(chain.model, { dialect: defaultCsvDialect(locale), language: locale });
            downloadFile('organisations.csv', csv.organisations, 'text/csv;charset=utf-8');
            downloadFile('dependencies.csv', csv.dependencies, 'text/csv;charset=utf-8');
          }}
        >
          {t('mychain.exportCsv')}
        </button>
        <button type="button" className="button" onClick={() => downloadFile('my-chain.gexf', toGexf(chain.model), 'application/xml')}>
          {t('mychain.exportGexf')}
        </button>
      </p>
      <p>
        <label htmlFor={`${id}-file`}>{t('mychain.import')}</label>
        <br />
        <input
          id={`${id}-file`}
          type="file"
          multiple
          accept=".json,.gexf,.csv,application/json,text/csv"
          aria-describedby={`${id}-help`}
          onChange={onImport}
          data-testid="my-chain-import"
        />
      </p>
      <p id={`${id}-help`} className="hint">
        {t('mychain.importHelp')}
      </p>
      {failure && <ImportProblems failure={failure} unchanged={t('mychain.unchanged')} />}
      {chain.model.organisations.length > 1 && chain.me !== ME && (
        <div className="field">
          <label htmlFor={`${id}-me`}>{t('mychain.whoAmI')}</label>
          <select
            id={`${id}-me`}
            value={chain.me}
            onChange={(e) => onLoad({ ...chain, me: e.currentTarget.value }, chain.model.name)}
            data-testid="who-am-i"
          >
            {chain.model.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}
