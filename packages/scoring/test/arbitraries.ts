import { type Assessment, type Catalog, parseCatalog, SIZE_CLASSES, SUBSECTORS } from '@lsh-cyber/schema';
import fc from 'fast-check';

const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
const ISO = ['5.1', '5.2', '5.9', '5.15', '5.19', '5.23', '6.3', '8.5', '8.13', '8.15'] as const;
const SUBS = ['biotech-rd', 'pharmacy', 'hospital', 'medical-lab'] as const;

const cost = fc.record({
  oneOff: fc.integer({ min: 0, max: 5000 }),
  yearly: fc.integer({ min: 0, max: 2000 }),
  effortDays: fc.integer({ min: 0, max: 20 }),
});

const weight = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.1, max: 10, noNaN: true, noDefaultInfinity: true }));

/** Random valid catalogs: 1-5 domains, 1-14 questions, 0-8 measures with acyclic prerequisites. */
export const arbCatalog: fc.Arbitrary<Catalog> = fc
  .record({
    domainCount: fc.integer({ min: 1, max: 5 }),
    measureCount: fc.integer({ min: 0, max: 8 }),
    questions: fc.array(
      fc.record({
        domain: fc.nat(),
        weight,
        middle: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 3 }),
        critical: fc.boolean(),
        na: fc.boolean(),
        subsectors: fc.option(fc.uniqueArray(fc.constantFrom(...SUBS), { minLength: 1 }), { nil: undefined }),
        sizeClasses: fc.option(fc.uniqueArray(fc.constantFrom(...SIZE_CLASSES), { minLength: 1 }), { nil: undefined }),
        nis2: fc.uniqueArray(fc.constantFrom(...LETTERS), { maxLength: 3 }),
        iso: fc.uniqueArray(fc.constantFrom(...ISO), { maxLength: 3 }),
        measures: fc.uniqueArray(fc.nat(), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 14 },
    ),
    measures: fc.array(fc.record({ cost: fc.tuple(cost, cost, cost, cost), pre: fc.uniqueArray(fc.nat(), { maxLength: 2 }) }), {
      minLength: 8,
      maxLength: 8,
    }),
  })
  .map((r) => {
    const t = (s: string) => ({ nl: `${s} (nl)`, en: s });
    const measureIds = Array.from({ length: r.measureCount }, (_, i) => `m${i}`);
    const catalog = {
      schemaVersion: 1,
      id: 'random',
      version: '1.0.0',
      title: t('Random'),
      domains: Array.from({ length: r.domainCount }, (_, i) => ({ id: `d${i}`, title: t(`Domain ${i}`) })),
      questions: r.questions.map((q, i) => {
        const points = [1, ...q.middle.map((p) => p / 100), 0];
        const appliesTo = q.subsectors || q.sizeClasses ? { subsectors: q.subsectors, sizeClasses: q.sizeClasses } : undefined;
        return {
          id: `q${i}`,
          domain: `d${q.domain % r.domainCount}`,
          text: t(`Question ${i}?`),
          help: t(`Help ${i}`),
          weight: q.weight,
          critical: q.critical,
          notApplicableAllowed: q.na,
          options: points.map((p, k) => ({ value: `o${k}`, points: p, label: t(`Option ${k}`) })),
          ...(appliesTo ? { appliesTo: JSON.parse(JSON.stringify(appliesTo)) } : {}),
          references: { nis2: q.nis2, iso27001: q.iso },
          measures: measureIds.length === 0 ? [] : [...new Set(q.measures.map((m) => measureIds[m % measureIds.length]!))],
        };
      }),
      measures: measureIds.map((id, i) => {
        const m = r.measures[i]!;
        const pre = i === 0 ? [] : [...new Set(m.pre.map((p) => `m${p % i}`))];
        return {
          id,
          title: t(`Measure ${i}`),
          steps: [t('Do it')],
          audience: ['it'],
          cost: { micro: m.cost[0], small: m.cost[1], medium: m.cost[2], large: m.cost[3] },
          prerequisites: pre,
          references: {},
        };
      }),
    };
    return parseCatalog(catalog);
  });

/** One random answer value for question `q`: unanswered (undefined), "unknown", "na" where allowed, or an option. */
export function arbAnswer(q: Catalog['questions'][number]): fc.Arbitrary<string | undefined> {
  const choices: fc.Arbitrary<string | undefined>[] = [
    fc.constant(undefined),
    fc.constant('unknown'),
    fc.constantFrom(...q.options.map((o) => o.value)),
    fc.constantFrom(...q.options.map((o) => o.value)),
  ];
  if (q.notApplicableAllowed) choices.push(fc.constant('na'));
  return fc.oneof(...choices);
}

/** A random valid assessment of `catalog`. */
export function arbAssessment(catalog: Catalog): fc.Arbitrary<Assessment> {
  return fc
    .record({
      subsector: fc.constantFrom(...SUBS, ...SUBSECTORS.slice(0, 2)),
      sizeClass: fc.constantFrom(...SIZE_CLASSES),
      values: fc.tuple(...catalog.questions.map(arbAnswer)),
      selfRating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    })
    .map((r) => {
      const answers: Assessment['answers'] = {};
      catalog.questions.forEach((q, i) => {
        const v = r.values[i];
        if (v !== undefined) answers[q.id] = { value: v };
      });
      const a: Assessment = {
        schemaVersion: 1,
        id: 'random-assessment',
        organisation: { id: 'org', name: 'Org', subsector: r.subsector, sizeClass: r.sizeClass, data: [], certifications: [] },
        catalog: { id: catalog.id, version: catalog.version },
        answers,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
      };
      if (r.selfRating !== undefined) a.selfRating = r.selfRating;
      return a;
    });
}

/** A random catalog together with a random assessment of it. */
export const arbCatalogAndAssessment: fc.Arbitrary<{ catalog: Catalog; assessment: Assessment }> = arbCatalog.chain((catalog) =>
  arbAssessment(catalog).map((assessment) => ({ catalog, assessment })),
);
