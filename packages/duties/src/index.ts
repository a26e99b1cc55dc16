export { type Applicability, applicability, type GdprRole, type Nis2Status } from './applicability.js';
export { type CardClock, type ContactEdit, type FirstAidCard, type FirstAidCardOptions, firstAidCard } from './card.js';
export type { BobRounds, IncidentScenario, ScaleUpLevel } from './card-content.js';
export { CBW_STATUS } from './cbw.js';
export {
  applicableClocks,
  CLOCK_RULES,
  type ClockPeriod,
  type ClockRole,
  type ClockRule,
  type ClockStart,
  type ClockTrigger,
  CRA_REPORTING_FROM,
} from './clocks.js';
export {
  type CardContact,
  type CardSupplier,
  CONTACTS_CHECKED_ON,
  MAX_CARD_SUPPLIERS,
  NATIONAL_CONTACTS,
  suppliersFromChain,
} from './contacts.js';
export { type Deadline, deadlines } from './deadlines.js';
export { DutiesError, type DutiesIssue } from './errors.js';
export { type DeviceIncident, type Incident, readIncident } from './incident.js';
export { GDPR_ROLE_LABELS, NIS2_STATUS_LABELS } from './labels.js';
export { type CardFormat, type RenderCardOptions, renderFirstAidCard } from './render.js';
export { type EnterpriseSize, enterpriseSize, SIZE_CEILINGS, type SizeAssessment } from './size.js';
export { formatAmsterdam, fromAmsterdamLocal, LEGAL_TIME_ZONE } from './time.js';
export type { Locale, Localized, Regime } from './types.js';
