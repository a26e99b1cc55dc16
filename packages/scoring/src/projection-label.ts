import type { LocalizedText, ScoreReport } from '@lsh-cyber/schema';

const en1 = (x: number) => (Number.isInteger(x) ? `${x}.0` : `${x}`);
const nl1 = (x: number) => en1(x).replace('.', ',');

/**
 * A short label of a projected score: "score 77,0, niveau 2" and, when critical gaps hold the level
 * below the band of the score, why: "score 77.0, level 2 because: critical question not in place:
 * "…"". Names every critical question that sets the binding cap, and the weakest domain when that binds.
 */
export function projectionLabel(r: ScoreReport): LocalizedText {
  const head = { nl: `score ${nl1(r.overall)}, niveau ${r.level.value}`, en: `score ${en1(r.overall)}, level ${r.level.value}` };
  if (r.level.value >= r.level.uncapped) return head;
  const gaps = r.criticalGaps.filter((g) => r.level.cappedBy.includes(g.questionId));
  const nl = gaps.map((g) => `kritieke vraag ${g.status === 'partly' ? 'maar deels' : 'niet'} op orde: "${g.text.nl}"`);
  const en = gaps.map((g) => `critical question ${g.status === 'partly' ? 'only partly' : 'not'} in place: "${g.text.en}"`);
  const d = r.level.domainCap;
  if (d) {
    const domain = r.domains.find((x) => x.id === d.domain);
    nl.push(`zwakste domein "${domain?.title.nl ?? d.domain}" scoort ${nl1(d.score)}`);
    en.push(`weakest domain "${domain?.title.en ?? d.domain}" scores ${en1(d.score)}`);
  }
  return { nl: `${head.nl} omdat: ${nl.join('; ')}`, en: `${head.en} because: ${en.join('; ')}` };
}
