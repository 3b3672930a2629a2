/*
 * What other modules may import from collections: pure rules (no Nest, no I/O) and integration event types.
 */
export { splitSuspendedDaysCredit, suspendedDaysCredit, suspendedDaysCreditLines, type SuspendedDaysCreditLine, type SuspensionPeriod } from './domain/suspended-days-credit.js';
export type { ServiceRestoredV1, ServiceRestrictionV1 } from './integration-events.js';
