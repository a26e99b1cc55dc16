import { type ClauseParam, TIERS, type Tier } from '@lsh-cyber/schema';
import type { ParamValue } from './types.js';

/** The value a parameter takes in a tier: its default for that tier, else its general default. Declared once, in the library. */
export function tierDefault(param: ClauseParam, tier: Tier): ParamValue {
  return param.defaults?.[tier] ?? param.default;
}

/** Position of a value on the parameter's scale: the number itself, true as 1, an enum value as its option index. */
function rank(param: ClauseParam, value: ParamValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (param.type === 'enum') {
    const i = param.options?.indexOf(value) ?? -1;
    return i < 0 ? null : i;
  }
  return null;
}

/**
 * Which way is stricter for the buyer. Declared per parameter (`stricter`), else read from the tier
 * defaults (strict against baseline), else by type: a shorter duration, `true` and a later enum
 * option (options run from least to most strict) are stricter. Texts, and integers and numbers with
 * equal tier defaults, have no direction (`null`).
 */
export function strictness(param: ClauseParam): 'lower' | 'higher' | null {
  if (param.stricter) return param.stricter;
  if (param.type === 'text') return null;
  const loose = rank(param, tierDefault(param, 'baseline'));
  const strict = rank(param, tierDefault(param, 'strict'));
  if (loose !== null && strict !== null && loose !== strict) return strict < loose ? 'lower' : 'higher';
  if (param.type === 'duration') return 'lower';
  // Enum options are listed from least to most strict, by the library's convention.
  if (param.type === 'boolean' || param.type === 'enum') return 'higher';
  return null;
}

/**
 * The stricter of two values of a parameter. Without a direction (texts) the first value wins,
 * so the caller decides precedence by order.
 */
export function stricterValue(param: ClauseParam, a: ParamValue, b: ParamValue): ParamValue {
  return isStricter(param, b, a) ? b : a;
}

/** True when `a` is strictly stricter than `b`. */
export function isStricter(param: ClauseParam, a: ParamValue, b: ParamValue): boolean {
  const direction = strictness(param);
  const ra = rank(param, a);
  const rb = rank(param, b);
  if (direction === null || ra === null || rb === null) return false;
  return direction === 'lower' ? ra < rb : ra > rb;
}

/** The tiers from least to most strict. */
export const TIER_ORDER: readonly Tier[] = TIERS;

/** The stricter of two tiers. */
export function maxTier(a: Tier, b: Tier): Tier {
  return TIER_ORDER.indexOf(a) >= TIER_ORDER.indexOf(b) ? a : b;
}

/**
 * Reads a parameter value typed as text (a command-line `--set name=24`) into the parameter's type.
 * The result is still checked against bounds and rules where it is used.
 */
export function coerceParamValue(param: ClauseParam, raw: string): ParamValue {
  const text = raw.trim();
  if (param.type === 'boolean') {
    if (/^(true|yes|ja|1)$/i.test(text)) return true;
    if (/^(false|no|nee|0)$/i.test(text)) return false;
    return raw;
  }
  if (param.type === 'integer' || param.type === 'number' || param.type === 'duration') {
    const n = Number(text.replace(',', '.'));
    return text !== '' && Number.isFinite(n) ? n : raw;
  }
  return raw;
}
