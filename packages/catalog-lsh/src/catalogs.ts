import type { Catalog } from '@lsh-cyber/schema';
import { lshCatalog } from './lsh.js';
import { smeCatalog } from './sme.js';

/** Every catalog this package ships, the default (`lsh-basisscan`) first. */
export const catalogs: readonly Catalog[] = Object.freeze([lshCatalog, smeCatalog]);
