import type { GdprRole, Nis2Status } from './applicability.js';
import type { Localized } from './types.js';

/** How each NIS2 outcome is said to a reader. */
export const NIS2_STATUS_LABELS: Readonly<Record<Nis2Status, Localized>> = Object.freeze({
  essential: { nl: 'ja, als essentiële entiteit', en: 'yes, as an essential entity' },
  important: { nl: 'ja, als belangrijke entiteit', en: 'yes, as an important entity' },
  out: { nl: 'nee', en: 'no' },
  uncertain: { nl: 'onzeker: er ontbreken gegevens', en: 'uncertain: figures are missing' },
});

/** How each GDPR role is said to a reader. */
export const GDPR_ROLE_LABELS: Readonly<Record<GdprRole, Localized>> = Object.freeze({
  controller: { nl: 'verwerkingsverantwoordelijke', en: 'controller' },
  processor: { nl: 'verwerker', en: 'processor' },
  both: { nl: 'verantwoordelijke én verwerker', en: 'controller and processor' },
  none: { nl: 'geen persoonsgegevens genoemd', en: 'no personal data listed' },
});
