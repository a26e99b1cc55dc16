import type { ChainModel, ChainOrganisation, Dependency } from '@lsh-cyber/schema';
import { ClauseError } from './errors.js';
import type { DependencyInput, ReportInput, SelectInput } from './types.js';

/** Options of {@link clauseRequestFromChain}. */
export interface ClauseRequestOptions {
  /** The buyer; default: the organisation with the most critical dependency on the supplier. */
  buyerId?: string;
  /** Score reports by assessment id; the supplier's (its `assessment`) is used when present. */
  reports?: ReadonlyMap<string, ReportInput>;
}

/** An organisation of a chain as the clause engine takes it: id, name and what is known of its profile. */
function party(o: ChainOrganisation): SelectInput['supplier'] {
  return { ...(o.profile ?? {}), id: o.id, name: o.name };
}

function dependencyInput(d: Dependency): DependencyInput {
  return {
    ...(d.kind !== undefined ? { kind: d.kind } : {}),
    ...(d.criticality !== undefined ? { criticality: d.criticality } : {}),
    ...(d.data !== undefined ? { data: d.data } : {}),
  };
}

/**
 * The clause request for a supplier in a chain: the supplier, its buyer, what the buyer depends on
 * it for and, when known, the supplier's score report — ready for `selectClauses`. The one way
 * every face turns a chain into a request.
 *
 * Without `buyerId` the buyer is the organisation whose dependency on the supplier is the most
 * critical (criticality absent counts as 1, as in propagation), the first in the chain's order
 * among equals: the contract matters most where a failure hurts most.
 *
 * @throws ClauseError naming `supplierId` or `buyerId` when the chain has no such organisation, or
 *   no dependency of the buyer on the supplier.
 */
export function clauseRequestFromChain(chain: ChainModel, supplierId: string, options: ClauseRequestOptions = {}): SelectInput {
  const supplier = chain.organisations.find((o) => o.id === supplierId);
  if (!supplier)
    throw new ClauseError('clause request', [{ path: 'supplierId', message: `the chain has no organisation "${supplierId}"` }]);
  const onSupplier = chain.dependencies.filter((d) => d.to === supplierId);
  let buyerId = options.buyerId;
  if (buyerId === undefined) {
    let best: Dependency | undefined;
    for (const d of onSupplier) if (best === undefined || (d.criticality ?? 1) > (best.criticality ?? 1)) best = d;
    if (!best) {
      throw new ClauseError('clause request', [
        {
          path: 'supplierId',
          message: `the chain has no organisation that depends on "${supplierId}"; a clause pack needs a buyer that depends on the supplier`,
        },
      ]);
    }
    buyerId = best.from;
  }
  const buyer = chain.organisations.find((o) => o.id === buyerId);
  if (!buyer) throw new ClauseError('clause request', [{ path: 'buyerId', message: `the chain has no organisation "${buyerId}"` }]);
  const dependencies = onSupplier.filter((d) => d.from === buyerId);
  if (dependencies.length === 0) {
    throw new ClauseError('clause request', [
      { path: 'buyerId', message: `the chain has no dependency of "${buyerId}" on "${supplierId}": the buyer must depend on the supplier` },
    ]);
  }
  const report = supplier.assessment === undefined ? undefined : options.reports?.get(supplier.assessment);
  return {
    supplier: party(supplier),
    buyer: party(buyer),
    dependency: dependencies.length === 1 ? dependencyInput(dependencies[0]!) : dependencies.map(dependencyInput),
    ...(report ? { report } : {}),
  };
}
