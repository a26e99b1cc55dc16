import type { Catalog } from '@lsh-cyber/schema';
import data from '../content/lsh.catalog.json' with { type: 'json' };

/**
 * The Life Sciences & Health basisscan (`lsh-basisscan` 2.0.0): ten domains, questions in plain
 * Dutch and English that cover NIS2 Articles 20, 21(2) (a)–(j) and 23 and the sector's own themes,
 * a glossary of the terms they use, and the measures (step plans with cost per size class, the
 * assumptions stated once in `costBasis`) the questions link to.
 *
 * The JSON is validated by this package's tests, not at import time, so importing stays cheap.
 * Treat it as read-only: it is shared by every importer in the process.
 */
export const lshCatalog: Catalog = data as Catalog;
