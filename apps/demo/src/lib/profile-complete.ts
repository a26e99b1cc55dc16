import type { DraftProfile } from '../state/draft.js';

/** The required profile fields that are still empty: the name, the subsector, the size. */
export function missingProfileFields(profile: DraftProfile): ('name' | 'subsector' | 'size')[] {
  const missing: ('name' | 'subsector' | 'size')[] = [];
  if (!profile.name.trim()) missing.push('name');
  if (!profile.subsector) missing.push('subsector');
  if (!profile.sizeClass) missing.push('size');
  return missing;
}

/** Whether every required profile field is filled in. */
export function profileComplete(profile: DraftProfile): boolean {
  return missingProfileFields(profile).length === 0;
}
