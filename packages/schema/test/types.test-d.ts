import { describe, expectTypeOf, it } from 'vitest';
import type * as Generated from '../../../schemas/types/assessment.js';
import type * as GeneratedCatalog from '../../../schemas/types/catalog.js';
import type * as GeneratedChain from '../../../schemas/types/chain.js';
import type * as GeneratedChainAnalysisOutput from '../../../schemas/types/chain-analysis-output.js';
import type * as GeneratedClauses from '../../../schemas/types/clause-library.js';
import type * as GeneratedClausePackOutput from '../../../schemas/types/clause-pack-output.js';
import type * as GeneratedDeadlinesOutput from '../../../schemas/types/deadlines-output.js';
import type * as GeneratedDutiesOutput from '../../../schemas/types/duties-output.js';
import type * as GeneratedEhboCardOutput from '../../../schemas/types/ehbo-card-output.js';
import type * as GeneratedProfile from '../../../schemas/types/organisation-profile.js';
import type * as GeneratedRoadmapOutput from '../../../schemas/types/roadmap-output.js';
import type * as GeneratedReport from '../../../schemas/types/score-report.js';
import type * as GeneratedValidateResultOutput from '../../../schemas/types/validate-result-output.js';
import type { Assessment, Catalog, ChainModel, ClauseLibrary, OrganisationProfile, ScoreReport } from '../src/index.js';
import type {
  ChainAnalysisOutput,
  ClausePackOutput,
  DeadlinesOutput,
  DutiesOutput,
  EhboCardOutput,
  RoadmapOutput,
  ValidateResultOutput,
} from '../src/outputs.js';

/** True when A and B are assignable to each other: the same set of values. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('types generated from the JSON Schemas agree with the zod-inferred types', () => {
  it('OrganisationProfile', () => {
    expectTypeOf<Agree<GeneratedProfile.OrganisationProfile, OrganisationProfile>>().toEqualTypeOf<true>();
  });
  it('Catalog', () => {
    expectTypeOf<Agree<GeneratedCatalog.Catalog, Catalog>>().toEqualTypeOf<true>();
  });
  it('Assessment', () => {
    expectTypeOf<Agree<Generated.Assessment, Assessment>>().toEqualTypeOf<true>();
  });
  it('ScoreReport', () => {
    expectTypeOf<Agree<GeneratedReport.ScoreReport, ScoreReport>>().toEqualTypeOf<true>();
  });
  it('ChainModel', () => {
    expectTypeOf<Agree<GeneratedChain.ChainModel, ChainModel>>().toEqualTypeOf<true>();
  });
  it('ClauseLibrary', () => {
    expectTypeOf<Agree<GeneratedClauses.ClauseLibrary, ClauseLibrary>>().toEqualTypeOf<true>();
  });
});

describe('types generated from the output JSON Schemas agree with the zod-inferred types', () => {
  it('ValidateResultOutput', () => {
    expectTypeOf<Agree<GeneratedValidateResultOutput.ValidateResultOutput, ValidateResultOutput>>().toEqualTypeOf<true>();
  });
  it('RoadmapOutput', () => {
    expectTypeOf<Agree<GeneratedRoadmapOutput.RoadmapOutput, RoadmapOutput>>().toEqualTypeOf<true>();
  });
  it('ChainAnalysisOutput', () => {
    expectTypeOf<Agree<GeneratedChainAnalysisOutput.ChainAnalysisOutput, ChainAnalysisOutput>>().toEqualTypeOf<true>();
  });
  it('ClausePackOutput', () => {
    expectTypeOf<Agree<GeneratedClausePackOutput.ClausePackOutput, ClausePackOutput>>().toEqualTypeOf<true>();
  });
  it('DutiesOutput', () => {
    expectTypeOf<Agree<GeneratedDutiesOutput.DutiesOutput, DutiesOutput>>().toEqualTypeOf<true>();
  });
  it('DeadlinesOutput', () => {
    expectTypeOf<Agree<GeneratedDeadlinesOutput.DeadlinesOutput, DeadlinesOutput>>().toEqualTypeOf<true>();
  });
  it('EhboCardOutput', () => {
    expectTypeOf<Agree<GeneratedEhboCardOutput.EhboCardOutput, EhboCardOutput>>().toEqualTypeOf<true>();
  });
});
