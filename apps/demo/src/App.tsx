import { Suspense, useEffect, useRef, useState } from 'react';
import { StorageNotices } from './components/StorageNotices.js';
import { ViewBoundary } from './components/ViewBoundary.js';
import { useI18n } from './i18n/context.js';
import type { MessageKey } from './i18n/messages.js';
import { lazyView } from './lib/lazy-view.js';
import { href, type Route, useRoute } from './lib/router.js';
import { StartView } from './views/StartView.js';

// Heavy views load only when visited, so the first page stays within the size budget.
const WizardView = lazyView(() => import('./views/WizardView.js').then((m) => m.WizardView));
const ResultView = lazyView(() => import('./views/ResultView.js').then((m) => m.ResultView));
const ChainView = lazyView(() => import('./views/ChainView.js').then((m) => m.ChainView));
const ClausesView = lazyView(() => import('./views/ClausesView.js').then((m) => m.ClausesView));
const MyChainView = lazyView(() => import('./views/MyChainView.js').then((m) => m.MyChainView));
const DutiesView = lazyView(() => import('./views/DutiesView.js').then((m) => m.DutiesView));

/** The views that load on demand, to load before they are shown (see `lazyView`). */
const LAZY: Partial<Record<Route['view'], { preload(): Promise<void> }>> = {
  scan: WizardView,
  result: ResultView,
  chain: ChainView,
  clauses: ClausesView,
  'my-chain': MyChainView,
  duties: DutiesView,
};

/**
 * The route to show: the address's route once its view's code is there. Until then the previous
 * view stays (for the fraction of a second the code takes), or, on the first page, a loading line.
 */
function useShownRoute(route: Route): Route | null {
  const ready = (r: Route) => LAZY[r.view] === undefined;
  const [shown, setShown] = useState<Route | null>(() => (ready(route) ? route : null));
  useEffect(() => {
    let live = true;
    const view = LAZY[route.view];
    if (!view) setShown(route);
    else void view.preload().then(() => live && setShown(route));
    return () => {
      live = false;
    };
  }, [route]);
  return shown;
}

const NAV: { view: Route['view']; route: Route; label: MessageKey }[] = [
  { view: 'start', route: { view: 'start' }, label: 'nav.start' },
  { view: 'scan', route: { view: 'scan', step: 0 }, label: 'nav.scan' },
  { view: 'result', route: { view: 'result' }, label: 'nav.result' },
  { view: 'duties', route: { view: 'duties' }, label: 'nav.duties' },
  { view: 'chain', route: { view: 'chain' }, label: 'nav.chain' },
  { view: 'clauses', route: { view: 'clauses' }, label: 'nav.clauses' },
  { view: 'my-chain', route: { view: 'my-chain' }, label: 'nav.myChain' },
];

/** The page frame: skip link, header with language switch, menu, the current view, footer. */
export function App() {
  const { t, locale, setLocale } = useI18n();
  const address = useRoute();
  const shown = useShownRoute(address);
  const route = shown ?? address;
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const routeKey = route.view === 'scan' ? `scan-${route.step}` : route.view;

  // After a change of view, move focus to its heading so screen-reader users hear where they are.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of view only
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const heading = main.current?.querySelector<HTMLElement>('h1');
      (heading ?? main.current)?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [routeKey]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="brand">
          <p className="brand-title">{t('app.title')}</p>
          <p className="brand-tagline">{t('app.tagline')}</p>
        </div>
        <button
          type="button"
          className="lang-switch"
          lang={locale === 'nl' ? 'en' : 'nl'}
          aria-label={t('app.switchToLabel')}
          onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
        >
          {t('app.switchTo')}
        </button>
      </header>
      <nav aria-label={t('nav.label')} className="site-nav">
        <ul>
          {NAV.map((item) => (
            <li key={item.view}>
              <a href={href(item.route)} aria-current={route.view === item.view ? 'page' : undefined}>
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        <StorageNotices />
        {/* Keyed by view: moving to another view clears a failure shown for the previous one. */}
        <ViewBoundary key={route.view}>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            {shown === null && <p role="status">{t('app.loading')}</p>}
            {shown?.view === 'start' && <StartView />}
            {shown?.view === 'scan' && <WizardView step={shown.step} />}
            {shown?.view === 'result' && <ResultView />}
            {shown?.view === 'chain' && <ChainView />}
            {shown?.view === 'clauses' && <ClausesView />}
            {shown?.view === 'my-chain' && <MyChainView />}
            {shown?.view === 'duties' && <DutiesView />}
          </Suspense>
        </ViewBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('footer.local')}</p>
        <p>{t('footer.fictional')}</p>
      </footer>
    </>
  );
}
