// Numbers and dates as people read them in their language (Intl), with one place for the rounding.
// Formatters are made once per locale: building an Intl formatter costs far more than using one, and a
// results page formats a number in every cell.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
	let f = cache.get(key) as T | undefined;
	if (!f) cache.set(key, (f = make()));
	return f;
}

export function formatScore(v: number | null | undefined, locale: string): string {
	if (v == null) return '–';
	return formatter(
		`score:${locale}`,
		() => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
	).format(v);
}

export function formatPercent(v: number | null | undefined, locale: string): string {
	if (v == null) return '–';
	return formatter(
		`percent:${locale}`,
		() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
	).format(v);
}

/** A calendar date (YYYY-MM-DD) as a readable date. */
export function formatDate(date: string, locale: string): string {
	const d = new Date(`${date}T12:00:00Z`);
	if (Number.isNaN(d.getTime())) return date;
	return formatter(
		`date:${locale}`,
		() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
	).format(d);
}

/** Heatmap shade for a score on 1–5: 0 (low) … 1 (high). */
export function scoreLevel(v: number | null | undefined): number {
	return v == null ? 0 : Math.min(1, Math.max(0, (v - 1) / 4));
}
