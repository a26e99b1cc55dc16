import type { Question, SizeClass, Subsector } from '@lsh-cyber/schema';

/** What {@link questionApplies} reads of an organisation; a field not filled in yet excludes nothing. */
export interface ApplicabilityProfile {
  readonly subsector?: Subsector | undefined;
  readonly sizeClass?: SizeClass | undefined;
}

/**
 * Whether a question applies to an organisation: a question limited to some subsectors or size
 * classes (`appliesTo`) applies only to those; a question without limits applies to all. A
 * profile still being filled in (no subsector or size class yet) is not excluded on the missing
 * field, so a wizard shows every question that may apply. Scoring counts a question that does not
 * apply as `excluded`, whatever was answered.
 */
export function questionApplies(question: Pick<Question, 'appliesTo'>, profile: ApplicabilityProfile): boolean {
  const to = question.appliesTo;
  if (!to) return true;
  if (to.subsectors && profile.subsector !== undefined && !to.subsectors.includes(profile.subsector)) return false;
  if (to.sizeClasses && profile.sizeClass !== undefined && !to.sizeClasses.includes(profile.sizeClass)) return false;
  return true;
}
