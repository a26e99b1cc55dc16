import { type ComponentType, createElement, type LazyExoticComponent, lazy, useState } from 'react';

/** Re-arms every view whose chunk failed to load. */
const resets = new Set<() => void>();

/** A view whose code loads on demand; `preload` fetches it ahead of showing it. */
export type LazyView<P extends object> = ComponentType<P> & {
  /** Loads the view's code; resolves (never rejects) once it is there or has failed. */
  preload(): Promise<void>;
};

/**
 * Like `React.lazy`, but a failed load need not stick: `React.lazy` keeps a rejected import for
 * good, so a dropped connection would break the view until a reload. {@link retryFailedViews}
 * makes the next render load the chunk anew. Re-arming happens only on request, never inside the
 * failure itself: otherwise React would retry in a loop instead of showing the error.
 *
 * A view shown after its `preload` resolved renders straight away, without suspending: React holds
 * a suspended view's content back for up to 300 ms after its fallback appeared (so the page does
 * not flicker), which would make every first opening of a view wait that long.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let failed = false;
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetch = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        failed = true;
        anyFailed = true;
        throw error;
      },
    );
    return loading;
  };
  const make = (): LazyExoticComponent<ComponentType<P>> => lazy(() => fetch().then((component) => ({ default: component })));
  let current = make();
  resets.add(() => {
    if (!failed) return;
    failed = false;
    loading = undefined;
    current = make();
  });
  // Made once per view when the module loads (as `React.lazy` makes its component), never per render.
  // biome-ignore lint/correctness/noComponentHookFactories: see above
  const View = (props: P) => {
    // Chosen once per mount: switching from the lazy wrapper to the component would remount the view.
    const [type] = useState<ComponentType<P>>(() => loaded ?? current);
    return createElement(type, props);
  };
  return Object.assign(View, {
    preload: () =>
      fetch().then(
        () => undefined,
        () => undefined,
      ),
  });
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
