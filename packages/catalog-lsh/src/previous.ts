import type { Catalog } from '@lsh-cyber/schema';
import lsh1 from '../content/lsh-1.0.0.catalog.json' with { type: 'json' };
import sme1 from '../content/sme-1.0.0.catalog.json' with { type: 'json' };

/**
 * Earlier versions still shipped so that assessments answering them can be read and scored:
 * `lsh-basisscan` 1.0.0 and `sme-basisscan` 1.0.0. New assessments answer {@link catalogs}.
 * Read-only, like the current catalogs.
 */
export const previousCatalogs: readonly Catalog[] = Object.freeze([lsh1 as Catalog, sme1 as Catalog]);
