import { type ChainModel, CSV_DIALECTS, ID_PATTERN, LshValidationError, readCsv, type ValidationIssue } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { FORMULA_PAYLOADS, isFormulaCell } from '../../schema/test/support/formula-payloads.js';
import { buildChainGraph } from '../src/graph.js';
import { fromCsv, toCsv } from '../src/io/csv.js';
import { fromGexf, toGexf } from '../src/io/gexf.js';
import { fromGraphml, toGraphml } from '../src/io/graphml.js';
import { parseChainJson, stringifyChainJson } from '../src/io/json.js';
import { richChainArbitrary } from './rich.js';

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (LshValidationError.isInstance(error)) return [...error.issues];
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('JSON', () => {
  it('round-trips', () => {
    fc.assert(
      fc.property(richChainArbitrary(), (model) => {
        expect(parseChainJson(stringifyChainJson(model))).toEqual(model);
      }),
    );
  });
  it('names the file when the text is not JSON', () => {
    try {
      parseChainJson('{ nope', { file: 'chain.json' });
      expect.unreachable();
    } catch (error) {
      expect((error as LshValidationError).file).toBe('chain.json');
      expect((error as LshValidationError).issues[0]!.message).toMatch(/not valid JSON/);
    }
  });
});

describe('CSV', () => {
  it('round-trips in both dialects: any id, notes with line breaks, quotes and formula-like text included', () => {
    const note = fc.constantFrom('line one\nline two', 'says "hi", twice', ' spaced ', '\tleading tab', '\rcarriage', '=cmd|x', "'quoted");
    fc.assert(
      fc.property(
        richChainArbitrary({ flat: true }),
        note,
        fc.constantFrom(...CSV_DIALECTS),
        fc.constantFrom('en', 'nl'),
        (model, n, dialect, language) => {
          if (model.dependencies[0]) model.dependencies[0].note = n;
          const back = fromCsv(toCsv(model, { dialect, language }), { id: model.id, name: model.name });
          expect(back).toEqual(model);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads what Dutch Excel writes: ";", decimal commas, a BOM and CRLF', () => {
    const organisations = '\ufeffid;name;role;score;downtimeCostPerDay\r\nlab;Lab Noord;lab;40,5;1250,75\r\ncloud;"Wolk; B.V.";cloud;;\r\n';
    const dependencies = '\ufefffrom;to;criticality;note\r\nlab;cloud;0,5;"twee\r\nregels"\r\n';
    const model = fromCsv({ organisations, dependencies }, { id: 'nl', name: 'NL' });
    expect(model.organisations[0]).toEqual({
      id: 'lab',
      name: 'Lab Noord',
      role: 'lab',
      score: 40.5,
      profile: { downtimeCostPerDay: 1250.75 },
    });
    expect(model.organisations[1]!.name).toBe('Wolk; B.V.');
    expect(model.dependencies).toEqual([{ from: 'lab', to: 'cloud', criticality: 0.5, note: 'twee\r\nregels' }]);
  });

  it('writes Dutch column names and words for a Dutch reader, and reads them back', () => {
    const model: ChainModel = {
      schemaVersion: 1,
      id: 'nl',
      name: 'NL',
      organisations: [
        {
          id: 'me',
          name: 'Biotech Vier',
          role: 'biotech',
          profile: { sizeClass: 'micro', data: ['patient', 'research'], gdprController: true },
        },
        { id: 'cloud', name: 'Wolk', role: 'cloud', score: 72.5 },
      ],
      dependencies: [{ from: 'me', to: 'cloud', kind: 'cloud', criticality: 0.5, data: ['patient'] }],
    };
    const files = toCsv(model, { dialect: 'excel-nl', language: 'nl' });
    const [orgHead, me, cloud] = readCsv(files.organisations).records.map((r) => r.cells);
    expect(orgHead).toEqual([
      'code',
      'naam',
      'rol',
      'score',
      'basisscan',
      'sector',
      'aantal_medewerkers',
      'regio',
      'gegevens',
      'certificeringen',
      'kosten_uitval_per_dag',
      'nis2',
      'verwerkingsverantwoordelijke',
    ]);
    expect(me).toEqual([
      'me',
      'Biotech Vier',
      'biotechbedrijf',
      '',
      '',
      '',
      'Minder dan 10',
      '',
      'Patiëntgegevens (gezondheid);Onderzoeksgegevens',
      '',
      '',
      '',
      'ja',
    ]);
    expect(cloud!.slice(0, 4)).toEqual(['cloud', 'Wolk', 'cloudleverancier', '72,5']);
    const [depHead, dep] = readCsv(files.dependencies).records.map((r) => r.cells);
    expect(depHead).toEqual(['afnemer', 'leverancier', 'soort', 'belang', 'groep', 'gegevens', 'notitie']);
    expect(dep).toEqual(['me', 'cloud', 'clouddienst', '0,5', '', 'Patiëntgegevens (gezondheid)', '']);
    expect(fromCsv(files, { id: 'nl', name: 'NL' })).toEqual(model);
    // Written by hand: Dutch names in any case, and codes where words could be.
    const hand = fromCsv(
      {
        organisations: 'Code;Naam;Rol\r\nme;Ik;lab\r\nit;IT;IT-beheerder\r\n',
        dependencies: 'afnemer;leverancier;soort\r\nme;it;managed-it\r\n',
      },
      { id: 'h', name: 'H' },
    );
    expect(hand.organisations[1]!.role).toBe('managed-it');
    expect(hand.dependencies[0]!.kind).toBe('managed-it');
  });

  it('gives every problem a code, in a Dutch file with the Dutch column names and words', () => {
    const organisations = 'code;naam;rol;score\r\na;Alfa;lab;300\r\nb;Beta;lab;\r\n';
    const dependencies = 'afnemer;leverancier;soort\r\na;zz;wolk\r\na;a;clouddienst\r\n';
    const issues = issuesOf(() => fromCsv({ organisations, dependencies }, { id: 'c', name: 'C' })) as ValidationIssue[];
    expect(issues.every((i) => i.code !== undefined)).toBe(true);
    const kind = issues.find((i) => i.path === 'dependencies.csv:2:soort');
    expect(kind?.code).toBe('not-one-of');
    expect(String(kind?.params?.allowed)).toContain('clouddienst');
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['organisations.csv:2:score', 'too-big'],
        ['dependencies.csv:2:leverancier', 'unknown-organisation'],
        ['dependencies.csv:3:leverancier', 'self-dependency'],
      ]),
    );
    const header = issuesOf(() =>
      fromCsv({ organisations: 'code;naam;kleur\r\n', dependencies: 'afnemer;leverancier\r\n' }, { id: 'c', name: 'C' }),
    );
    expect(header).toEqual([
      expect.objectContaining({
        path: 'organisations.csv:1:kleur',
        code: 'unknown-column',
        params: { known: expect.stringContaining('naam, rol') },
      }),
      expect.objectContaining({ path: 'organisations.csv:1', code: 'missing-column', params: { column: 'rol' } }),
    ]);
    const broken = issuesOf(() =>
      fromCsv({ organisations: 'code;naam;rol\r\n"a;b;c\r\n', dependencies: 'afnemer;leverancier\r\n' }, { id: 'c', name: 'C' }),
    );
    expect(broken).toEqual([expect.objectContaining({ code: 'csv-syntax', params: { problem: 'unclosed-quote' } })]);
    expect(issuesOf(() => fromCsv({ organisations: '', dependencies: 'from,to\n' }, { id: 'c', name: 'C' }))[0]).toMatchObject({
      code: 'csv-empty',
    });
  });

  it('writes no cell a spreadsheet would run as a formula, in either dialect', () => {
    for (const dialect of CSV_DIALECTS) {
      for (const payload of FORMULA_PAYLOADS) {
        // A payload with a tab or CR is no id or name (control character), but a note may hold it.
        const id = ID_PATTERN.test(payload) ? payload : `p${payload.trim()}`;
        const model: ChainModel = {
          schemaVersion: 1,
          id: 'x',
          name: 'X',
          organisations: [
            { id, name: id, role: id, score: 10 },
            { id: 'b', name: 'B', role: 'x' },
          ],
          dependencies: [{ from: id, to: 'b', criticality: 0.5, group: id, note: payload }],
        };
        const files = toCsv(model, { dialect });
        for (const text of [files.organisations, files.dependencies]) {
          const { records } = readCsv(text);
          for (const cell of records.flatMap((r) => r.cells))
            expect(isFormulaCell(cell), `${dialect}: ${JSON.stringify(cell)}`).toBe(false);
        }
        expect(fromCsv(files, { id: 'x', name: 'X' })).toEqual(model);
      }
    }
  });

  it('names the file, line and column of every problem', () => {
    const organisations = ['id,name,role,score', 'a,Alpha,lab,70', 'b,Beta,lab,lots', 'c,,lab,20', ''].join('\n');
    const dependencies = ['from,to,criticality', 'a,b,0.5', 'a,zz,1', '"b",a,2'].join('\n');
    const paths = issuesOf(() => fromCsv({ organisations, dependencies }, { id: 'c', name: 'C' })).map((i) => i.path);
    expect(paths.sort()).toEqual(
      ['dependencies.csv:3:to', 'dependencies.csv:4:criticality', 'organisations.csv:3:score', 'organisations.csv:4:name'].sort(),
    );
  });

  it('refuses unknown and missing columns, and broken CSV', () => {
    const ok = 'from,to\n';
    expect(
      issuesOf(() => fromCsv({ organisations: 'id,name,colour\n', dependencies: ok }, { id: 'c', name: 'C' })).map((i) => i.path),
    ).toEqual(['organisations.csv:1:colour', 'organisations.csv:1']);
    const broken = issuesOf(() => fromCsv({ organisations: 'id,name,role\n"a,b,c\n', dependencies: ok }, { id: 'c', name: 'C' }));
    expect(broken[0]!.path).toMatch(/^organisations\.csv/);
    expect(broken[0]!.message).toMatch(/not valid CSV/);
    expect(issuesOf(() => fromCsv({ organisations: '', dependencies: ok }, { id: 'c', name: 'C' }))[0]!.path).toBe('organisations.csv');
  });
});

describe('GEXF and GraphML', () => {
  it('round-trip through graphology-gexf and graphology-graphml', () => {
    fc.assert(
      fc.property(richChainArbitrary({ flat: true }), (model) => {
        expect(fromGexf(toGexf(model))).toEqual(model);
        expect(fromGraphml(toGraphml(model))).toEqual(model);
        expect(fromGraphml(toGraphml(buildChainGraph(model)))).toEqual(model);
      }),
      { numRuns: 150 },
    );
  });

  it('writes what Gephi reads: labels, weights, directed edges', () => {
    const model = {
      schemaVersion: 1 as const,
      id: 'g',
      name: 'G & co',
      organisations: [
        { id: 'a', name: 'Alpha <1>', role: 'lab', score: 70 },
        { id: 'b', name: 'Beta', role: 'cloud' },
      ],
      dependencies: [{ from: 'a', to: 'b', criticality: 0.5 }],
    };
    const gexf = toGexf(model);
    expect(gexf).toContain('defaultedgetype="directed"');
    expect(gexf).toContain('label="Alpha &lt;1>"');
    expect(gexf).toContain('weight="0.5"');
    const graphml = toGraphml(model);
    expect(graphml).toContain('edgedefault="directed"');
    expect(graphml).toContain('<data key="g_name">G &amp; co</data>');
  });

  it('reports problems with node and edge names and the file', () => {
    const graphml = toGraphml({
      schemaVersion: 1,
      id: 'g',
      name: 'G',
      organisations: [{ id: 'a', name: 'A', role: 'lab', score: 70 }],
      dependencies: [],
    }).replace('<data key="n_score">70</data>', '<data key="n_score">170</data>');
    try {
      fromGraphml(graphml, { file: 'g.graphml' });
      expect.unreachable();
    } catch (error) {
      expect((error as LshValidationError).file).toBe('g.graphml');
      expect((error as LshValidationError).issues.map((i) => i.path)).toEqual(['node "a".score']);
    }
    const printed = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
    expect(issuesOf(() => fromGexf('<not-gexf'))[0]!.message).toMatch(/GEXF/);
    for (const p of printed) {
      expect(p).not.toHaveBeenCalled();
      p.mockRestore();
    }
  });

  it('refuse text that is not well-formed XML with at most 20 of its problems and their count, printing nothing', () => {
    // 50,000 unknown entities in one label (0.5 MB): the XML parser graphology uses printed a line for each.
    const label = Array.from({ length: 50_000 }, (_, i) => `&bogus${i % 50};`).join('');
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="${label}"/></nodes><edges/></graph></gexf>`;
    const graphml = `<graphml>\n<graph edgedefault="directed"><node id="a" x=1/>&foo;</graph></graphml>`;
    const printed = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
    const gexfIssues = issuesOf(() => fromGexf(gexf, { file: 'e.gexf' })) as ValidationIssue[];
    expect(gexfIssues).toHaveLength(21);
    expect(gexfIssues[0]).toMatchObject({
      code: 'xml-syntax',
      message: expect.stringMatching(/^is not well-formed XML, as GEXF must be: .*&bogus0;/),
    });
    expect(gexfIssues[0]!.path).toMatch(/^1:\d+$/);
    expect(gexfIssues[20]).toMatchObject({ code: 'more-problems', params: { count: 49_980 } });
    const graphmlIssues = issuesOf(() => fromGraphml(graphml)) as ValidationIssue[];
    expect(graphmlIssues.map((i) => [i.path.split(':')[0], i.code])).toEqual([
      ['2', 'xml-syntax'],
      ['2', 'xml-syntax'],
    ]);
    expect(graphmlIssues[1]!.message).toMatch(/GraphML.*&foo;/);
    for (const p of printed) {
      expect(p).not.toHaveBeenCalled();
      p.mockRestore();
    }
  });
});
