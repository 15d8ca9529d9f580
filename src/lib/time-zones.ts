// The IANA time zones a person can pick (a searchable list in forms) and the server accepts: the
// runtime's canonical list, plus UTC (which some runtimes leave out of it). Intl.DateTimeFormat alone
// would also take "europe/copenhagen", "EST" or "CET", which then reach calendar feeds as written.
const listed: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export const TIME_ZONES: readonly string[] = listed.includes('UTC') ? listed : [...listed, 'UTC'].sort();

const known = new Set(TIME_ZONES);

export function isTimeZone(value: string): boolean {
	return known.has(value);
}
