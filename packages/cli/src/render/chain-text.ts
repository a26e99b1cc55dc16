import type { ExposureEntry, OrganisationResult, SinglePointsOfFailureResult } from '@lsh-cyber/chain';
import { bar, fit, formatNumber, type Lang, type Style, scoreColour } from '../format.js';
import { terminalSafe, terminalText } from '../terminal-text.js';
import { WORDS } from './words.js';

/** An organisation with one of the lowest effective scores, and the path that explains it. */
export interface LowestEntry extends OrganisationResult {
  /** `[id, ..., origin]`: each next organisation is the supplier whose bound sets the score. */
  path: string[];
}

/**
 * What the chain command reports, in the shape `chain --json` prints (see the README): the shape of
 * `ChainAnalysisOutput` in `@lsh-cyber/schema/outputs` (`schemas/chain-analysis-output.schema.json`), built from the engine's types.
 */
export interface ChainCommandOutput {
  /** The version of the output format. */
  schemaVersion: 1;
  chain: {
    id: string;
    name: string;
    organisations: number;
    dependencies: number;
    /** Dependencies that repeat an earlier one between the same two organisations (legal). */
    repeatedDependencies: number;
    assessed: number;
    unknownScore: number;
  };
  top: number;
  lowest: LowestEntry[];
  exposure: ExposureEntry[];
  singlePointsOfFailure: SinglePointsOfFailureResult;
  organisations: OrganisationResult[];
}

const MAX_PATH_SHOWN = 6;
const NAME_WIDTH = 44;

/** The chain analysis as terminal lines; `names` gives an organisation's name by id. */
export function renderChainText(full: ChainCommandOutput, rawNames: (id: string) => string, lang: Lang, style: Style): string {
  // Only what is shown is made safe for the terminal: the full list of organisations may be millions long.
  const analysis = terminalSafe({
    chain: full.chain,
    lowest: full.lowest,
    exposure: full.exposure,
    singlePointsOfFailure: full.singlePointsOfFailure,
  });
  const names = (id: string) => terminalText(rawNames(id));
  const w = WORDS[lang];
  const n = (x: number) => formatNumber(x, lang);
  const label = (id: string) => {
    const name = names(id);
    return name === id ? id : `${name} (${id})`;
  };
  const out: string[] = [];
  const c = analysis.chain;
  out.push(style.bold(`${c.name} (${c.id})`));
  out.push(w.chainSummary(c.organisations, c.dependencies, c.assessed));
  if (c.assessed < c.organisations) out.push(w.unknownAssumed(n(c.unknownScore)));
  if (c.repeatedDependencies > 0) out.push(w.repeated(c.repeatedDependencies));

  out.push('', style.bold(`${w.effective} (${analysis.lowest.length})`));
  for (const o of analysis.lowest) {
    const colour = scoreColour(style, o.effective);
    const assessed = o.assessed ? '' : style.dim(`, ${w.notAssessed}`);
    out.push(
      `  ${fit(label(o.id), NAME_WIDTH)} ${colour(bar(o.effective, 10))} ${w.eff} ${n(o.effective)}, ${w.own} ${n(o.own)}${assessed}`,
    );
    if (o.path.length > 1) {
      const hops = o.path.length > MAX_PATH_SHOWN ? [...o.path.slice(0, MAX_PATH_SHOWN - 1), '…', o.path.at(-1)!] : o.path;
      out.push(`    ${w.via}: ${hops.slice(1).join(' → ')}`);
    }
  }

  out.push('', style.bold(`${w.holdsBack} (${analysis.exposure.length})`));
  if (analysis.exposure.length === 0) out.push(`  ${w.nobodyHoldsBack}`);
  for (const e of analysis.exposure) {
    const assessed = e.assessed ? '' : `, ${w.notAssessed}`;
    out.push(`  ${fit(label(e.id), NAME_WIDTH)} ${w.binds(e.binds, n(e.loss))} (${w.own} ${n(e.own)}${assessed})`);
  }

  const spof = analysis.singlePointsOfFailure;
  out.push('', style.bold(`${w.spof} (${spof.organisations.length})`));
  if (spof.organisations.length === 0) out.push(`  ${w.noSpof}`);
  for (const f of spof.organisations) {
    out.push(`  ${fit(label(f.id), NAME_WIDTH)} ${w.failureImpact(f.affected, n(f.totalDrop), n(f.maxDrop))}`);
  }
  out.push('', style.bold(`${w.noAlternative} (${spof.dependencies.length})`));
  for (const d of spof.dependencies) {
    out.push(`  ${label(d.from)} → ${label(d.to)}: ${w.soleDependency(formatNumber(d.criticality, lang, 2), n(d.drop))}`);
  }
  return `${out.join('\n')}\n`;
}
