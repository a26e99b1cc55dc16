import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScoreReportSchema } from '@lsh-cyber/schema';
import { OUTPUT_KINDS } from '@lsh-cyber/schema/outputs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { example, fixture, rootDir, run, tempDir } from './helpers.js';

// ajv-formats is CommonJS; its default export arrives wrapped under Node's ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

// Strict, so a schema ajv cannot read fully fails here instead of passing everything; a list of
// types (`"type": ["string", "number", "boolean"]`) is standard JSON Schema.
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }));
const schemaFile = (file: string) => join(rootDir, 'schemas', `${file}.schema.json`);
const validators = new Map<string, ValidateFunction>();
/** The validator of the committed `schemas/<file>.schema.json`, as a user of the repository reads it. */
function validator(file: string): ValidateFunction {
  let v = validators.get(file);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(schemaFile(file), 'utf8')));
    validators.set(file, v);
  }
  return v;
}

/** The JSON Schema file of each command's `--json` output. */
const FILE_OF: Record<string, string> = {
  score: 'score-report',
  ...Object.fromEntries(OUTPUT_KINDS.map(({ command, file }) => [command, file])),
};
/** The zod schema of each command's `--json` output, the source the JSON Schema is generated from. */
const ZOD_OF: Record<string, (typeof OUTPUT_KINDS)[number]['schema']> = {
  score: ScoreReportSchema,
  ...Object.fromEntries(OUTPUT_KINDS.map(({ command, schema }) => [command, schema])),
};

const assessments = readdirSync(example('assessments'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => example(`assessments/${f}`));
const chainFile = example('zuid-holland-chain.json');
const profileFile = example('organisation-profile.json');

/** Writes an incident file and returns its path. */
function incidentFile(incident: Record<string, unknown>): string {
  const file = join(tempDir(), 'incident.json');
  writeFileSync(file, JSON.stringify(incident));
  return file;
}

/** Every command, run with --json on the repository's examples (and on bad input where the output has a branch for it). */
function cases(): { name: string; command: string; args: string[]; status: number }[] {
  const out = () => join(tempDir(), 'out');
  const list: { name: string; command: string; args: string[]; status: number }[] = [
    {
      name: 'validate on every example',
      command: 'validate',
      args: ['validate', '--json', ...assessments, chainFile, profileFile, example('catalog.json'), example('score-report.json')],
      status: 0,
    },
    {
      name: 'validate on broken, unreadable and mismatching files',
      command: 'validate',
      args: [
        'validate',
        '--json',
        fixture('broken-chain.json'),
        fixture('not-json.json'),
        fixture('unknown-kind.json'),
        fixture('wrong-answer-assessment.json'),
        join(tempDir(), 'missing.json'),
      ],
      status: 1,
    },
    { name: 'chain on the example chain', command: 'chain', args: ['chain', chainFile, '--json'], status: 0 },
    {
      name: 'chain on the example CSV pair',
      command: 'chain',
      args: ['chain', example('chain-csv/organisations.csv'), example('chain-csv/dependencies.csv'), '--json', '--top', '3'],
      status: 0,
    },
    {
      name: 'clauses for a supplier with a score report',
      command: 'clauses',
      args: ['clauses', '--chain', chainFile, '--supplier', 'deltalab-research', '--format', 'md', '-o', `${out()}.md`, '--json'],
      status: 0,
    },
    {
      name: 'clauses for a supplier and buyer without a score report',
      command: 'clauses',
      args: [
        'clauses',
        '--chain',
        chainFile,
        '--supplier',
        'zorgdossier-ehr',
        '--buyer',
        'ziekenhuis-westerhaven',
        '--format',
        'html',
        '-o',
        `${out()}.html`,
        '--json',
      ],
      status: 0,
    },
    { name: 'duties of the example profile', command: 'duties', args: ['duties', profileFile, '--json'], status: 0 },
    {
      name: 'ehbo card with suppliers from the chain and an insurer',
      command: 'ehbo',
      args: [
        'ehbo',
        example('assessments/hospital-it.json'),
        '--chain',
        chainFile,
        '--insurer',
        'Polderpolis',
        '--format',
        'md',
        '-o',
        `${out()}.md`,
        '--json',
      ],
      status: 0,
    },
    {
      name: 'ehbo card of the example profile',
      command: 'ehbo',
      args: ['ehbo', profileFile, '--format', 'html', '-o', `${out()}.html`, '--json'],
      status: 0,
    },
  ];
  for (const file of assessments) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    list.push(
      { name: `score ${name}`, command: 'score', args: ['score', file, '--json'], status: 0 },
      { name: `roadmap ${name}`, command: 'roadmap', args: ['roadmap', file, '--budget', '10000', '--years', '3', '--json'], status: 0 },
      {
        name: `roadmap ${name}, tight budget, bought-in effort`,
        command: 'roadmap',
        args: ['roadmap', file, '--budget', '500', '--years', '2', '--buy-effort', '--json'],
        status: 0,
      },
      { name: `duties ${name}`, command: 'duties', args: ['duties', file, '--json'], status: 0 },
      {
        name: `deadlines ${name}, every kind of incident`,
        command: 'deadlines',
        args: [
          'deadlines',
          file,
          '--incident',
          incidentFile({
            awareAt: '2026-10-24T12:00:00+02:00',
            significant: true,
            personalData: true,
            deviceIncident: 'death-or-deterioration',
            exploitedVulnerability: true,
            severeIncident: true,
          }),
          '--json',
        ],
        status: 0,
      },
    );
  }
  list.push({
    name: 'deadlines after a notification, with a fix available',
    command: 'deadlines',
    args: [
      'deadlines',
      example('assessments/hospital-it.json'),
      '--incident',
      incidentFile({
        awareAt: '2026-10-24T12:00:00+02:00',
        notifiedAt: '2026-10-25T09:00:00+01:00',
        fixAvailableAt: '2026-11-02T10:00:00Z',
        significant: true,
      }),
      '--json',
    ],
    status: 0,
  });
  return list;
}

describe('every --json output follows its committed JSON Schema in schemas/', () => {
  const all = cases();

  it('covers every command that prints --json', () => {
    expect(new Set(all.map((c) => c.command))).toEqual(new Set(Object.keys(FILE_OF)));
  });

  for (const c of all) {
    it(`${c.name} (schemas/${FILE_OF[c.command]}.schema.json)`, () => {
      const result = run(c.args);
      expect(result.status, result.stderr).toBe(c.status);
      const output = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(output.schemaVersion).toBe(1);
      expect(Object.keys(output)[0]).toBe('schemaVersion');
      const validate = validator(FILE_OF[c.command]!);
      expect(validate(output) ? [] : validate.errors).toEqual([]);
      const parsed = ZOD_OF[c.command]!.safeParse(output);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });
  }
});

describe('the committed output schemas are strict', () => {
  it('refuse an output with a field they do not describe, or without schemaVersion', () => {
    const output = JSON.parse(
      run(['deadlines', profileFile, '--incident', incidentFile({ awareAt: '2026-10-24T12:00:00Z', personalData: true }), '--json']).stdout,
    );
    const validate = validator('deadlines-output');
    expect(validate(output)).toBe(true);
    expect(output.deadlines.length).toBeGreaterThan(0);
    expect(validate({ ...output, surprise: true })).toBe(false);
    expect(validate({ ...output, deadlines: output.deadlines.map((d: object) => ({ ...d, surprise: 1 })) })).toBe(false);
    const { schemaVersion: _version, ...unversioned } = output;
    expect(validate(unversioned)).toBe(false);
    expect(validate({ ...output, schemaVersion: 2 })).toBe(false);
  });
});
