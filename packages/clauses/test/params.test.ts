import { type ClauseParam, LshValidationError, parseClauseLibrary } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { coerceParamValue, isStricter, stricterValue, strictness, tierDefault } from '../src/params.js';
import { formatValue } from '../src/render/text.js';
import { fixtureLibrary } from './fixtures/library.js';

const lt = (nl: string, en: string) => ({ nl, en });
const duration: ClauseParam = {
  name: 'd',
  type: 'duration',
  unit: 'days',
  label: lt('d', 'd'),
  default: 30,
  defaults: { strict: 7 },
  min: 1,
  max: 90,
};
const months: ClauseParam = { name: 'm', type: 'integer', label: lt('m', 'm'), default: 12, defaults: { baseline: 12, strict: 24 } };
const flat: ClauseParam = { name: 'f', type: 'integer', label: lt('f', 'f'), default: 12 };
const choice: ClauseParam = { name: 'e', type: 'enum', label: lt('e', 'e'), default: 'a', options: ['a', 'b', 'c'] };
const allowed: ClauseParam = { name: 'b', type: 'boolean', label: lt('b', 'b'), default: true, stricter: 'lower' };

describe('parameters', () => {
  it('take the tier default, else the general default', () => {
    expect(tierDefault(duration, 'strict')).toBe(7);
    expect(tierDefault(duration, 'enhanced')).toBe(30);
  });

  it('know which way is stricter: declared, from tier defaults, or by type', () => {
    expect(strictness(duration)).toBe('lower');
    expect(strictness(months)).toBe('higher');
    expect(strictness(flat)).toBeNull();
    expect(strictness(choice)).toBe('higher');
    expect(strictness(allowed)).toBe('lower');
    expect(strictness({ ...flat, type: 'text', default: 'x' })).toBeNull();
    expect(stricterValue(duration, 14, 7)).toBe(7);
    expect(stricterValue(months, 12, 24)).toBe(24);
    expect(stricterValue(choice, 'c', 'b')).toBe('c');
    expect(stricterValue(allowed, true, false)).toBe(false);
    expect(stricterValue(flat, 10, 20)).toBe(10);
    expect(isStricter(duration, 7, 7)).toBe(false);
  });

  it('read typed text from a command line', () => {
    expect(coerceParamValue(duration, ' 14 ')).toBe(14);
    expect(coerceParamValue(duration, '1,5')).toBe(1.5);
    expect(coerceParamValue(duration, 'soon')).toBe('soon');
    expect(coerceParamValue(allowed, 'nee')).toBe(false);
    expect(coerceParamValue(allowed, 'Yes')).toBe(true);
    expect(coerceParamValue(choice, 'b')).toBe('b');
  });

  it('render with units, labels and decimals in each language', () => {
    expect(formatValue(duration, 1, 'nl')).toBe('1 dag');
    expect(formatValue(duration, 14, 'en')).toBe('14 days');
    expect(formatValue({ ...duration, unit: 'hours' }, 1.5, 'nl')).toBe('1,5 uur');
    expect(formatValue(months, 2500000, 'nl')).toBe('2.500.000');
    expect(formatValue(months, 2500000, 'en')).toBe('2,500,000');
    expect(formatValue(allowed, false, 'nl')).toBe('nee');
    expect(formatValue({ ...choice, optionLabels: { b: lt('bee', 'bee-en') } }, 'b', 'en')).toBe('bee-en');
  });
});

describe('library checks added to the schema', () => {
  const broken = () => structuredClone(fixtureLibrary);
  const problems = (lib: unknown) => {
    try {
      parseClauseLibrary(lib);
      return [];
    } catch (e) {
      if (!LshValidationError.isInstance(e)) throw e;
      return e.issues.map((i) => `${i.path}: ${i.message}`);
    }
  };
  const at = (lib: ReturnType<typeof broken>, id: string) => lib.clauses.find((c) => c.id === id)!;

  it('accept the fixture', () => {
    expect(problems(fixtureLibrary)).toEqual([]);
  });

  it('refuse undeclared placeholders, unused parameters, and defaults out of type or bounds', () => {
    const lib = broken();
    const incident = at(lib, 'incident-notification');
    incident.body.en = 'The Supplier reports within {{noticeHour}}.';
    incident.params[0]!.defaults = { strict: 0 };
    const sbom = at(lib, 'sbom');
    sbom.params[0]!.default = 'xml';
    const patch = at(lib, 'vulnerability-patching');
    delete patch.params[0]!.unit;
    const out = problems(lib);
    const i = lib.clauses.indexOf(incident);
    expect(out).toEqual(
      expect.arrayContaining([
        `clauses.${i}.body.en: placeholder {{noticeHour}} is not a declared parameter (declared: noticeHours)`,
        `clauses.${i}.params.0.name: parameter noticeHours is not used in the English body`,
        `clauses.${i}.params.0.defaults.strict: default for the strict tier must be at least 1 hours, not 0`,
        `clauses.${lib.clauses.indexOf(sbom)}.params.0.default: default must be one of: either, cyclonedx; not "xml"`,
        `clauses.${lib.clauses.indexOf(patch)}.params.0.unit: a duration needs a unit: hours or days`,
      ]),
    );
  });

  it('refuse identifiers outside the official lists, and a remove list that contradicts itself', () => {
    const lib = broken();
    at(lib, 'security-baseline').basis.push(
      { source: 'iso27001', ref: '5.38' },
      { source: 'nis2', ref: '21(2)(k)' },
      { source: 'gdpr', ref: '28(3)(i)' },
    );
    lib.remove = ['sbom', 'gone', 'gone'];
    const out = problems(lib).join('\n');
    expect(out).toContain('"5.38" is not a point of ISO/IEC 27001:2022 Annex A');
    expect(out).toContain('"21(2)(k)" is not a point of Directive (EU) 2022/2555 (NIS2)');
    expect(out).toContain('"28(3)(i)" is not a point of Regulation (EU) 2016/679 (GDPR)');
    expect(out).toContain('remove.0: clause "sbom" is both removed and given');
    expect(out).toContain('remove.2: lists clause "gone" twice');
  });
});
