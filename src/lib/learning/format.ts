// Dates and times as a reader expects them: in their language and their time zone (Intl, no library).
export function formatDateTime(iso: string | Date, locale: string, timeZone: string): string {
	return new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
		timeZone
	}).format(new Date(iso));
}

export function formatTime(iso: string | Date, locale: string, timeZone: string): string {
	return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD), which has no time zone. */
export function formatDay(date: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${date}T12:00:00Z`));
}

export function formatShortDay(date: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
		new Date(`${date}T12:00:00Z`)
	);
}
