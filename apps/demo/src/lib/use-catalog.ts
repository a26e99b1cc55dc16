import { useEffect, useState } from 'react';

/** The catalog module: the questions and what depends on them. */
export type CatalogModule = typeof import('./catalog.js');

let loaded: CatalogModule | null = null;

/** Loads the catalog module (its own chunk: the question texts are the largest part of the app). */
export async function loadCatalog(): Promise<CatalogModule> {
  loaded ??= await import('./catalog.js');
  return loaded;
}

/**
 * The catalog module once it has loaded; null for the first frame. The start page paints without
 * it, so the questions stay out of the JavaScript the first page must load.
 */
export function useCatalog(): CatalogModule | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    loadCatalog().then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [module]);
  return module;
}
