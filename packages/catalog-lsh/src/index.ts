export { catalogs } from './catalogs.js';
export { glossaryTermsIn } from './glossary.js';
export { lshCatalog } from './lsh.js';
export { previousCatalogs } from './previous.js';
export { smeCatalog } from './sme.js';
