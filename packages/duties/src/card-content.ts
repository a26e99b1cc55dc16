import type { Localized } from './types.js';

/** The three rounds of the BOB method: get the picture, judge, decide. */
export interface BobRounds {
  picture: Localized[];
  judge: Localized[];
  decide: Localized[];
}

/** First steps for one common incident: what to do and what not to do. */
export interface IncidentScenario {
  id: 'ransomware' | 'lost-laptop' | 'account-takeover' | 'supplier-breach';
  title: Localized;
  do: Localized[];
  dont: Localized[];
}

/** One level of scaling up, after the GRIP idea of clear steps: when it applies and who then leads. */
export interface ScaleUpLevel {
  level: 1 | 2 | 3;
  when: Localized;
  who: Localized;
}

/** The first three things anyone does, before anything else. */
export const FIRST_MOVES: readonly Localized[] = Object.freeze([
  {
    nl: 'Blijf kalm. Zet apparaten niet uit, maar haal ze van het netwerk (kabel eruit, wifi uit).',
    en: 'Stay calm. Do not switch devices off; take them off the network (cable out, Wi-Fi off).',
  },
  {
    nl: 'Bel meteen uw IT-beheerder en de verantwoordelijke in de leiding.',
    en: 'Call your IT supplier and the manager in charge straight away.',
  },
  {
    nl: 'Schrijf op wat u zag en hoe laat: de klok voor melden loopt vanaf nu.',
    en: 'Write down what you saw and when: the reporting clocks run from now.',
  },
]);

/** BOB: beeldvorming, oordeelsvorming, besluitvorming. Short questions a director can ask in order. */
export const BOB: BobRounds = Object.freeze({
  picture: [
    { nl: 'Wat is er gebeurd, sinds wanneer, en gaat het nog door?', en: 'What happened, since when, and is it still going on?' },
    { nl: 'Welke systemen, gegevens en locaties zijn geraakt?', en: 'Which systems, data and sites are hit?' },
    { nl: 'Zijn patiënten, cliënten of producten in gevaar?', en: 'Are patients, clients or products at risk?' },
  ],
  judge: [
    { nl: 'Wat betekent het voor zorg, productie en klanten?', en: 'What does it mean for care, production and customers?' },
    { nl: 'Zijn persoonsgegevens gelekt? Welke meldplicht loopt?', en: 'Has personal data leaked? Which reporting duty runs?' },
    { nl: 'Kunnen we het zelf aan, of is hulp van buiten nodig?', en: 'Can we handle it ourselves, or do we need outside help?' },
  ],
  decide: [
    { nl: 'Wie leidt? Wat sluiten we af of zetten we over op papier?', en: 'Who leads? What do we shut off or move to paper?' },
    { nl: 'Wie melden we wat, en wie vertelt het personeel en klanten?', en: 'Whom do we report to, and who tells staff and clients?' },
    { nl: 'Wanneer komen we weer bij elkaar?', en: 'When do we meet again?' },
  ],
}) as BobRounds;

/** The four incidents small organisations meet most, with first steps. */
export const SCENARIOS: readonly IncidentScenario[] = Object.freeze([
  {
    id: 'ransomware',
    title: { nl: 'Gijzelsoftware (ransomware)', en: 'Ransomware' },
    do: [
      {
        nl: 'Netwerk los, apparaten aan laten; maak foto’s van het losgeldbericht.',
        en: 'Disconnect, leave devices on; photograph the ransom note.',
      },
      { nl: 'Controleer of uw offline back-up nog schoon is.', en: 'Check that your offline backup is still clean.' },
    ],
    dont: [
      { nl: 'Niet betalen of onderhandelen zonder politie en NCSC.', en: 'Do not pay or negotiate without the police and NCSC.' },
      { nl: 'Geen back-up aansluiten voordat het lek dicht is.', en: 'Do not connect a backup before the hole is closed.' },
    ],
  },
  {
    id: 'lost-laptop',
    title: { nl: 'Laptop of telefoon kwijt', en: 'Lost laptop or phone' },
    do: [
      { nl: 'Laat het apparaat op afstand blokkeren of wissen.', en: 'Have the device locked or wiped remotely.' },
      { nl: 'Wijzig de wachtwoorden die erop stonden.', en: 'Change the passwords that were on it.' },
    ],
    dont: [{ nl: 'Niet afwachten of het terugkomt: versleuteld of niet?', en: 'Do not wait to see if it turns up: was it encrypted?' }],
  },
  {
    id: 'account-takeover',
    title: { nl: 'Account overgenomen na phishing', en: 'Account taken over after phishing' },
    do: [
      { nl: 'Wachtwoord wijzigen, alle sessies afmelden, MFA aan.', en: 'Change the password, sign out all sessions, turn on MFA.' },
      { nl: 'Zoek doorstuurregels en mails die namens u zijn verstuurd.', en: 'Look for forwarding rules and mail sent in your name.' },
    ],
    dont: [{ nl: 'De mail niet doorsturen naar collega’s “ter info”.', en: 'Do not forward the mail to colleagues "for information".' }],
  },
  {
    id: 'supplier-breach',
    title: { nl: 'Lek of storing bij een leverancier', en: 'Breach or outage at a supplier' },
    do: [
      { nl: 'Vraag de leverancier wat er weg is en wat u moet doen.', en: 'Ask the supplier what was taken and what you must do.' },
      {
        nl: 'Uw meldplicht blijft: de klok loopt vanaf wanneer u het weet.',
        en: 'Your duty to report stays: the clock runs from when you know.',
      },
    ],
    dont: [{ nl: 'Niet wachten op hun verslag voordat u zelf meldt.', en: 'Do not wait for their report before you report yourself.' }],
  },
]);

/** When to scale up: three levels, each with who leads. */
export const SCALE_UP: readonly ScaleUpLevel[] = Object.freeze([
  {
    level: 1,
    when: { nl: 'Eén apparaat of account, geen gegevens weg, werk gaat door.', en: 'One device or account, no data lost, work goes on.' },
    who: { nl: 'IT-beheerder lost het op; leiding weet ervan.', en: 'The IT supplier fixes it; management knows.' },
  },
  {
    level: 2,
    when: {
      nl: 'Meer systemen, persoonsgegevens geraakt, of een meldplicht loopt.',
      en: 'Several systems, personal data hit, or a reporting duty runs.',
    },
    who: { nl: 'Crisisteam met de directie; melden volgens de klokken.', en: 'Crisis team with the board; report as the clocks say.' },
  },
  {
    level: 3,
    when: {
      nl: 'Zorg of productie ligt stil, of mensen lopen gevaar.',
      en: 'Care or production stops, or people are in danger.',
    },
    who: {
      nl: 'Directie leidt het crisisplan; zorg: waarschuw de GHOR/regio; vraag hulp bij NCSC of Z-CERT.',
      en: 'The board runs the crisis plan; care: alert the regional health emergency office (GHOR); ask NCSC or Z-CERT for help.',
    },
  },
]);
