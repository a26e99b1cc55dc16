import type { LocalizedText, ScoreReport } from '@lsh-cyber/schema';
import { type AnswerStatus, type Classified, IN_PLACE, NOT_APPLICABLE, PARTLY, STATUS_NAMES } from './answers.js';
import type { IndexedQuestion } from './catalog-index.js';
import { domainGate, levelBand } from './level-bands.js';
import { CRITICAL_CAP_MISSING, CRITICAL_CAP_PARTLY, LEVEL_NAMES, LEVEL_THRESHOLDS } from './method.js';

type Level = ScoreReport['level'];
type CriticalGap = ScoreReport['criticalGaps'][number];

/** A critical question that is not fully in place, with the cap it sets. */
export interface CriticalFinding {
  q: IndexedQuestion;
  status: AnswerStatus;
  answer: string | null;
  cap: number;
}

/** The weakest scored domain (rounded score), if any domain was scored. */
export interface WeakestDomain {
  id: string;
  title: LocalizedText;
  score: number;
}

/**
 * The critical gaps: critical questions that apply, are not "na" and earn less than 1 point. Not in
 * place (0 points, unknown, unanswered) caps the level at 2; partly in place caps it at 3. Domain
 * status plays no part: a missing backup caps the level even in a domain with too little data.
 */
export function criticalFindings(questions: readonly IndexedQuestion[], answers: Classified): CriticalFinding[] {
  const out: CriticalFinding[] = [];
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    if (!q.question.critical) continue;
    const code = answers.code[i]!;
    if (code >= NOT_APPLICABLE || code === IN_PLACE) continue;
    out.push({
      q,
      status: STATUS_NAMES[code]!,
      answer: answers.answer[i]!,
      cap: code === PARTLY ? CRITICAL_CAP_PARTLY : CRITICAL_CAP_MISSING,
    });
  }
  return out;
}

/** The reported form of a critical finding. */
export function criticalGap(f: CriticalFinding): CriticalGap {
  const q = f.q.question;
  return {
    questionId: q.id,
    domain: q.domain,
    text: { nl: q.text.nl, en: q.text.en },
    status: f.status,
    cap: f.cap,
    measures: q.measures.slice(),
  };
}

function answerLabel(f: CriticalFinding): LocalizedText {
  if (f.status === 'unknown') return { nl: '"weet ik niet"', en: '"don\'t know"' };
  if (f.status === 'unanswered') return { nl: 'niet beantwoord', en: 'not answered' };
  const option = f.q.question.options.find((o) => o.value === f.answer);
  return option ? { nl: `"${option.label.nl}"`, en: `"${option.label.en}"` } : { nl: `"${f.answer}"`, en: `"${f.answer}"` };
}

/** A score already rounded to 1 decimal, always written with one decimal ("70.0"). */
const enNumber = (x: number) => (Number.isInteger(x) ? `${x}.0` : `${x}`);
const nlNumber = (x: number) => enNumber(x).replace('.', ',');

function bandText(level: number): LocalizedText {
  const lo = level === 1 ? 0 : LEVEL_THRESHOLDS[level - 2]!;
  const hi = level === 5 ? 100 : LEVEL_THRESHOLDS[level - 1]!;
  return level === 5 ? { nl: `${lo} of hoger`, en: `${lo} or more` } : { nl: `${lo} tot ${hi}`, en: `${lo} to below ${hi}` };
}

/**
 * The level: the band of the overall score (thresholds 25/50/70/85), capped by the critical gaps and
 * by the weakest domain (at most one level above its band). Names the questions and the domain that
 * hold it down, in Dutch and English.
 */
export function levelOf(overall: number, findings: readonly CriticalFinding[], weakest: WeakestDomain | null): Level {
  const uncapped = levelBand(overall);
  const criticalCap = findings.reduce((m, f) => Math.min(m, f.cap), 5);
  const gate = weakest ? domainGate(weakest.score) : 5;
  const active = findings.length > 0 || gate < 5;
  const cap = active ? Math.min(criticalCap, gate) : null;
  const value = Math.min(uncapped, cap ?? 5);
  const binding = value < uncapped ? findings.filter((f) => f.cap === value) : [];
  const domainBinds = weakest !== null && value < uncapped && gate === value;
  const name = LEVEL_NAMES[value - 1]!;
  const band = bandText(uncapped);
  let nl = `Niveau ${value} (${name.nl}): totaalscore ${nlNumber(overall)}`;
  let en = `Level ${value} (${name.en}): overall score ${enNumber(overall)}`;
  if (weakest === null) {
    // No domain could be scored: say so rather than explain a score of 0.
    nl = `Niveau ${value} (${name.nl}): te weinig gegevens voor een score; bijna alle vragen zijn met "niet van toepassing" beantwoord.`;
    en = `Level ${value} (${name.en}): too little data for a score; almost every question was answered "not applicable".`;
  } else if (value === uncapped) {
    nl += ` valt in de band ${band.nl}.`;
    en += ` is in the band ${band.en}.`;
  } else {
    nl += ` zou niveau ${uncapped} geven, maar het niveau is begrensd op ${value}: `;
    en += ` would give level ${uncapped}, but the level is capped at ${value}: `;
    const nlReasons = binding.map((f) => {
      const how = f.status === 'partly' ? 'maar deels op orde' : 'niet op orde';
      return `kritieke vraag ${how}, "${f.q.question.text.nl}" beantwoord met ${answerLabel(f).nl}`;
    });
    const enReasons = binding.map((f) => {
      const how = f.status === 'partly' ? 'only partly in place' : 'not in place';
      return `critical question ${how}, "${f.q.question.text.en}" answered ${answerLabel(f).en}`;
    });
    if (domainBinds && weakest) {
      nlReasons.push(`het zwakste domein "${weakest.title.nl}" scoort ${nlNumber(weakest.score)}`);
      enReasons.push(`the weakest domain "${weakest.title.en}" scores ${enNumber(weakest.score)}`);
    }
    nl += `${nlReasons.join('; ')}.`;
    en += `${enReasons.join('; ')}.`;
  }
  return {
    value,
    name: { nl: name.nl, en: name.en },
    uncapped,
    cap,
    cappedBy: binding.map((f) => f.q.question.id),
    domainCap: domainBinds && weakest ? { domain: weakest.id, score: weakest.score, cap: gate } : null,
    explanation: { nl, en },
  };
}
