import type { OrganisationProfile } from '@lsh-cyber/schema';
import { type Applicability, applicability } from './applicability.js';
import { BOB, type BobRounds, FIRST_MOVES, type IncidentScenario, SCALE_UP, SCENARIOS, type ScaleUpLevel } from './card-content.js';
import { applicableClocks, describePeriod, describeStart } from './clocks.js';
import { type CardContact, type CardSupplier, CONTACTS_CHECKED_ON, MAX_CARD_SUPPLIERS, NATIONAL_CONTACTS } from './contacts.js';
import { DutiesError, type DutiesIssue } from './errors.js';
import { GDPR_ROLE_LABELS, NIS2_STATUS_LABELS } from './labels.js';
import { providesHealthcare } from './sector.js';
import type { Localized, Regime } from './types.js';

/** A change to a contact on the card: new details for a listed one, or a contact of its own. */
export interface ContactEdit {
  /** The id of the contact to change (`ncsc`, `zcert`, `ap`, `igj`, `police`, a supplier's id) or a new id. */
  id: string;
  name?: string | undefined;
  phone?: string | undefined;
  url?: string | undefined;
  when?: Localized | undefined;
  /** Leave the contact off the card. */
  hidden?: boolean | undefined;
}

/** Options of {@link firstAidCard}. */
export interface FirstAidCardOptions {
  /** The organisation's own suppliers to call, e.g. from `suppliersFromChain`. */
  suppliers?: readonly CardSupplier[] | undefined;
  /** The cyber insurer and its incident number, when the organisation has one. */
  insurer?: { name: string; phone?: string | undefined } | undefined;
  /** Edits to the contacts, applied last. */
  contacts?: readonly ContactEdit[] | undefined;
}

/** A reporting clock as the card prints it: a rule, not a time, since no incident has happened yet. */
export interface CardClock {
  regime: Regime;
  duty: string;
  title: Localized;
  to: Localized;
  /** The period and its start in words, e.g. "24 uur nadat u het incident ontdekte". */
  within: Localized;
  basis: string;
}

/** The content of a one-page incident first-aid card for one organisation. */
export interface FirstAidCard {
  organisation: { id: string; name: string };
  title: Localized;
  firstMoves: Localized[];
  bob: BobRounds;
  scenarios: IncidentScenario[];
  scaleUp: ScaleUpLevel[];
  contacts: { own: CardContact[]; national: CardContact[] };
  clocks: CardClock[];
  /** One line per law on whether it applies. */
  applies: Localized[];
  footer: Localized;
  /** The date the national contacts were checked. */
  checkedOn: string;
}

function nationalFor(profile: OrganisationProfile, app: Applicability): CardContact[] {
  const care = providesHealthcare(profile).value;
  const list: CardContact[] = [NATIONAL_CONTACTS.ncsc];
  // Z-CERT serves mainly larger care organisations; a small practice goes to the NCSC.
  if (care && app.nis2.status !== 'out') list.push(NATIONAL_CONTACTS.zcert);
  if (app.gdpr.role !== 'none') list.push(NATIONAL_CONTACTS.ap);
  if (care || app.mdr.manufacturer) list.push(NATIONAL_CONTACTS.igj);
  list.push(NATIONAL_CONTACTS.police);
  return list.map((c) => ({ ...c, when: { ...c.when } }));
}

function ownFor(options: FirstAidCardOptions): CardContact[] {
  const own: CardContact[] = (options.suppliers ?? []).slice(0, MAX_CARD_SUPPLIERS).map((s) => ({
    id: s.id,
    name: s.name,
    when: s.role,
    phone: s.phone,
    source: 'own',
  }));
  own.push(
    options.insurer
      ? {
          id: 'insurer',
          name: options.insurer.name,
          when: { nl: 'Cyberverzekeraar: meld het incident direct.', en: 'Cyber insurer: report the incident straight away.' },
          phone: options.insurer.phone,
          source: 'own',
        }
      : {
          id: 'insurer',
          name: '',
          when: { nl: 'Verzekeraar (vul in, met polisnummer)', en: 'Insurer (fill in, with policy number)' },
          source: 'own',
        },
  );
  return own;
}

function applyEdits(contacts: { own: CardContact[]; national: CardContact[] }, edits: readonly ContactEdit[]) {
  const issues: DutiesIssue[] = [];
  edits.forEach((e, i) => {
    if (typeof e?.id !== 'string' || !e.id) issues.push({ path: `options.contacts.${i}.id`, message: 'must be a non-empty text' });
  });
  if (issues.length) throw new DutiesError(issues);
  for (const edit of edits) {
    const list = contacts.national.some((c) => c.id === edit.id) ? contacts.national : contacts.own;
    const at = list.findIndex((c) => c.id === edit.id);
    if (edit.hidden) {
      if (at >= 0) list.splice(at, 1);
      continue;
    }
    const base: CardContact =
      at >= 0 ? (list[at] as CardContact) : { id: edit.id, name: edit.name ?? edit.id, when: { nl: '', en: '' }, source: 'own' };
    const next: CardContact = {
      ...base,
      ...(edit.name !== undefined ? { name: edit.name } : {}),
      ...(edit.phone !== undefined ? { phone: edit.phone } : {}),
      ...(edit.url !== undefined ? { url: edit.url } : {}),
      ...(edit.when !== undefined ? { when: edit.when } : {}),
      // Edited details are the organisation's own: the national source no longer vouches for them.
      ...(at >= 0 && base.source !== 'own' ? { source: `${base.source}; edited` } : {}),
    };
    if (at >= 0) list[at] = next;
    else list.push(next);
  }
}

function appliesLines(app: Applicability): Localized[] {
  const gdpr = GDPR_ROLE_LABELS[app.gdpr.role];
  const status = NIS2_STATUS_LABELS[app.nis2.status];
  const yes = { nl: 'ja', en: 'yes' };
  const no = { nl: 'nee', en: 'no' };
  const mdr = app.mdr.manufacturer ? yes : no;
  const cra = app.cra.manufacturer ? yes : no;
  return [
    { nl: `NIS2: ${status.nl}`, en: `NIS2: ${status.en}` },
    { nl: `AVG: ${gdpr.nl}`, en: `GDPR: ${gdpr.en}` },
    { nl: `MDR/IVDR-fabrikant: ${mdr.nl}`, en: `MDR/IVDR manufacturer: ${mdr.en}` },
    { nl: `CRA-fabrikant: ${cra.nl}`, en: `CRA manufacturer: ${cra.en}` },
  ];
}

/**
 * The content of the organisation's one-page incident first-aid card (EHBO-kaart): the first
 * three moves, the BOB rounds (get the picture, judge, decide), first steps for ransomware, a lost
 * laptop, a phishing account takeover and a supplier breach, when to scale up, who to call (the
 * organisation's own suppliers and insurer, then the national contacts with source and date
 * checked, all editable through `options.contacts`), and the reporting clocks that apply to it.
 *
 * @throws {@link DutiesError} when a contact edit has no id.
 */
export function firstAidCard(profile: OrganisationProfile, options: FirstAidCardOptions = {}): FirstAidCard {
  const app = applicability(profile);
  const contacts = { own: ownFor(options), national: nationalFor(profile, app) };
  applyEdits(contacts, options.contacts ?? []);
  const clocks: CardClock[] = applicableClocks(app).map((r) => {
    const period = describePeriod(r.period);
    const start = describeStart(r.start);
    const within =
      'withoutUndueDelay' in r.period
        ? { nl: `${period.nl}, ${start.nl}`, en: `${period.en}, ${start.en}` }
        : { nl: `binnen ${period.nl} ${start.nl}`, en: `within ${period.en} ${start.en}` };
    return { regime: r.regime, duty: r.duty, title: r.title, to: r.to, within, basis: r.basis };
  });
  return {
    organisation: { id: profile.id, name: profile.name },
    title: { nl: `EHBO-kaart cyberincident: ${profile.name}`, en: `Cyber incident first-aid card: ${profile.name}` },
    firstMoves: [...FIRST_MOVES],
    bob: BOB,
    scenarios: [...SCENARIOS],
    scaleUp: [...SCALE_UP],
    contacts,
    clocks,
    applies: appliesLines(app),
    footer: {
      nl: `Hang deze kaart op en print hem: bij gijzelsoftware werkt de computer niet. Landelijke contacten gecontroleerd op ${CONTACTS_CHECKED_ON}. Geen juridisch advies.`,
      en: `Print this card and put it up: in a ransomware attack the computer will not work. National contacts checked on ${CONTACTS_CHECKED_ON}. Not legal advice.`,
    },
    checkedOn: CONTACTS_CHECKED_ON,
  };
}
