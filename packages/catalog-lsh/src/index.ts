export { catalogs } from './catalogs.js';
export { lshCatalog } from './lsh.js';
export { smeCatalog } from './sme.js';
