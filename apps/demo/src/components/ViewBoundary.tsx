import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.js';
import { retryFailedViews } from '../lib/lazy-view.js';

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Catches a view that fails to load or to render (a lazy chunk lost to a dropped connection, for
 * instance), so the menu and the other views stay usable. It only renders: stored answers are
 * never touched.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  constructor(props: Props) {
    super(props);
    // A new boundary means the user opened a view again: a chunk that failed before gets another try.
    retryFailedViews();
  }

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Left in the console for whoever investigates; the user sees the message below.
    console.error('A view failed to load or render', error, info.componentStack);
  }

  private readonly retry = () => {
    // Chromium keeps a failed dynamic import in its module map for the life of the page, so a
    // chunk lost to a dropped connection never loads again by importing it anew: reload the page at
    // the same address instead. Nothing is lost: every answer is already in the browser's storage.
    if (retryFailedViews()) {
      window.location.reload();
      return;
    }
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (this.state.failed) return <ViewError onRetry={this.retry} />;
    return this.props.children;
  }
}

function ViewError({ onRetry }: { onRetry(): void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-box" data-testid="view-error">
      <h1 tabIndex={-1}>{t('error.heading')}</h1>
      <p>{t('error.text')}</p>
      <p>
        <button type="button" className="button primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </p>
    </div>
  );
}
