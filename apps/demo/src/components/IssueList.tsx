import { useI18n } from '../i18n/context.js';
import { issueText, type ShownIssue } from '../i18n/issues.js';

/** The problems found in a document, each with its path, in the user's language. */
export function IssueList({ issues }: { issues: readonly ShownIssue[] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="issues" data-testid="issues">
      {issues.map((issue, i) => (
        // Issues have no id of their own and never reorder, so the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i} data-code={issue.code ?? ''}>
          <code>{issue.path || t('start.documentRoot')}</code>: {issueText(issue, locale)}
        </li>
      ))}
    </ul>
  );
}
