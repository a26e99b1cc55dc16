import type { Assessment, ScoreReport, SizeClass } from '@lsh-cyber/schema';
import { type Roadmap as Plan, planRoadmap } from '@lsh-cyber/scoring';
import { useId, useMemo, useState } from 'react';
import { GlossaryTerms, MeasureSteps } from '../../components/CatalogNotes.js';
import { TableScroll } from '../../components/TableScroll.js';
import { useI18n } from '../../i18n/context.js';
import { euros, num } from '../../i18n/labels.js';
import type { MessageKey } from '../../i18n/messages.js';
import { catalog } from '../../lib/catalog.js';

/** Budget slider range and starting point per size class, in euros per year. */
export const BUDGET_RANGE: Readonly<Record<SizeClass, { max: number; step: number; start: number }>> = {
  micro: { max: 50_000, step: 500, start: 5_000 },
  small: { max: 200_000, step: 1_000, start: 25_000 },
  medium: { max: 1_000_000, step: 5_000, start: 100_000 },
  large: { max: 5_000_000, step: 25_000, start: 400_000 },
};

/** The plan's inputs and the plan itself, shared by the roadmap, the downtime estimate and the downloads. */
export interface RoadmapState {
  sizeClass: SizeClass;
  budget: number;
  setBudget(budget: number): void;
  years: number;
  setYears(years: number): void;
  roadmap: Plan | null;
}

/** Plans the roadmap for the chosen budget and number of years. */
export function useRoadmapState(assessment: Assessment, report: ScoreReport): RoadmapState {
  const sizeClass = assessment.organisation.sizeClass;
  const [budget, setBudget] = useState(BUDGET_RANGE[sizeClass].start);
  const [years, setYears] = useState(3);
  const roadmap = useMemo(
    () => planRoadmap(report, catalog, { budgetPerYear: budget, years, sizeClass }),
    [report, budget, years, sizeClass],
  );
  return { sizeClass, budget, setBudget, years, setYears, roadmap };
}

/** The step-by-step plan with a budget slider. */
export function Roadmap({ state }: { state: RoadmapState }) {
  const { t, locale } = useI18n();
  const id = useId();
  const range = BUDGET_RANGE[state.sizeClass];
  const plan = state.roadmap;
  const e = (n: number) => euros(n, locale);
  return (
    <section aria-labelledby="roadmap-h" data-testid="roadmap">
      <h2 id="roadmap-h">{t('result.roadmapHeading')}</h2>
      <div className="cards">
        <div className="field">
          <label htmlFor={`${id}-budget`}>{t('result.budget')}</label>
          <input
            id={`${id}-budget`}
            type="range"
            min={0}
            max={range.max}
            step={range.step}
            value={state.budget}
            aria-valuetext={t('result.budgetValue', { amount: e(state.budget) })}
            onChange={(ev) => state.setBudget(Number(ev.currentTarget.value))}
            data-testid="budget"
          />
          <output htmlFor={`${id}-budget`} data-testid="budget-value">
            {t('result.budgetValue', { amount: e(state.budget) })}
          </output>
        </div>
        <div className="field">
          <label htmlFor={`${id}-years`}>{t('result.years')}</label>
          <select id={`${id}-years`} value={state.years} onChange={(ev) => state.setYears(Number(ev.currentTarget.value))}>
            {[1, 2, 3, 4, 5].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {plan?.years.map((y) => (
        <div key={y.year} data-year={y.year}>
          <h3>
            {t('result.year', { n: y.year })} — {t('result.projected', { score: num(y.projected.overall, locale) })} (
            {t('result.levelShort', { value: y.projected.level, name: y.projected.levelName[locale] })})
          </h3>
          {y.findOut && (
            <p>
              <strong>{t('result.findOut')}</strong> {y.findOut.explanation[locale]}
            </p>
          )}
          {y.measures.length === 0 ? (
            <p>{t('result.noMeasures')}</p>
          ) : (
            <TableScroll label={t('result.year', { n: y.year })}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('result.measure')}</th>
                    <th scope="col">{t('result.cost')}</th>
                    <th scope="col">{t('result.audience')}</th>
                    <th scope="col" className="num">
                      {t('result.fixes')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {y.measures.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">
                        {m.title[locale]}
                        <MeasureSteps steps={m.steps} />
                        <GlossaryTerms texts={[m.title[locale], ...m.steps.map((s) => s[locale])]} />
                      </th>
                      <td>
                        {t('result.oneOff', { amount: e(m.cost.oneOff) })}, {t('result.yearly', { amount: e(m.cost.yearly) })},{' '}
                        {t('result.effort', { count: Math.round(m.effortDays * 10) / 10 })}
                      </td>
                      <td>{m.audience.map((a) => t(`result.audience.${a}` as MessageKey)).join(', ')}</td>
                      <td className="num">{t('result.questions', { count: m.addresses.length })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <p className="hint">{t('result.spent', { spent: e(y.spent), remaining: e(y.remaining) })}</p>
        </div>
      ))}
      {plan && plan.notScheduled.length > 0 && (
        <p>{t('result.unplanned', { list: plan.notScheduled.map((m) => m.title[locale]).join('; ') })}</p>
      )}
    </section>
  );
}
