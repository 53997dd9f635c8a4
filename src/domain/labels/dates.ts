// Calendar dates on labels are whole days (YYYY-MM-DD) read in UTC: "supported until 31 March 2029" means to
// the end of that day, so support ends at the first instant of the next day. JWT times are whole seconds.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The first instant after the given day (UTC): the moment a support period ending on that day is over. */
export function endOfDay(isoDate: string): Date {
  const m = ISO_DATE.exec(isoDate);
  if (!m || !isIsoDate(isoDate)) throw new RangeError(`not a calendar date: ${isoDate}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
}

export function toSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** The calendar day (UTC) an instant falls on. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The last day a label whose `exp` is this (exclusive, in seconds) is still good on. */
export function lastDayBefore(expSeconds: number): string {
  return dayOf(new Date(expSeconds * 1000 - 1000));
}
