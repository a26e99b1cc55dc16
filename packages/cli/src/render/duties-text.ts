import { type Applicability, type Deadline, GDPR_ROLE_LABELS, NIS2_STATUS_LABELS } from '@lsh-cyber/duties';
import type { Lang, Style } from '../format.js';

const WORDS = {
  nl: {
    yes: 'ja',
    no: 'nee',
    decide: 'Beslist door',
    manufacturer: 'fabrikant',
    none: 'Geen meldklok loopt voor dit incident.',
    due: 'uiterlijk',
    immediately: 'zonder onnodige vertraging, vanaf',
    provisional: 'voorlopig: nog geen melding verstuurd, gerekend vanaf de uiterste meldtijd',
  },
  en: {
    yes: 'yes',
    no: 'no',
    decide: 'Decided by',
    manufacturer: 'manufacturer',
    none: 'No reporting clock runs for this incident.',
    due: 'due',
    immediately: 'without undue delay, from',
    provisional: 'provisional: no notification sent yet, counted from the latest moment to send it',
  },
} as const;

/** The applicability as terminal text. */
export function renderDutiesText(name: string, app: Applicability, lang: Lang, style: Style): string {
  const w = WORDS[lang];
  const lines: string[] = [style.bold(name), ''];
  const section = (head: string, reasons: ReadonlyArray<{ nl: string; en: string }>) => {
    lines.push(style.bold(head), ...reasons.map((r) => `  - ${r[lang]}`), '');
  };
  section(`NIS2: ${NIS2_STATUS_LABELS[app.nis2.status][lang]}`, app.nis2.reasons);
  if (app.nis2.missing.length) lines.splice(lines.length - 1, 0, `  ${w.decide}: ${app.nis2.missing.join(', ')}`);
  section(`${lang === 'nl' ? 'AVG' : 'GDPR'}: ${GDPR_ROLE_LABELS[app.gdpr.role][lang]}`, app.gdpr.reasons);
  section(`MDR/IVDR ${w.manufacturer}: ${app.mdr.manufacturer ? w.yes : w.no}`, app.mdr.reasons);
  section(`CRA ${w.manufacturer}: ${app.cra.manufacturer ? w.yes : w.no}`, app.cra.reasons);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The running clocks as terminal text, with Amsterdam times. */
export function renderDeadlinesText(list: readonly Deadline[], lang: Lang, style: Style, show: (iso: string) => string): string {
  const w = WORDS[lang];
  if (!list.length) return `${w.none}\n`;
  const lines = list.map((d) => {
    const when = d.withoutUndueDelay ? `${w.immediately} ${show(d.startsAt)}` : `${w.due} ${show(d.due)}`;
    const flag = d.provisional ? `\n      ${style.dim(`(${w.provisional})`)}` : '';
    return `${style.bold(when)}\n    ${d.title[lang]} → ${d.to[lang]} ${style.dim(`[${d.basis}]`)}${flag}`;
  });
  return `${lines.join('\n')}\n`;
}
