import { type ComponentType, createElement, type LazyExoticComponent, lazy } from 'react';

/** Re-arms every view whose chunk failed to load. */
const resets = new Set<() => void>();

/**
 * Like `React.lazy`, but a failed load need not stick: `React.lazy` keeps a rejected import for
 * good, so a dropped connection would break the view until a reload. {@link retryFailedViews}
 * makes the next render load the chunk anew. Re-arming happens only on request, never inside the
 * failure itself: otherwise React would retry in a loop instead of showing the error.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let failed = false;
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed = true;
          anyFailed = true;
          throw error;
        },
      ),
    );
  let current = make();
  resets.add(() => {
    if (!failed) return;
    failed = false;
    current = make();
  });
  return (props: P) => createElement(current, props);
}

/** Whether some view's chunk failed to load and has not been re-armed since. */
let anyFailed = false;

/**
 * Lets every view that failed to load try again on its next render. Returns whether some view had
 * failed to load (rather than to render).
 */
export function retryFailedViews(): boolean {
  const had = anyFailed;
  anyFailed = false;
  for (const reset of resets) reset();
  return had;
}
