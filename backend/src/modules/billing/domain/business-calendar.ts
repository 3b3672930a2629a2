import { addDays, fromDayNumber, toDayNumber } from '../../../shared-kernel/business-date.js';

/*
 * Bank business days. A boleto or PIX charge due on a Saturday, Sunday or national bank holiday is payable
 * on the next business day without fine or interest (Resolução CMN 4.282/2013 / FEBRABAN practice); the ISP
 * may add local holidays (municipal, state) where its subscribers pay. National bank holidays: Lei 662/1949,
 * Lei 6.802/1980, Lei 10.607/2002, Lei 14.759/2023 (Consciência Negra), plus Carnaval (Monday and Tuesday) and
 * Corpus Christi, on which banks do not open (FEBRABAN calendar), and Good Friday.
 */

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Holiday {
  date: string;
  name: string;
}

/** The national bank holidays of a year, in date order. */
export function nationalBankHolidays(year: number): Holiday[] {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: `${y}-01-01`, name: 'Confraternização Universal' },
    { date: addDays(easter, -48), name: 'Carnaval (segunda-feira)' },
    { date: addDays(easter, -47), name: 'Carnaval (terça-feira)' },
    { date: addDays(easter, -2), name: 'Sexta-feira Santa' },
    { date: `${y}-04-21`, name: 'Tiradentes' },
    { date: `${y}-05-01`, name: 'Dia do Trabalho' },
    { date: addDays(easter, 60), name: 'Corpus Christi' },
    { date: `${y}-09-07`, name: 'Independência do Brasil' },
    { date: `${y}-10-12`, name: 'Nossa Senhora Aparecida' },
    { date: `${y}-11-02`, name: 'Finados' },
    { date: `${y}-11-15`, name: 'Proclamação da República' },
    { date: `${y}-12-25`, name: 'Natal' },
  ];
  if (year >= 2024) list.push({ date: `${y}-11-20`, name: 'Dia Nacional de Zumbi e da Consciência Negra' });
  return list.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
}

/** Weekends, national bank holidays and the company's local holidays. */
export class BusinessCalendar {
  private readonly cache = new Map<number, Set<string>>();

  constructor(private readonly localHolidays: readonly string[] = []) {}

  private holidays(year: number): Set<string> {
    let set = this.cache.get(year);
    if (!set) {
      set = new Set([...nationalBankHolidays(year).map((h) => h.date), ...this.localHolidays.filter((d) => d.startsWith(`${year}-`))]);
      this.cache.set(year, set);
    }
    return set;
  }

  isBusinessDay(date: string): boolean {
    const weekday = (toDayNumber(date) + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    if (weekday === 0 || weekday === 6) return false;
    return !this.holidays(Number(date.slice(0, 4))).has(date);
  }

  /** The date itself when it is a business day, else the next one. */
  nextBusinessDay(date: string): string {
    let day = toDayNumber(date);
    while (!this.isBusinessDay(fromDayNumber(day))) day++;
    return fromDayNumber(day);
  }
}
