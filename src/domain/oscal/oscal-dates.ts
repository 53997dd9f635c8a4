// OSCAL timestamps need a time zone; our data carries calendar dates of varying precision.

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-23" -> "2026-11-23T00:00:00Z"; anything else is taken to be an OSCAL date-time already. */
export function oscalDateTime(dateOrDateTime: string): string {
  return FULL_DATE.test(dateOrDateTime) ? `${dateOrDateTime}T00:00:00Z` : dateOrDateTime;
}

/**
 * A publication date OSCAL can hold as "published": only a real calendar day in the years its pattern
 * accepts (1900-2999). "2019" or "2019-06" stay in our prop alone rather than gain a made-up day.
 */
export function oscalPublished(publicationDate: string | null): string | undefined {
  const match = publicationDate ? FULL_DATE.exec(publicationDate) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${publicationDate}T00:00:00Z` : undefined;
}

/** The calendar day an OSCAL date-time names, as written (in its own offset). */
export function calendarDay(dateTime: string): string | null {
  const day = dateTime.slice(0, 10);
  return FULL_DATE.test(day) ? day : null;
}
