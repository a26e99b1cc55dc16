import { detectDocumentKind, safeParseAssessment, type ValidationIssue } from '@lsh-cyber/schema';
import { type ChangeEvent, useId, useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { type ImportFailure, ImportProblems } from '../components/ImportProblems.js';
import { IssueList } from '../components/IssueList.js';
import { SaveStatus } from '../components/SaveStatus.js';
import { useI18n } from '../i18n/context.js';
import { downloadFile } from '../lib/download.js';
import { resumeRoute } from '../lib/resume.js';
import { href } from '../lib/router.js';
import { loadCatalog, useCatalog } from '../lib/use-catalog.js';
import { assessmentToDraft, type Draft, draftToAssessment, isDraftEmpty, organisationId } from '../state/draft.js';
import { clearDraft, importDraft, undoImport, useDraft } from '../state/store.js';

type ImportState =
  | { state: 'idle' }
  | { state: 'ok'; file: string }
  | { state: 'cancelled'; file: string }
  | { state: 'undone'; file: string; undone: boolean }
  | { state: 'failed'; failure: ImportFailure };

/** The start page: what the scan is, that it runs in the browser, and saving or loading answers. */
export function StartView() {
  const { t } = useI18n();
  const { draft, backup } = useDraft();
  const catalogModule = useCatalog();
  const { answered, total } = catalogModule?.progress(draft.organisation, draft.answers) ?? { answered: 0, total: 0 };
  const [exportIssues, setExportIssues] = useState<readonly ValidationIssue[] | null>(null);
  const [imported, setImported] = useState<ImportState>({ state: 'idle' });
  const [cleared, setCleared] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  // A valid file waiting for the user to agree that it replaces the answers already entered.
  const [pending, setPending] = useState<{ draft: Draft; file: string } | null>(null);
  const fileId = useId();
  const helpId = useId();

  const onExport = async () => {
    const { catalog } = await loadCatalog();
    const result = draftToAssessment(draft, catalog);
    if (!result.ok) {
      setExportIssues(result.issues);
      return;
    }
    setExportIssues(null);
    const name = `basisscan-${organisationId(draft.organisation.name)}.json`;
    downloadFile(name, `${JSON.stringify(result.assessment, null, 2)}\n`, 'application/json');
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setCleared(false);
    setImported({ state: 'idle' });
    const text = await file.text();
    input.value = '';
    const expected = 'Assessment';
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      setImported({ state: 'failed', failure: { file: file.name, expected, found: 'unread', issues: [{ path: '', code: 'not-json' }] } });
      return;
    }
    // Validation happens before anything is replaced: a bad file never touches the stored answers.
    const { catalog } = await loadCatalog();
    const result = safeParseAssessment(json, { catalog, file: file.name });
    if (!result.success) {
      const failure = { file: file.name, expected, found: detectDocumentKind(json), issues: result.error.issues } as const;
      setImported({ state: 'failed', failure });
      return;
    }
    const next = assessmentToDraft(result.data);
    if (isDraftEmpty(draft)) {
      importDraft(next, file.name);
      setImported({ state: 'ok', file: file.name });
    } else {
      setPending({ draft: next, file: file.name });
    }
  };

  const onConfirmImport = () => {
    if (!pending) return;
    importDraft(pending.draft, pending.file);
    setImported({ state: 'ok', file: pending.file });
    setPending(null);
  };

  const onCancelImport = () => {
    if (pending) setImported({ state: 'cancelled', file: pending.file });
    setPending(null);
  };

  const onUndo = () => {
    if (!backup) return;
    undoImport();
    setCleared(false);
    setImported({ state: 'undone', file: backup.file, undone: !backup.undone });
  };

  const onClear = () => {
    setConfirmClear(false);
    clearDraft();
    setImported({ state: 'idle' });
    setCleared(true);
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('start.heading')}</h1>
      <p className="lead">{t('start.intro')}</p>
      <section aria-labelledby="local-heading" className="callout">
        <h2 id="local-heading">{t('start.localHeading')}</h2>
        <p>{t('start.local')}</p>
      </section>
      <p>
        <a
          className="button primary"
          href={href(
            catalogModule && answered > 0 ? resumeRoute(draft, catalogModule.domainsFor(draft.organisation)) : { view: 'scan', step: 0 },
          )}
          data-testid="continue"
          data-ready={catalogModule !== null}
        >
          {answered > 0 ? t('start.continue') : t('start.begin')}
        </a>
      </p>
      {answered > 0 && <p data-testid="start-progress">{t('start.progress', { answered, total })}</p>}

      <section aria-labelledby="views-heading">
        <h2 id="views-heading">{t('start.viewsHeading')}</h2>
        <ul>
          <li>
            <a href={href({ view: 'chain' })}>{t('nav.chain')}</a> — {t('start.chainText')}
          </li>
          <li>
            <a href={href({ view: 'clauses' })}>{t('nav.clauses')}</a> — {t('start.clausesText')}
          </li>
        </ul>
      </section>

      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('start.dataHeading')}</h2>
        <SaveStatus />
        <p>
          <button type="button" className="button" onClick={onExport}>
            {t('start.export')}
          </button>
        </p>
        {exportIssues && (
          <div role="alert" className="error-box">
            <p>{t('start.exportInvalid')}</p>
            <IssueList issues={exportIssues} />
          </div>
        )}
        <p>
          <label htmlFor={fileId}>{t('start.import')}</label>
          <br />
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            aria-describedby={helpId}
            onChange={onImport}
            data-testid="import"
          />
        </p>
        <p id={helpId} className="hint">
          {t('start.importHelp')}
        </p>
        <div aria-live="polite">
          {imported.state === 'ok' && <p className="ok-box">{t('start.importOk', { file: imported.file })}</p>}
          {imported.state === 'cancelled' && <p className="ok-box">{t('start.importCancelled', { file: imported.file })}</p>}
          {imported.state === 'undone' && (
            <p className="ok-box">{t(imported.undone ? 'start.undone' : 'start.redone', { file: imported.file })}</p>
          )}
          {cleared && <p className="ok-box">{t('start.cleared')}</p>}
        </div>
        {imported.state === 'failed' && <ImportProblems failure={imported.failure} unchanged={t('start.importUnchanged')} />}
        {backup && (
          <p>
            <button type="button" className="button" onClick={onUndo} data-testid="undo-import">
              {t(backup.undone ? 'start.redoImport' : 'start.undoImport', { file: backup.file })}
            </button>
          </p>
        )}
        <p>
          <button type="button" className="button danger" onClick={() => setConfirmClear(true)}>
            {t('start.clear')}
          </button>
        </p>
      </section>
      <ConfirmDialog
        open={pending !== null}
        title={t('start.replaceTitle')}
        confirmLabel={t('start.replaceYes')}
        cancelLabel={t('start.replaceNo')}
        onConfirm={onConfirmImport}
        onCancel={onCancelImport}
      >
        <p>{t('start.replaceText', { file: pending?.file ?? '' })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmClear}
        title={t('start.clearTitle')}
        confirmLabel={t('start.clearYes')}
        cancelLabel={t('start.clearNo')}
        danger
        onConfirm={onClear}
        onCancel={() => setConfirmClear(false)}
      >
        <p>{t('start.clearConfirm')}</p>
      </ConfirmDialog>
    </>
  );
}
