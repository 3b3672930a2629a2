import { isBusinessDate } from '../../../shared-kernel/business-date.js';
import { DomainError } from './domain-error.js';

/* Business dates ('YYYY-MM-DD', São Paulo): the shared kernel's arithmetic, plus the contracts context's validation error. */
export { isBusinessDate, toDayNumber, fromDayNumber, daysBetween, addDays, daysInMonth, addMonths, saoPauloDate } from '../../../shared-kernel/business-date.js';

export function assertBusinessDate(value: string, field: string): string {
  if (typeof value !== 'string' || !isBusinessDate(value)) throw new DomainError('contract.invalid-date', { field, reason: 'a date YYYY-MM-DD' });
  return value;
}
