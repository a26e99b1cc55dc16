import { lshCatalog } from '@lsh-cyber/catalog-lsh';
import type { Catalog, Domain, Question } from '@lsh-cyber/schema';
import { questionApplies } from '@lsh-cyber/scoring';
import type { DraftProfile } from '../state/draft.js';

/** The catalog this demo asks. */
export const catalog: Catalog = lshCatalog;

/** The domains in catalog order, each with the questions that apply to the profile. */
export function domainsFor(profile: DraftProfile): { domain: Domain; questions: Question[] }[] {
  return catalog.domains.map((domain) => ({
    domain,
    questions: catalog.questions.filter((q) => q.domain === domain.id && questionApplies(q, profile)),
  }));
}

/** How many of the applicable questions have an answer. */
export function progress(profile: DraftProfile, answers: Readonly<Record<string, unknown>>): { answered: number; total: number } {
  const questions = catalog.questions.filter((q) => questionApplies(q, profile));
  return { answered: questions.filter((q) => Object.hasOwn(answers, q.id)).length, total: questions.length };
}

/** The measure with this id. */
export function measureById(id: string) {
  return catalog.measures.find((m) => m.id === id);
}
