import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, fixture, run } from './helpers.js';

const catalog = fixture('mini.catalog.json');

describe('validate', () => {
  it('accepts valid documents of several kinds and names the kind', () => {
    const result = run(['validate', '--catalog', catalog, fixture('mini-chain.json'), catalog, fixture('mini-assessment.json')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${fixture('mini-chain.json')}: valid ChainModel`);
    expect(result.stdout).toContain(`${catalog}: valid Catalog`);
    expect(result.stdout).toContain(`${fixture('mini-assessment.json')}: valid Assessment (answers match catalog mini 1.0.0)`);
    expect(result.stderr).toBe('');
  });

  it('lists every shape problem as file: path: message and exits 1', () => {
    const file = fixture('broken-assessment.json');
    const result = run(['validate', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}: not a valid Assessment (2 problems)`);
    expect(result.stdout).toContain(`\n${file}: selfRating: must be at most 5\n`);
    expect(result.stdout).toContain(`\n${file}: surprise: is not a known field`);
    expectNoStackTrace(result);
  });

  it('checks answers against the catalog given with --catalog', () => {
    const file = fixture('wrong-answer-assessment.json');
    const result = run(['validate', '--catalog', catalog, file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}: answers.q-backup.value: "maybe" is not an option of this question`);
    expect(result.stdout).toContain(`${file}: answers.q-unknown: answers question "q-unknown"`);
  });

  it('keeps each problem’s code and parameters in --json, so a tool can translate it', () => {
    const file = fixture('wrong-answer-assessment.json');
    const result = run(['validate', '--catalog', catalog, file, fixture('broken-assessment.json'), '--json']);
    const [answers, shape] = JSON.parse(result.stdout).files;
    const unknown = answers.issues.find((i: { path: string }) => i.path === 'answers.q-unknown');
    expect(unknown).toMatchObject({ code: expect.any(String), params: expect.objectContaining({}) });
    const surprise = shape.issues.find((i: { path: string }) => i.path === 'surprise');
    expect(surprise).toMatchObject({ code: 'unknown-field' });
  });

  it('reports a JSON syntax error with line and column', () => {
    const file = fixture('not-json.json');
    const result = run(['validate', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\(document\\): is not valid JSON: .+ \\(line \\d+, column \\d+\\)`),
    );
    expectNoStackTrace(result);
  });

  it('reports an unrecognised document and a missing file', () => {
    const result = run(['validate', fixture('unknown-kind.json'), fixture('does-not-exist.json')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${fixture('unknown-kind.json')}: (document): is not a document kind this library knows`);
    expect(result.stdout).toContain(`${fixture('does-not-exist.json')}: (document): file not found`);
  });

  it('prints stable JSON with --json', () => {
    const file = fixture('broken-chain.json');
    const result = run(['validate', '--json', file, fixture('mini-chain.json')]);
    expect(result.status).toBe(1);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(result.stdout);
    expect(result.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed).toEqual({
      schemaVersion: 1,
      valid: false,
      files: [
        {
          file,
          valid: false,
          kind: 'ChainModel',
          catalog: null,
          issues: [
            { path: 'dependencies.5.criticality', message: 'must be at most 1', code: 'too-big', params: { maximum: 1, unit: 'value' } },
          ],
          notes: [],
        },
        { file: fixture('mini-chain.json'), valid: true, kind: 'ChainModel', catalog: null, issues: [], notes: [] },
      ],
    });
  });

  it('reports a --catalog file that is not a catalog on stderr with exit 1', () => {
    const result = run(['validate', '--catalog', fixture('mini-chain.json'), fixture('mini-assessment.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`lsh-cyber: ${fixture('mini-chain.json')}: is a chain model, not a catalog\n`);
    expectNoStackTrace(result);
    const broken = run(['validate', '--catalog', fixture('not-json.json'), fixture('mini-assessment.json')]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^lsh-cyber: .*not-json\.json: is not valid JSON: /);
  });
});
