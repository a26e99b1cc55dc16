import type { Localized } from './types.js';

/**
 * The status of the Dutch transposition of NIS2 that the rules here relied on, and when it was
 * checked. The Cyberbeveiligingswet (Cbw, Kamerstuk 36 764) takes over the Directive's entity types
 * and size test unchanged, so the outcome follows the Directive's text.
 */
export const CBW_STATUS = Object.freeze({
  checkedOn: '2026-12-01',
  source: 'Kamerstuk 36 764 (tweedekamer.nl); wetten.overheid.nl',
  text: Object.freeze({
    nl: 'Nederland zet NIS2 om in de Cyberbeveiligingswet (Cbw, Kamerstuk 36 764). Laatst gevonden: wetsvoorstel in de Tweede Kamer (nota naar aanleiding van het verslag 4 november 2025), beoogde inwerkingtreding tweede kwartaal 2026; geen publicatie in het Staatsblad gevonden. Controleer op wetten.overheid.nl of de wet geldt. De toets hier volgt de richtlijn, die de Cbw met dezelfde criteria overneemt.',
    en: 'The Netherlands transposes NIS2 in the Cyberbeveiligingswet (Cbw, Kamerstuk 36 764). Last found: a bill before the House of Representatives (memorandum in reply to the report, 4 November 2025), entry into force intended for the second quarter of 2026; no publication in the Staatsblad found. Check wetten.overheid.nl whether it applies. The test here follows the Directive, which the Cbw takes over with the same criteria.',
  }) as Localized,
});
