import type { OrganisationProfile } from '@lsh-cyber/schema';
import { CBW_STATUS } from './cbw.js';
import { nis2Sector } from './sector.js';
import { type EnterpriseSize, enterpriseSize } from './size.js';
import type { Localized } from './types.js';

/** Whether NIS2 applies: as an essential or important entity, not at all, or not decidable from the profile. */
export type Nis2Status = 'essential' | 'important' | 'out' | 'uncertain';

/** The organisation's role under the GDPR for personal data. */
export type GdprRole = 'controller' | 'processor' | 'both' | 'none';

/** Which incident-reporting laws apply to an organisation, and why. */
export interface Applicability {
  nis2: {
    status: Nis2Status;
    reasons: Localized[];
    /** Profile fields that would decide an `uncertain`; empty otherwise. */
    missing: string[];
  };
  gdpr: { role: GdprRole; reasons: Localized[] };
  mdr: { manufacturer: boolean; regulation?: 'mdr' | 'ivdr'; reasons: Localized[] };
  cra: { manufacturer: boolean; reasons: Localized[] };
}

type Definite = Exclude<Nis2Status, 'uncertain'>;

/** The NIS2 outcomes a size class allows for an entity in Annex I or only in Annex II (Art. 2(1), 3(1)(a), 3(2)). */
function outcomes(annex: 'I' | 'II' | null, size: EnterpriseSize): Set<Definite> {
  if (annex === null || size === 'small') return new Set(['out']);
  if (annex === 'II') return new Set(size === 'unknown' ? ['out', 'important'] : ['important']);
  const bySize: Record<Exclude<EnterpriseSize, 'small'>, Definite[]> = {
    medium: ['important'],
    large: ['essential'],
    'medium-or-large': ['important', 'essential'],
    unknown: ['out', 'important', 'essential'],
  };
  return new Set(bySize[size]);
}

const strongest = (annexes: ReadonlyArray<'I' | 'II'>): 'I' | 'II' | null =>
  annexes.includes('I') ? 'I' : annexes.includes('II') ? 'II' : null;

const equal = (a: Set<Definite>, b: Set<Definite>) => a.size === b.size && [...a].every((x) => b.has(x));

const STATUS_WORD: Record<Definite, Localized> = {
  essential: { nl: 'essentiële entiteit', en: 'essential entity' },
  important: { nl: 'belangrijke entiteit', en: 'important entity' },
  out: { nl: 'niet onder NIS2', en: 'not under NIS2' },
};

function nis2(profile: OrganisationProfile): Applicability['nis2'] {
  const sector = nis2Sector(profile);
  const size = enterpriseSize(profile);
  const reasons: Localized[] = [...sector.findings.map((f) => ({ nl: `${f.reason.nl} [${f.basis}]`, en: `${f.reason.en} [${f.basis}]` }))];
  if (!sector.findings.length) {
    reasons.push({
      nl: 'Uw soort organisatie staat niet in bijlage I (gezondheidszorg) of bijlage II (vervaardiging van hulpmiddelen, onderzoek) van NIS2.',
      en: 'Your kind of organisation is not listed in NIS2 Annex I (health) or Annex II (manufacture of medical devices, research).',
    });
  }
  reasons.push(...size.reasons.map((r) => ({ nl: `${r.nl} [Aanbeveling 2003/361/EG]`, en: `${r.en} [Recommendation 2003/361/EC]` })));
  reasons.push(...sector.notes);

  const known = strongest(sector.findings.map((f) => f.annex));
  // A field the profile leaves open could still add an annex: a healthcare provider is Annex I, a device maker Annex II.
  const potential = sector.missing.map((m) => (m === 'healthcareProvider' ? ('I' as const) : ('II' as const)));
  const high = strongest([...(known ? [known] : []), ...potential]);
  const low = outcomes(known, size.size);
  const top = outcomes(high, size.size);
  const all = new Set([...low, ...top]);
  const missing: string[] = [];
  if (!equal(low, top)) missing.push(...sector.missing);
  if (low.size > 1 || top.size > 1) missing.push(...size.missing);

  let status: Nis2Status = all.size === 1 ? ([...all][0] as Definite) : 'uncertain';
  const stated = profile.nis2 === 'none' ? 'out' : profile.nis2;
  if (status === 'uncertain') {
    reasons.push({
      nl: `Mogelijk: ${[...all].map((s) => STATUS_WORD[s].nl).join(' of ')}. Vul ${missing.join(', ')} in om het te beslissen.`,
      en: `Possible: ${[...all].map((s) => STATUS_WORD[s].en).join(' or ')}. Fill in ${missing.join(', ')} to decide.`,
    });
  } else if (status === 'out' && (stated === 'essential' || stated === 'important')) {
    reasons.push({
      nl: `U gaf op: ${STATUS_WORD[stated].nl}. Dat kan ook zonder de omvang, door aanwijzing (NIS2 art. 2, lid 2 en 3, of als kritieke entiteit, art. 3, lid 1, onder f); wij gaan uit van uw opgave.`,
      en: `You stated: ${STATUS_WORD[stated].en}. That can apply whatever the size, by designation (NIS2 Art. 2(2)-(3), or as a critical entity, Art. 3(1)(f)); we go by what you stated.`,
    });
    status = stated;
  } else if (stated !== undefined && stated !== status) {
    reasons.push({
      nl: `U gaf op: ${STATUS_WORD[stated].nl}; uw gegevens wijzen op ${STATUS_WORD[status].nl}. Laat dit nakijken.`,
      en: `You stated: ${STATUS_WORD[stated].en}; your figures point to ${STATUS_WORD[status].en}. Have this checked.`,
    });
  }
  reasons.push(CBW_STATUS.text);
  return { status, reasons, missing: status === 'uncertain' ? [...new Set(missing)] : [] };
}

const PERSONAL = ['personal', 'patient'] as const;

function gdpr(profile: OrganisationProfile): Applicability['gdpr'] {
  const personal = profile.data.some((d) => (PERSONAL as readonly string[]).includes(d));
  const controller = profile.gdprController ?? personal;
  const reasons: Localized[] = [];
  if (controller) {
    reasons.push(
      profile.gdprController === undefined
        ? {
            nl: 'U verwerkt persoonsgegevens voor uw eigen doelen, dus u bent verwerkingsverantwoordelijke (AVG art. 4, punt 7). Vul gdprController in om dit te bevestigen.',
            en: 'You process personal data for your own purposes, so you are a controller (GDPR Art. 4(7)). Set gdprController to confirm.',
          }
        : {
            nl: 'U bent verwerkingsverantwoordelijke (AVG art. 4, punt 7): een datalek meldt u binnen 72 uur bij de Autoriteit Persoonsgegevens (art. 33).',
            en: 'You are a controller (GDPR Art. 4(7)): you report a personal data breach to the Dutch Data Protection Authority within 72 hours (Art. 33).',
          },
    );
  }
  const processesForClients =
    personal && profile.data.includes('patient') && (profile.subsector === 'medical-lab' || profile.subsector === 'health-rd');
  const processor = (!controller && personal) || processesForClients;
  if (processor) {
    reasons.push(
      processesForClients
        ? {
            nl: 'Een laboratorium of onderzoeksorganisatie verwerkt vaak ook patiëntgegevens in opdracht van klanten: dan bent u daarvoor verwerker (AVG art. 28) en meldt u een lek zonder onnodige vertraging aan die klant (art. 33, lid 2). Kijk het na in uw contracten.',
            en: 'A lab or research organisation often also processes patient data on behalf of clients: for that data you are a processor (GDPR Art. 28) and tell that client about a breach without undue delay (Art. 33(2)). Check your contracts.',
          }
        : {
            nl: 'U verwerkt persoonsgegevens, maar niet als verantwoordelijke: dan bent u verwerker (AVG art. 28) en meldt u een lek zonder onnodige vertraging aan uw opdrachtgever (art. 33, lid 2).',
            en: 'You process personal data, but not as a controller: you are a processor (GDPR Art. 28) and tell your client about a breach without undue delay (Art. 33(2)).',
          },
    );
  }
  const role: GdprRole = controller && processor ? 'both' : controller ? 'controller' : processor ? 'processor' : 'none';
  if (role === 'none')
    reasons.push({
      nl: 'Uw profiel noemt geen persoonsgegevens. Let op: gegevens van uw eigen personeel zijn ook persoonsgegevens.',
      en: 'Your profile lists no personal data. Note: your own staff records are personal data too.',
    });
  return { role, reasons };
}

function mdr(profile: OrganisationProfile): Applicability['mdr'] {
  const kind = profile.deviceMaker;
  if (kind === 'mdr' || kind === 'ivdr') {
    const art = kind === 'mdr' ? 'MDR (EU) 2017/745 art. 87' : 'IVDR (EU) 2017/746 art. 82';
    return {
      manufacturer: true,
      regulation: kind,
      reasons: [
        {
          nl: `U bent fabrikant van ${kind === 'mdr' ? 'medische hulpmiddelen' : 'hulpmiddelen voor in-vitrodiagnostiek'}: ernstige incidenten met uw hulpmiddel meldt u bij de IGJ (${art}).`,
          en: `You manufacture ${kind === 'mdr' ? 'medical devices' : 'in vitro diagnostic devices'}: you report serious incidents with your device to the competent authority, in the Netherlands the IGJ (${art.replace(' art.', ' Art.')}).`,
        },
      ],
    };
  }
  return {
    manufacturer: false,
    reasons: [
      kind === 'none'
        ? { nl: 'U maakt geen medische hulpmiddelen.', en: 'You do not manufacture medical devices.' }
        : {
            nl: 'Uw profiel zegt niet of u medische hulpmiddelen maakt (deviceMaker); wij gaan uit van nee.',
            en: 'Your profile does not say whether you make medical devices (deviceMaker); we assume not.',
          },
    ],
  };
}

function cra(profile: OrganisationProfile): Applicability['cra'] {
  if (profile.digitalProducts !== true) {
    return {
      manufacturer: false,
      reasons: [
        profile.digitalProducts === false
          ? {
              nl: 'U brengt geen producten met digitale elementen op de markt.',
              en: 'You do not place products with digital elements on the market.',
            }
          : {
              nl: 'Uw profiel zegt niet of u producten met digitale elementen op de markt brengt (digitalProducts); wij gaan uit van nee.',
              en: 'Your profile does not say whether you place products with digital elements on the market (digitalProducts); we assume not.',
            },
      ],
    };
  }
  const reasons: Localized[] = [
    {
      nl: 'U brengt producten met digitale elementen op de markt: actief misbruikte kwetsbaarheden en ernstige incidenten meldt u sinds 11 september 2026 via het meldplatform van ENISA (CRA art. 14 en 71, lid 2).',
      en: 'You place products with digital elements on the market: since 11 September 2026 you report actively exploited vulnerabilities and severe incidents through the ENISA single reporting platform (CRA Art. 14 and 71(2)).',
    },
  ];
  if (profile.deviceMaker === 'mdr' || profile.deviceMaker === 'ivdr')
    reasons.push({
      nl: 'Medische hulpmiddelen onder de MDR of IVDR vallen niet onder de CRA (art. 2, lid 2); de CRA geldt voor uw andere digitale producten.',
      en: 'Medical devices under the MDR or IVDR are outside the CRA (Art. 2(2)); the CRA covers your other digital products.',
    });
  return { manufacturer: true, reasons };
}

/**
 * Which incident-reporting laws apply to an organisation: NIS2 (entity type in Annex I or II and
 * EU size with partner and linked enterprises counted), its GDPR role, and whether it is a
 * manufacturer under the MDR/IVDR or the Cyber Resilience Act. Every reason comes in Dutch and
 * English with its legal basis; an `uncertain` NIS2 status names the profile fields that decide it.
 */
export function applicability(profile: OrganisationProfile): Applicability {
  return { nis2: nis2(profile), gdpr: gdpr(profile), mdr: mdr(profile), cra: cra(profile) };
}
