import { LshValidationError } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { diffLibraries, versionBump } from '../src/diff.js';
import { ClauseError } from '../src/errors.js';
import { mergeLibraries } from '../src/merge.js';
import { renderClausePack } from '../src/render.js';
import { selectClauses } from '../src/select.js';
import { fixtureLibrary as base } from './fixtures/library.js';

const clone = () => structuredClone(base);

describe('diffLibraries', () => {
  it('is empty for identical libraries, whatever the key order', () => {
    const reverse = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverse)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverse(x)]),
            )
          : v;
    const reordered = reverse(base) as typeof base;
    expect(Object.keys(reordered.clauses[0]!)[0]).toBe('evidence');
    const d = diffLibraries(base, reordered);
    expect(d).toMatchObject({ added: [], removed: [], changed: [], unchanged: base.clauses.length });
  });

  it('reports added, removed and changed clauses with fields, parameters and version step', () => {
    const next = clone();
    next.version = '1.3.0';
    next.clauses = next.clauses.filter((c) => c.id !== 'sbom');
    const incident = next.clauses.find((c) => c.id === 'incident-notification')!;
    incident.version = '2.0.0';
    incident.params[0]!.defaults = { baseline: 48, enhanced: 24, strict: 4 };
    incident.body.en = `${incident.body.en} Updated.`;
    const patch = next.clauses.find((c) => c.id === 'vulnerability-patching')!;
    patch.plain.nl = 'Anders gezegd.';
    next.clauses.push({ ...structuredClone(base.clauses[0]!), id: 'new-clause', version: '1.0.0' });

    const d = diffLibraries(base, next);
    expect(d.from).toEqual({ id: 'fixture-clauses', version: '1.2.0' });
    expect(d.to).toEqual({ id: 'fixture-clauses', version: '1.3.0' });
    expect(d.added.map((c) => c.id)).toEqual(['new-clause']);
    expect(d.removed.map((c) => c.id)).toEqual(['sbom']);
    expect(d.changed).toEqual([
      expect.objectContaining({
        id: 'incident-notification',
        from: '1.1.0',
        to: '2.0.0',
        bump: 'major',
        fields: ['body', 'params'],
        params: { added: [], removed: [], changed: ['noticeHours'] },
        unversioned: false,
      }),
      expect.objectContaining({ id: 'vulnerability-patching', bump: 'none', fields: ['plain'], unversioned: true }),
    ]);
    expect(d.unchanged).toBe(base.clauses.length - 3);
  });

  it('classifies version steps', () => {
    expect(versionBump('1.2.3', '2.0.0')).toBe('major');
    expect(versionBump('1.2.3', '1.3.0')).toBe('minor');
    expect(versionBump('1.2.3', '1.2.4')).toBe('patch');
    expect(versionBump('1.2.3', '1.2.3')).toBe('none');
    expect(versionBump('1.10.0', '1.9.9')).toBe('downgrade');
  });
});

describe('mergeLibraries', () => {
  const region = {
    schemaVersion: 1 as const,
    id: 'region-haaglanden',
    version: '1.0.0',
    remove: ['cyber-insurance'],
    clauses: [
      {
        ...structuredClone(base.clauses.find((c) => c.id === 'incident-notification')!),
        version: '1.2.0',
        title: { nl: 'Incidentmelding (regio)', en: 'Incident notice (region)' },
      },
      {
        ...structuredClone(base.clauses.find((c) => c.id === 'security-baseline')!),
        id: 'regional-helpdesk',
        version: '1.0.0',
        topic: 'regional',
      },
    ],
  };

  it('replaces by id in place, appends new clauses, drops removed ones, and takes the region id', () => {
    const merged = mergeLibraries(base, region);
    expect(merged.id).toBe('region-haaglanden');
    expect(merged.title).toEqual(base.title);
    const ids = merged.clauses.map((c) => c.id);
    expect(ids).not.toContain('cyber-insurance');
    expect(ids.at(-1)).toBe('regional-helpdesk');
    expect(ids.indexOf('incident-notification')).toBe(base.clauses.findIndex((c) => c.id === 'incident-notification') - 1);
    expect(merged.clauses.find((c) => c.id === 'incident-notification')!.title.en).toBe('Incident notice (region)');
    const d = diffLibraries(base, merged);
    expect(d.added.map((c) => c.id)).toEqual(['regional-helpdesk']);
    expect(d.removed.map((c) => c.id)).toEqual(['cyber-insurance']);
    expect(d.changed.map((c) => [c.id, c.bump, c.fields])).toEqual([['incident-notification', 'minor', ['title']]]);
  });

  it('feeds selection and rendering without code changes; new topics go after the known ones', () => {
    const merged = mergeLibraries(base, region);
    const pack = selectClauses({
      supplier: { id: 's', name: 'S' },
      buyer: { id: 'b', name: 'B' },
      dependency: { kind: 'saas' },
      library: merged,
    });
    expect(pack.library.id).toBe('region-haaglanden');
    expect(pack.clauses.map((c) => c.id)).not.toContain('cyber-insurance');
    expect(pack.clauses.at(-1)!.id).toBe('regional-helpdesk');
    expect(renderClausePack(pack, { locale: 'en', format: 'markdown', library: merged })).toContain('Incident notice (region)');
  });

  it('refuses removing an unknown clause, an invalid override, and tier defaults that break a rule', () => {
    expect(() => mergeLibraries(base, { ...region, remove: ['ghost'] })).toThrow(ClauseError);
    const invalid = structuredClone(region);
    invalid.clauses[0]!.body.nl = 'Meld binnen {{noticeDays}}.';
    try {
      mergeLibraries(base, invalid);
      expect.unreachable();
    } catch (e) {
      expect(LshValidationError.isInstance(e)).toBe(true);
      expect((e as LshValidationError).issues.map((i) => i.message)).toEqual(
        expect.arrayContaining([expect.stringContaining('placeholder {{noticeDays}} is not a declared parameter')]),
      );
    }
    const lax = structuredClone(base.clauses.find((c) => c.id === 'vulnerability-patching')!);
    lax.params[0]!.defaults = { baseline: 90, enhanced: 14, strict: 7 };
    try {
      mergeLibraries(base, { schemaVersion: 1, id: 'r', version: '1.0.0', clauses: [lax] });
      expect.unreachable();
    } catch (e) {
      expect(ClauseError.isInstance(e)).toBe(true);
      expect((e as ClauseError).issues).toEqual([
        expect.objectContaining({ path: 'baseline.vulnerability-patching.criticalPatchDays', rule: 'patch-order' }),
      ]);
    }
  });
});
