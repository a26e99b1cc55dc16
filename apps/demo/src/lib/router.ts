import { useEffect, useState } from 'react';

/** The views of the app, addressed by the part of the URL after `#`. */
export type Route =
  | { view: 'start' }
  | { view: 'scan'; step: number }
  | { view: 'result' }
  | { view: 'chain' }
  | { view: 'clauses' }
  | { view: 'my-chain' }
  | { view: 'duties' };

/** Reads a route from a hash such as `#/scan/3`; unknown hashes lead to the start page. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  switch (parts[0]) {
    case 'scan': {
      const step = Number(parts[1] ?? 0);
      return { view: 'scan', step: Number.isInteger(step) && step >= 0 ? step : 0 };
    }
    case 'result':
      return { view: 'result' };
    case 'chain':
      return { view: 'chain' };
    case 'clauses':
      return { view: 'clauses' };
    case 'my-chain':
      return { view: 'my-chain' };
    case 'duties':
      return { view: 'duties' };
    default:
      return { view: 'start' };
  }
}

/** The hash of a route. */
export function href(route: Route): string {
  return route.view === 'scan' ? `#/scan/${route.step}` : route.view === 'start' ? '#/' : `#/${route.view}`;
}

/** Whether a hash addresses a view (`#/…`) rather than a place in the page, such as the skip link's `#main`. */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

/**
 * The current route; follows the browser's back and forward buttons. A jump within the page
 * (`#main`) leaves the view as it is and puts the view's address back in the address bar.
 */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    let last = isRouteHash(location.hash) ? location.hash : '#/';
    const onChange = () => {
      if (!isRouteHash(location.hash)) {
        history.replaceState(history.state, '', last);
        return;
      }
      last = location.hash;
      setRoute(parseRoute(location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Goes to a route. */
export function navigate(route: Route): void {
  location.hash = href(route);
}
