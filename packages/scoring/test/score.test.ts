import { type Catalog, LshValidationError, parseCatalog, parseScoreReport } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../src/score.js';
import { all, assess, mini, WORKED_EXAMPLE_ANSWERS } from './helpers.js';

const best = all(mini, 'best');
const worst = all(mini, 'worst');
const hundredths = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0);

function variant(change: (c: Catalog) => void): Catalog {
  const c = structuredClone(mini);
  change(c);
  return parseCatalog(c);
}

describe('scoreAssessment: extremes', () => {
  it('gives 100 and level 5 when every answer is the best option', () => {
    const r = scoreAssessment(assess(mini, best), mini);
    expect(r.overall).toBe(100);
    expect(r.level.value).toBe(5);
    expect(r.level.name).toEqual({ nl: 'Voorbeeld', en: 'Leading' });
    expect(r.level.cap).toBeNull();
    expect(r.criticalGaps).toEqual([]);
    expect(r.status).toBe('scored');
  });

  it('gives 0 and level 1 when every answer is the worst option', () => {
    const r = scoreAssessment(assess(mini, worst), mini);
    expect(r.overall).toBe(0);
    expect(r.level.value).toBe(1);
    expect(r.domains.every((d) => d.score === 0 || d.score === null)).toBe(true);
  });

  it('produces a report that parseScoreReport accepts', () => {
    for (const values of [best, worst, {}, all(mini, 'unknown')]) {
      const r = scoreAssessment(assess(mini, values, { selfRating: 4 }), mini);
      expect(parseScoreReport(JSON.parse(JSON.stringify(r)))).toEqual(r);
    }
  });
});

describe('scoreAssessment: applicability and "na"', () => {
  it('leaves out questions that do not apply to the profile', () => {
    const micro = scoreAssessment(assess(mini, worst, { organisation: { sizeClass: 'micro', subsector: 'pharmacy' } }), mini);
    const byId = new Map(micro.contributions.map((c) => [c.questionId, c]));
    expect(byId.get('access.admin')!.status).toBe('excluded');
    expect(byId.get('backup.lab')!.status).toBe('excluded');
    expect(byId.get('access.admin')!.counted).toBe(false);
    expect(micro.counts.excluded).toBe(2);
    expect(micro.counts.applicable).toBe(mini.questions.length - 2);
    const small = scoreAssessment(assess(mini, worst, { organisation: { sizeClass: 'small', subsector: 'biotech-rd' } }), mini);
    expect(small.counts.excluded).toBe(0);
  });

  it('takes an allowed "na" out of the denominator', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'access.leavers': 'na' }), mini);
    expect(r.overall).toBe(100);
    expect(r.counts.notApplicable).toBe(1);
    const access = r.domains.find((d) => d.id === 'access')!;
    expect(access.weight).toBe(3);
    expect(access.status).toBe('scored');
  });

  it('reports insufficient data, not a flattering score, when "na" carries more than half of a domain', () => {
    // suppliers: cloud (weight 1) yes, contracts (weight 2) na → 2/3 of the weight is "na"
    const r = scoreAssessment(assess(mini, { ...worst, 'suppliers.cloud': 'yes', 'suppliers.contracts': 'na' }), mini);
    const s = r.domains.find((d) => d.id === 'suppliers')!;
    expect(s.status).toBe('insufficient-data');
    expect(s.score).toBeNull();
    expect(s.naShare).toBeCloseTo(0.667, 3);
    expect(r.overall).toBe(0);
    const cloud = r.contributions.find((c) => c.questionId === 'suppliers.cloud')!;
    expect(cloud).toMatchObject({ status: 'in-place', counted: false, earned: 0, lost: 0 });
  });

  it('still scores a domain whose "na" share is exactly one half', () => {
    const c = variant((x) => {
      x.questions.find((q) => q.id === 'suppliers.contracts')!.weight = 1;
    });
    const r = scoreAssessment(assess(c, { ...all(c, 'best'), 'suppliers.contracts': 'na' }), c);
    const s = r.domains.find((d) => d.id === 'suppliers')!;
    expect(s).toMatchObject({ status: 'scored', score: 100, naShare: 0.5 });
  });

  it('marks a domain where nothing applies as not-applicable and leaves it out of the overall', () => {
    const c = variant((x) => {
      for (const q of x.questions) if (q.domain === 'suppliers') q.appliesTo = { subsectors: ['hospital'] };
    });
    const r = scoreAssessment(assess(c, all(c, 'best')), c);
    expect(r.domains.find((d) => d.id === 'suppliers')).toMatchObject({ status: 'not-applicable', score: null, weight: 0 });
    expect(r.overall).toBe(100);
  });

  it('reports insufficient-data with overall 0 when no domain can be scored', () => {
    const c = variant((x) => {
      x.questions = x.questions.filter((q) => q.domain === 'suppliers');
      x.domains = x.domains.filter((d) => d.id === 'suppliers');
    });
    const r = scoreAssessment(assess(c, { 'suppliers.cloud': 'na', 'suppliers.contracts': 'na' }), c);
    expect(r.status).toBe('insufficient-data');
    expect(r.overall).toBe(0);
    expect(r.level.value).toBe(1);
    expect(r.level.explanation.en).toContain('too little data');
    expect(r.level.explanation.nl).toContain('te weinig gegevens');
    expect(r.contributions.every((x) => x.earned === 0 && x.lost === 0)).toBe(true);
  });

  it('scores "na" where the question does not allow it as not in place', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'backup.offline': 'na' }), mini);
    const c = r.contributions.find((x) => x.questionId === 'backup.offline')!;
    expect(c).toMatchObject({ status: 'not-in-place', points: 0, answer: 'na', counted: true });
    expect(r.counts.notApplicable).toBe(0);
    expect(r.criticalGaps.map((g) => g.questionId)).toEqual(['backup.offline']);
  });

  it('scores a value that is no option of the question as not in place', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'gov.owner': 'maybe' }), mini);
    expect(r.contributions.find((x) => x.questionId === 'gov.owner')).toMatchObject({ status: 'not-in-place', points: 0 });
    expect(r.overall).toBeLessThan(100);
  });
});

describe('scoreAssessment: unknown and unanswered', () => {
  it('counts unknown and unanswered as 0 and reports both', () => {
    const values = { ...best, 'gov.owner': 'unknown' } as Record<string, string>;
    delete values['people.incident'];
    const r = scoreAssessment(assess(mini, values), mini);
    expect(r.counts.unknown).toBe(1);
    expect(r.counts.unanswered).toBe(1);
    expect(r.counts.applicable).toBe(r.counts.answered + r.counts.unknown + r.counts.unanswered);
    const gov = r.domains.find((d) => d.id === 'gov')!;
    expect(gov.score).toBeCloseTo((100 * 1) / 3, 1);
    expect(r.contributions.find((x) => x.questionId === 'people.incident')).toMatchObject({
      status: 'unanswered',
      answer: null,
      points: 0,
    });
  });

  it('gives 0 with unknown equal to applicable when every answer is unknown', () => {
    const r = scoreAssessment(assess(mini, all(mini, 'unknown')), mini);
    expect(r.overall).toBe(0);
    expect(r.counts.unknown).toBe(r.counts.applicable);
    expect(r.criticalGaps.map((g) => g.status)).toEqual(['unknown', 'unknown']);
  });
});

describe('scoreAssessment: level, caps and perception gap', () => {
  it('caps the level at 2 when a critical question is not in place, and names it in both languages', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'backup.offline': 'no' }), mini);
    expect(r.level.uncapped).toBeGreaterThan(2);
    expect(r.level.value).toBe(2);
    expect(r.level.cap).toBe(2);
    expect(r.level.cappedBy).toEqual(['backup.offline']);
    expect(r.level.explanation.en).toContain('capped at 2');
    expect(r.level.explanation.en).toContain('Do you keep a backup that ransomware cannot reach?');
    expect(r.level.explanation.en).toContain('"No"');
    expect(r.level.explanation.nl).toContain('begrensd op 2');
    expect(r.level.explanation.nl).toContain('Heeft u een back-up die ransomware niet kan bereiken?');
    expect(r.criticalGaps).toEqual([
      {
        questionId: 'backup.offline',
        domain: 'backup',
        text: mini.questions.find((q) => q.id === 'backup.offline')!.text,
        status: 'not-in-place',
        cap: 2,
        measures: ['m.backup'],
      },
    ]);
  });

  it('caps the level at 3 when a critical question is only partly in place', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'access.mfa': 'partly' }), mini);
    expect(r.level).toMatchObject({ value: 3, cap: 3, cappedBy: ['access.mfa'] });
    expect(r.level.explanation.en).toContain('only partly in place');
  });

  it('caps the level one above the band of the weakest domain', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'people.training': 'never', 'people.incident': 'no' }), mini);
    expect(r.overall).toBe(80);
    expect(r.level.uncapped).toBe(4);
    expect(r.level.value).toBe(2);
    expect(r.level.domainCap).toEqual({ domain: 'people', score: 0, cap: 2 });
    expect(r.level.explanation.en).toContain('weakest domain "People" scores 0.0');
  });

  it('uses the band of the overall score when no cap binds', () => {
    const values = {
      ...best,
      'gov.owner': 'partly',
      'access.leavers': 'no',
      'backup.restore': 'no',
      'people.training': 'most',
      'suppliers.contracts': 'partly',
    };
    // gov 66.67, access 75, backup 66.67, people 77.33, suppliers 66.67 → 70.5
    const r = scoreAssessment(assess(mini, values), mini);
    expect(r.overall).toBe(70.5);
    expect(r.level).toMatchObject({ value: 4, uncapped: 4, cap: 4, cappedBy: [], domainCap: null });
    expect(r.level.explanation.en).toBe('Level 4 (Managed): overall score 70.5 is in the band 70 to below 85.');
    expect(r.level.explanation.nl).toBe('Niveau 4 (Beheerst): totaalscore 70,5 valt in de band 70 tot 85.');
  });

  it('lets the weakest domain hold a high score back', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'gov.owner': 'partly' }), mini);
    expect(r.overall).toBe(93.3);
    expect(r.level).toMatchObject({ value: 4, uncapped: 5, cap: 4, domainCap: { domain: 'gov', score: 66.7, cap: 4 } });
  });

  it('reports perception gap as self-rating minus level, null without self-rating', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'backup.offline': 'no' }, { selfRating: 4 }), mini);
    expect(r.selfRating).toBe(4);
    expect(r.perceptionGap).toBe(2);
    expect(scoreAssessment(assess(mini, best), mini).perceptionGap).toBeNull();
  });
});

describe('scoreAssessment: contributions and frameworks', () => {
  it('explains every point: earned sums to overall at 2 decimals, earned + lost to 100, in whole hundredths', () => {
    const values = { ...best, 'gov.owner': 'partly', 'people.training': 'once', 'backup.restore': 'no' };
    const r = scoreAssessment(assess(mini, values), mini);
    // gov 66.67, access 100, backup 66.67, people 100 × (0.66 + 1) / 3 = 55.33, suppliers 100 → 77.73
    expect(r.overall).toBe(77.7);
    expect(hundredths(r.contributions.map((c) => c.earned))).toBe(7773);
    expect(hundredths(r.contributions.map((c) => c.lost))).toBe(10_000 - 7773);
    expect(r.contributions.map((c) => c.questionId)).toEqual(mini.questions.map((q) => q.id));
    const restore = r.contributions.find((c) => c.questionId === 'backup.restore')!;
    // backup domain weight 6 (offline 3, restore 2, lab 1); 5 scored domains: 100 × 2/6 / 5 = 6.67
    expect(restore.lost).toBeCloseTo(6.67, 2);
  });

  it('lists all NIS2 letters and the ISO controls the catalog cites', () => {
    const r = scoreAssessment(assess(mini, { ...best, 'backup.restore': 'no' }), mini);
    expect(r.frameworks.nis2.map((x) => x.letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    const c = r.frameworks.nis2.find((x) => x.letter === 'c')!;
    expect(c).toEqual({ letter: 'c', score: 66.7, questions: 3 });
    expect(r.frameworks.nis2.find((x) => x.letter === 'e')).toEqual({ letter: 'e', score: null, questions: 0 });
    expect(r.frameworks.iso27001.map((x) => x.control)).toEqual([
      '5.2',
      '5.9',
      '5.18',
      '5.20',
      '5.23',
      '5.24',
      '6.3',
      '8.2',
      '8.5',
      '8.13',
    ]);
    expect(r.frameworks.iso27001.find((x) => x.control === '8.13')).toEqual({
      control: '8.13',
      addressed: false,
      score: 66.7,
      questions: 3,
    });
    expect(r.frameworks.iso27001.find((x) => x.control === '8.5')).toEqual({ control: '8.5', addressed: true, score: 100, questions: 1 });
  });
});

describe('scoreAssessment: the worked example of docs/scoring.md', () => {
  const r = scoreAssessment(assess(mini, WORKED_EXAMPLE_ANSWERS, { selfRating: 4 }), mini);

  it('gives the domain scores, overall, level and counts of the example', () => {
    expect(r.domains.map((d) => [d.id, d.score, d.status, d.naShare])).toEqual([
      ['gov', 66.7, 'scored', 0],
      ['access', 100, 'scored', 0.25],
      ['backup', 33.3, 'scored', 0],
      ['people', 77.3, 'scored', 0],
      ['suppliers', null, 'insufficient-data', 0.667],
    ]);
    expect(r.overall).toBe(69.3);
    expect(r.level).toMatchObject({ value: 2, uncapped: 3, cap: 2, cappedBy: ['backup.offline'], domainCap: null });
    expect(r.perceptionGap).toBe(2);
    expect(r.counts).toEqual({ questions: 12, applicable: 9, answered: 8, unknown: 1, unanswered: 0, notApplicable: 2, excluded: 1 });
  });

  it('gives the contributions of the example', () => {
    const byId = Object.fromEntries(r.contributions.map((c) => [c.questionId, [c.earned, c.lost, c.counted]]));
    expect(byId).toEqual({
      'gov.owner': [8.34, 8.33, true],
      'gov.inventory': [8.33, 0, true],
      'access.mfa': [25, 0, true],
      'access.leavers': [0, 0, false],
      'access.admin': [0, 0, false],
      'backup.offline': [0, 12.5, true],
      'backup.restore': [8.33, 0, true],
      'backup.lab': [0, 4.17, true],
      'people.training': [11, 5.67, true],
      'people.incident': [8.33, 0, true],
      'suppliers.cloud': [0, 0, false],
      'suppliers.contracts': [0, 0, false],
    });
  });
});

describe('scoreAssessment: input checks', () => {
  it('refuses an assessment of another catalog or version', () => {
    const a = assess(mini, best);
    a.catalog = { id: 'mini', version: '2.0.0' };
    expect(() => scoreAssessment(a, mini)).toThrow(LshValidationError);
    try {
      scoreAssessment(a, mini);
    } catch (e) {
      expect(LshValidationError.isInstance(e) && e.issues[0]!.path).toBe('catalog.version');
    }
  });
});
