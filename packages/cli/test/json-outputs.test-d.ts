import type { ExposureEntry, OrganisationResult, SinglePointsOfFailureResult } from '@lsh-cyber/chain';
import type { ClausePack } from '@lsh-cyber/clauses';
import type { Applicability, Deadline, FirstAidCard } from '@lsh-cyber/duties';
import type {
  ChainAnalysisOutput,
  ClausePackOutput,
  DeadlinesOutput,
  DutiesOutput,
  EhboCardOutput,
  RoadmapOutput,
  ValidateResultOutput,
} from '@lsh-cyber/schema/outputs';
import type { Roadmap } from '@lsh-cyber/scoring';
import { describe, expectTypeOf, it } from 'vitest';
import type { FileValidation } from '../src/commands/validate.js';
import type { ChainCommandOutput, LowestEntry } from '../src/render/chain-text.js';

/** True when A and B are assignable to each other: the same set of values. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** An output without its version: what the engine returns. */
type Unversioned<T> = Omit<T, 'schemaVersion'>;

// The commands assign each engine result to its output type, so an engine type that no longer
// fits its schema fails the typecheck there; these tests also catch the other direction, a schema
// that allows more (or other) values than the engine produces, field for field.
describe('each --json output schema describes exactly the type of what the engine returns', () => {
  it('roadmap: the engine’s Roadmap', () => {
    expectTypeOf<Agree<Unversioned<RoadmapOutput>, Roadmap>>().toEqualTypeOf<true>();
  });
  it('chain: the command’s analysis, built from the engine’s results', () => {
    expectTypeOf<Agree<ChainAnalysisOutput, ChainCommandOutput>>().toEqualTypeOf<true>();
    expectTypeOf<Agree<ChainAnalysisOutput['organisations'][number], OrganisationResult>>().toEqualTypeOf<true>();
    expectTypeOf<Agree<ChainAnalysisOutput['lowest'][number], LowestEntry>>().toEqualTypeOf<true>();
    expectTypeOf<Agree<ChainAnalysisOutput['exposure'][number], ExposureEntry>>().toEqualTypeOf<true>();
    expectTypeOf<Agree<ChainAnalysisOutput['singlePointsOfFailure'], SinglePointsOfFailureResult>>().toEqualTypeOf<true>();
  });
  it('validate: the command’s result per file', () => {
    expectTypeOf<Agree<ValidateResultOutput['files'][number], FileValidation>>().toEqualTypeOf<true>();
  });
  it('clauses: the engine’s ClausePack', () => {
    expectTypeOf<Agree<Unversioned<ClausePackOutput>, ClausePack>>().toEqualTypeOf<true>();
  });
  it('duties: the engine’s Applicability', () => {
    expectTypeOf<Agree<Unversioned<DutiesOutput>, Applicability>>().toEqualTypeOf<true>();
  });
  it('deadlines: the engine’s list of Deadline', () => {
    expectTypeOf<Agree<DeadlinesOutput['deadlines'], Deadline[]>>().toEqualTypeOf<true>();
  });
  it('ehbo: the engine’s FirstAidCard', () => {
    expectTypeOf<Agree<Unversioned<EhboCardOutput>, FirstAidCard>>().toEqualTypeOf<true>();
  });
});
