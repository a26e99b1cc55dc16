import type { CompiledChain } from './compiled-chain.js';
import { ChainError } from './errors.js';
import type { Solution } from './solve.js';

/** What propagation says about one organisation. */
export interface OrganisationResult {
  /** The organisation's id. */
  id: string;
  /** Its own score, or the unknown score when it has not been assessed. */
  own: number;
  /** Its effective score: its own score, lowered by what it depends on. */
  effective: number;
  /** The next organisation on its explanation path, or null when it binds itself. */
  via: string | null;
  /** The organisation that binds it: the end of its path (itself when `via` is null). */
  origin: string;
  /** Whether its own score is known (false: `own` is the unknown score). */
  assessed: boolean;
}

/** The JSON form of a propagation result. */
export interface PropagationResultJSON {
  /** Id of the chain. */
  chain: string;
  /** The own score assumed for organisations that have not been assessed. */
  unknownScore: number;
  /** One entry per organisation, in the chain's order. */
  organisations: OrganisationResult[];
}

/** The outcome of `propagate`: effective scores with their explanations. */
export class PropagationResult {
  /** The compiled chain the result belongs to. */
  readonly chain: CompiledChain;
  /** The raw arrays, indexed like `chain`, for fast further analysis. */
  readonly solution: Readonly<Solution>;
  /** The own score assumed for organisations that have not been assessed. */
  readonly unknownScore: number;

  /** @internal Use `propagate`. */
  constructor(chain: CompiledChain, solution: Solution, unknownScore: number) {
    this.chain = chain;
    this.solution = solution;
    this.unknownScore = unknownScore;
  }

  /** The index of `id`; throws {@link ChainError} for an id the chain does not have. */
  indexOf(id: string): number {
    const i = this.chain.indexOf(id);
    if (i < 0) throw new ChainError([{ path: 'id', message: `the chain has no organisation "${id}"` }]);
    return i;
  }

  /** What propagation says about organisation `id`. */
  get(id: string): OrganisationResult {
    return this.at(this.indexOf(id));
  }

  /** @internal The entry of the organisation at index `i`. */
  at(i: number): OrganisationResult {
    const { own, effective, via, origin } = this.solution;
    const { ids, score } = this.chain;
    const v = via[i]!;
    return {
      id: ids[i]!,
      own: own[i]!,
      effective: effective[i]!,
      via: v < 0 ? null : ids[v]!,
      origin: ids[origin[i]!]!,
      assessed: !Number.isNaN(score[i]!),
    };
  }

  /**
   * The explanation of `id`'s effective score: `[id, …, origin]`, where each next organisation is
   * the supplier whose bound sets the score, and the last one binds itself.
   */
  path(id: string): string[] {
    let i = this.indexOf(id);
    const { via } = this.solution;
    const out = [this.chain.ids[i]!];
    while (via[i]! >= 0) {
      i = via[i]!;
      out.push(this.chain.ids[i]!);
    }
    return out;
  }

  /** How many organisations have an own score (are `assessed`); the others count as {@link unknownScore}. */
  assessedCount(): number {
    const { score } = this.chain;
    let count = 0;
    for (let i = 0; i < score.length; i++) if (!Number.isNaN(score[i]!)) count++;
    return count;
  }

  /** The organisation ids, in the chain's order. */
  ids(): string[] {
    return [...this.chain.ids];
  }

  /** Every organisation's entry, in the chain's order. */
  toJSON(): PropagationResultJSON {
    const organisations: OrganisationResult[] = new Array(this.chain.size);
    for (let i = 0; i < organisations.length; i++) organisations[i] = this.at(i);
    return { chain: this.chain.id, unknownScore: this.unknownScore, organisations };
  }
}
