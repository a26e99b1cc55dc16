import type { Catalog } from '@lsh-cyber/schema';
import data from '../content/lsh.catalog.json' with { type: 'json' };

/**
 * The Life Sciences & Health basisscan (`lsh-basisscan`): ten domains, questions in Dutch and
 * English that cover NIS2 Article 21(2) (a)–(j) and the sector's own themes, and the measures
 * (step plans with cost per size class) the questions link to.
 *
 * The JSON is validated by this package's tests, not at import time, so importing stays cheap.
 * Treat it as read-only: it is shared by every importer in the process.
 */
export const lshCatalog: Catalog = data as Catalog;
