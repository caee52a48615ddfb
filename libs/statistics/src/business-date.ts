/** 'YYYY-MM-DD' of an instant in a time zone (the business calendar day). */
export function businessDate(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
