/**
 * motcua's domain: pure TypeScript, no framework. The working calendar, the dossier decider and
 * (later) the 766 formulas. Everything else calls this.
 */
export * from './calendar/calendar-config';
export * from './calendar/civil-date';
export * from './calendar/civil-service-calendar';
export * from './calendar/lunar';
export * from './calendar/reporting-days';
export * from './calendar/working-calendar';
export * from './dossier/commands';
export * from './dossier/deadlines';
export * from './dossier/decide';
export * from './dossier/allowed-commands';
export * from './dossier/dossier-code';
export { isDocument } from './dossier/guards';
export * from './dossier/events';
export * from './dossier/evolve';
export * from './dossier/refusal';
export * from './dossier/rule-sets';
export * from './dossier/state';
export * from './dossier/timeliness';
export * from './dossier/vocabulary';
export * from './process/internal-process';
export * from './process/step-visits';
export * from './process/control-slip';
export { unitsOf } from './process/decide-process';
export * from './index766/indicators';
export * from './index766/scorecard';
export * from './index766/timeliness-buckets';
export * from './index766/catalogue-counts';
export * from './index766/dossier-facts';
export * from './index766/period-figures';
export * from './index766/reporting-periods';
export * from './index766/indicator-dossiers';
export * from './slips/slip-forms';
export * from './slips/slip-content';
export * from './slips/slip-texts';
export * from './slips/issued-slips';
export * from './slips/vietnamese-dates';
export * from './slips/register';
export * from './dossier/e-result';
export * from './national-sync/portal-mapping';
export * from './national-sync/portal-messages';
