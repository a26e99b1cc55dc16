// Seeded random catalogs and assessments of any size, for the roadmap bench and the planner's
// oracle test: `questions` questions and `measures` measures, each question linked to 1-3 measures
// near it (so measures share questions), costs from a small set (so ties in value per euro happen),
// about a third of them free. Prerequisites are `shallow` by default, as in a real catalog: the
// first 2% of the measures are foundations without prerequisites, about a third of the others
// need one foundation and a tenth also one of the 10 measures before them. `deep` gives each
// measure 0-2 prerequisites among the 20 before it, so prerequisites chain through the catalog.

/** mulberry32: a small seeded generator, so every run builds the same catalog. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t = (s) => ({ nl: `${s} (nl)`, en: s });

/** A catalog (plain JSON, not yet parsed) and an assessment of it with random answers. */
export function generateCatalogAndAssessment({ questions, measures, seed = 1, prerequisites = 'shallow' }) {
  const random = rng(seed);
  const int = (n) => Math.floor(random() * n);
  const cost = () => ({ oneOff: [0, 0, 100, 200, 500, 1000][int(6)], yearly: [0, 0, 50, 100, 300][int(5)], effortDays: int(4) });
  const measureList = Array.from({ length: measures }, (_, i) => {
    const pre = new Set();
    const foundations = Math.max(1, Math.floor(measures / 50));
    if (prerequisites === 'deep') {
      for (let k = int(3); k > 0 && i > 0; k--) pre.add(`m${Math.max(0, i - 1 - int(20))}`);
    } else if (i >= foundations) {
      if (random() < 0.35) pre.add(`m${int(foundations)}`);
      if (random() < 0.1) pre.add(`m${Math.max(0, i - 1 - int(10))}`);
    }
    return {
      id: `m${i}`,
      title: t(`Measure ${i}`),
      steps: [t('Do it')],
      audience: ['it'],
      cost: { micro: cost(), small: cost(), medium: cost(), large: cost() },
      prerequisites: [...pre],
      references: {},
    };
  });
  const questionList = Array.from({ length: questions }, (_, i) => {
    const linked = new Set();
    if (measures > 0) {
      const near = Math.floor((i * measures) / questions);
      for (let k = 1 + int(3); k > 0; k--) linked.add(`m${Math.min(measures - 1, Math.max(0, near + int(7) - 3))}`);
    }
    return {
      id: `q${i}`,
      domain: `d${i % 5}`,
      text: t(`Question ${i}?`),
      help: t(`Help ${i}`),
      weight: 1 + int(3),
      critical: int(8) === 0,
      notApplicableAllowed: false,
      options: [
        { value: 'yes', points: 1, label: t('Yes') },
        { value: 'partly', points: 0.5, label: t('Partly') },
        { value: 'no', points: 0, label: t('No') },
      ],
      references: {},
      measures: [...linked],
    };
  });
  const catalog = {
    schemaVersion: 1,
    id: 'generated',
    version: '1.0.0',
    title: t('Generated'),
    domains: Array.from({ length: 5 }, (_, i) => ({ id: `d${i}`, title: t(`Domain ${i}`) })),
    questions: questionList,
    measures: measureList,
  };
  const answers = {};
  for (const q of questionList) {
    const r = random();
    if (r < 0.1) continue;
    answers[q.id] = { value: r < 0.2 ? 'unknown' : ['yes', 'partly', 'no', 'no'][int(4)] };
  }
  const assessment = {
    schemaVersion: 1,
    id: 'generated-assessment',
    organisation: {
      id: 'org',
      name: 'Org',
      subsector: 'biotech-rd',
      sizeClass: ['micro', 'small', 'medium', 'large'][int(4)],
      data: [],
      certifications: [],
    },
    catalog: { id: 'generated', version: '1.0.0' },
    answers,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
  return { catalog, assessment };
}
