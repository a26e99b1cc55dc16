import { type ComponentType, createElement, type LazyExoticComponent, lazy } from 'react';

/**
 * Like `React.lazy`, but a failed load does not stick: `React.lazy` keeps a rejected import for
 * good, so a dropped connection would break the view until a reload. After a failure the next
 * render (the error boundary's retry) loads the chunk anew.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = make();
          throw error;
        },
      ),
    );
  let current = make();
  const View = (props: P) => createElement(current, props);
  return View;
}
