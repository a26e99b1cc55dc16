/**
 * Time arithmetic in the Netherlands' legal time zone. Instants are stored as UTC; periods in
 * hours are exact elapsed time, periods in days and months keep the Amsterdam wall-clock time, so a
 * clock that runs across a daylight-saving change still ends at the same local hour.
 */
export const LEGAL_TIME_ZONE = 'Europe/Amsterdam';

const HOUR = 3_600_000;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LEGAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

function wallTime(utcMs: number): WallTime {
  const get = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find((p) => p.type === type)?.value);
  const parts = partsFormat.formatToParts(new Date(utcMs));
  return {
    year: get(parts, 'year'),
    month: get(parts, 'month'),
    day: get(parts, 'day'),
    hour: get(parts, 'hour'),
    minute: get(parts, 'minute'),
    second: get(parts, 'second'),
    ms: ((utcMs % 1000) + 1000) % 1000,
  };
}

/** Offset of Amsterdam from UTC at an instant, in milliseconds (1 h in winter, 2 h in summer). */
export function amsterdamOffsetMs(utcMs: number): number {
  const w = wallTime(utcMs);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - utcMs;
}

/**
 * The instant at which Amsterdam clocks show a wall-clock time. A time skipped when clocks go
 * forward is moved on by the skipped hour (02:30 becomes 03:30 summer time); a time that occurs
 * twice when clocks go back is read as its first occurrence, the earlier and so the safer deadline.
 */
export function fromAmsterdamWallTime(w: WallTime): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  const candidates = [amsterdamOffsetMs(asUtc - 3 * HOUR), amsterdamOffsetMs(asUtc + 3 * HOUR)].map((o) => asUtc - o);
  const exact = candidates.filter((t) => amsterdamOffsetMs(t) === asUtc - t).sort((a, b) => a - b);
  if (exact.length) return exact[0] as number;
  // Skipped by the spring change: the same wall time read with the offset before the change.
  return asUtc - amsterdamOffsetMs(asUtc - 3 * HOUR);
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `utcMs` plus `hours` of elapsed time. */
export function addHours(utcMs: number, hours: number): number {
  return utcMs + hours * HOUR;
}

/** The same Amsterdam wall-clock time `days` calendar days later. */
export function addAmsterdamDays(utcMs: number, days: number): number {
  const w = wallTime(utcMs);
  const date = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return fromAmsterdamWallTime({ ...w, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/**
 * The same Amsterdam wall-clock time on the same date `months` later; when that month is shorter,
 * its last day (31 January plus one month is 28 or 29 February), as Regulation 1182/71 Art. 3(2)(c) counts.
 */
export function addAmsterdamMonths(utcMs: number, months: number): number {
  const w = wallTime(utcMs);
  const index = w.month - 1 + months;
  const year = w.year + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return fromAmsterdamWallTime({ ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) });
}

/** An instant as a UTC ISO 8601 timestamp, e.g. `2026-03-29T09:00:00.000Z`. */
export function toUtcIso(utcMs: number): string {
  return new Date(utcMs).toISOString();
}

const shownFormat = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: LEGAL_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: LEGAL_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }),
} as const;

/**
 * An instant as Dutch or English readers see it on an Amsterdam clock, with the zone's
 * abbreviation: `zondag 29 maart 2026 om 11:00 (CEST)`.
 */
export function formatAmsterdam(iso: string, locale: 'nl' | 'en'): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new TypeError(`not a timestamp: ${iso}`);
  const zone = amsterdamOffsetMs(ms) === 2 * HOUR ? 'CEST' : 'CET';
  return `${shownFormat[locale].format(new Date(ms))} (${zone})`;
}

/**
 * A wall-clock time as typed on an Amsterdam clock (`2026-10-24T12:00`, as an HTML
 * `datetime-local` field gives it) as a UTC ISO timestamp; null when it is not such a time.
 */
export function fromAmsterdamLocal(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return toUtcIso(fromAmsterdamWallTime({ year, month, day, hour, minute, second, ms: 0 }));
}
