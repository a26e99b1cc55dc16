import { type DocumentKind, FILE_KIND_LABELS } from '@lsh-cyber/schema';
import { useI18n } from '../i18n/context.js';
import { DOCUMENT_KIND_LABELS, type ShownIssue } from '../i18n/issues.js';
import { IssueList } from './IssueList.js';

/** Why a file was not loaded, as the user reads it. */
export interface ImportFailure {
  file: string;
  /** The kind of file that was expected here. */
  expected: DocumentKind;
  /** The kind the file looks like (schema's `detectDocumentKind`), null when none, 'unread' when it could not be read at all. */
  found: DocumentKind | null | 'unread';
  issues: readonly ShownIssue[];
}

/**
 * A refused file: a file of the right kind lists its problems; a foreign file (another kind, or
 * none) gets one plain sentence, with the technical list behind a "details" disclosure.
 */
export function ImportProblems({ failure, unchanged }: { failure: ImportFailure; unchanged: string }) {
  const { t, locale } = useI18n();
  const { file, expected, found, issues } = failure;
  const what = FILE_KIND_LABELS[expected][locale];
  const foreign = found !== expected;
  return (
    <div role="alert" className="error-box" data-testid="import-error" data-foreign={foreign}>
      {foreign ? (
        <>
          <p>
            {found === 'unread'
              ? t('import.unread', { file, what })
              : found
                ? t('import.otherKind', { file, what, kind: DOCUMENT_KIND_LABELS[found][locale] })
                : t('import.foreign', { file, what })}{' '}
            {unchanged}
          </p>
          <details>
            <summary>{t('import.details')}</summary>
            <IssueList issues={issues} />
          </details>
        </>
      ) : (
        <>
          <p>
            {t('import.failed', { file })} {unchanged} {t('import.problems', { count: issues.length })}
          </p>
          <IssueList issues={issues} />
        </>
      )}
    </div>
  );
}
