import type { ValidationIssue } from '@lsh-cyber/schema';
import { useI18n } from '../i18n/context.js';

/** The problems found in a document, each with its path, as the schema package reports them. */
export function IssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t } = useI18n();
  return (
    <ul className="issues" data-testid="issues">
      {issues.map((issue, i) => (
        // Issues have no id of their own and never reorder, so the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i}>
          <code>{issue.path || t('start.documentRoot')}</code>: {issue.message}
        </li>
      ))}
    </ul>
  );
}
