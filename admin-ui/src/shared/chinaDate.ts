/** China civil dates ('YYYY-MM-DD', Asia/Shanghai), as the API uses for due dates and calendar days. */
const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function chinaDateOf(instant: Date): string {
  return FORMAT.format(instant);
}

export function chinaToday(): string {
  return chinaDateOf(new Date());
}

/** The civil date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** First day of the month of `date`. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}
