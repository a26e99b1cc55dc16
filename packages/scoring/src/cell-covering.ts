import type { BenchmarkCell, BenchmarkRelease, BenchmarkSubmission } from '@lsh-cyber/schema';

/**
 * The published cell of a centre's benchmark release that compares an organisation with its own
 * group: the same subsector and size class, in its region when the release publishes that cell,
 * else the cell over all regions. Undefined when the release covers neither (a face then falls
 * back to sample or synthetic peers and says so).
 *
 * Why region first: a regional cell is the closer peer group; the all-regions cell of the same
 * subsector and size is the next best, and coarser cells (all sizes, all subsectors) compare her
 * with organisations unlike her, so they are not offered.
 */
export function cellCovering(
  release: BenchmarkRelease,
  group: Pick<BenchmarkSubmission, 'subsector' | 'sizeClass'> & { region?: string | undefined },
): BenchmarkCell | undefined {
  const same = release.cells.filter((c) => c.subsector === group.subsector && c.sizeClass === group.sizeClass);
  return (group.region ? same.find((c) => c.region === group.region) : undefined) ?? same.find((c) => c.region === undefined);
}
