import type { OrganisationProfile } from '@lsh-cyber/schema';
import { detectDocumentKind, parseAssessment, parseOrganisationProfile } from '@lsh-cyber/schema';
import type { Context } from './context.js';
import { CliError } from './errors.js';
import { readJsonFile } from './io.js';

/**
 * Reads an organisation profile: an OrganisationProfile document, or the organisation embedded in
 * an assessment (so a sample assessment serves too). Throws naming the file and every problem.
 */
export async function loadProfile(file: string, ctx: Context): Promise<OrganisationProfile> {
  ctx.currentFile = file;
  const { value } = await readJsonFile(file, ctx.maxInputBytes);
  const kind = detectDocumentKind(value);
  if (kind === 'Assessment') {
    const { organisation } = parseAssessment(value, { file });
    return { ...organisation, schemaVersion: 1 } as OrganisationProfile;
  }
  if (kind !== null && kind !== 'OrganisationProfile')
    throw new CliError(
      { en: 'is not an organisation profile or an assessment', nl: 'is geen organisatieprofiel en geen basisscan' },
      { file },
    );
  return parseOrganisationProfile(value, { file });
}
