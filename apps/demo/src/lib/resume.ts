import type { Question } from '@lsh-cyber/schema';
import type { Draft } from '../state/draft.js';
import { profileComplete } from './profile-complete.js';
import type { Route } from './router.js';

/**
 * Where "continue" takes her: the first wizard step with something left to do (the profile while
 * a required field is empty, the own estimate while it is missing, else the first part with an
 * unanswered question), or the result when everything is answered. `domains` are the wizard's
 * question steps in order, as `domainsFor` gives them.
 */
export function resumeRoute(draft: Draft, domains: readonly { questions: readonly Question[] }[]): Route {
  if (!profileComplete(draft.organisation)) return { view: 'scan', step: 0 };
  if (draft.selfRating === undefined) return { view: 'scan', step: 1 };
  const open = domains.findIndex((d) => d.questions.some((q) => !Object.hasOwn(draft.answers, q.id)));
  return open >= 0 ? { view: 'scan', step: 2 + open } : { view: 'result' };
}
