import type { Catalog } from '@lsh-cyber/schema';
import data from '../content/sme.catalog.json' with { type: 'json' };

/**
 * A small generic SME basisscan (`sme-basisscan` 2.0.0) for firms outside Life Sciences & Health, such
 * as a logistics or software company. Same format as {@link lshCatalog}: it shows that a region
 * can fork the content without touching code.
 *
 * Validated by this package's tests, not at import time. Treat it as read-only.
 */
export const smeCatalog: Catalog = data as Catalog;
