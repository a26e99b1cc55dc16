import { readdirSync, readFileSync } from 'node:fs';
import type { ChainModel, OrganisationProfile } from '@lsh-cyber/schema';

const examples = new URL('../../../examples/', import.meta.url);

/** A minimal valid profile; tests override the fields they are about. */
export function profile(fields: Partial<OrganisationProfile> = {}): OrganisationProfile {
  return {
    schemaVersion: 1,
    id: 'test-org',
    name: 'Testorganisatie',
    subsector: 'hospital',
    sizeClass: 'small',
    data: ['personal'],
    certifications: [],
    gdprController: true,
    ...fields,
  } as OrganisationProfile;
}

/** The six sample organisations of examples/assessments, as profiles. */
export function sampleProfiles(): Array<{ file: string; profile: OrganisationProfile }> {
  const dir = new URL('assessments/', examples);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const { organisation } = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      return { file, profile: { schemaVersion: 1, ...organisation } as OrganisationProfile };
    });
}

/** The sample value chain. */
export function sampleChain(): ChainModel {
  return JSON.parse(readFileSync(new URL('zuid-holland-chain.json', examples), 'utf8')) as ChainModel;
}
