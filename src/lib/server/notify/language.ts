// Messages in a given person's language (not the request's): emails, calendar titles. Paraglide's
// message functions take the locale as an option.
import { m } from '$lib/paraglide/messages.js';

export const LOCALES = ['en', 'da', 'nl', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];

type MessageFn = (params?: Record<string, unknown>, options?: { locale?: Locale }) => string;

export function asLocale(value: string | null | undefined): Locale {
	return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : 'en';
}

export function translateIn(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
	const fn = (m as unknown as Record<string, MessageFn | undefined>)[key];
	return fn ? fn(params, { locale }) : key;
}

/** Parameters named `when` (an ISO instant) are shown as a date and time in the reader's zone. */
export function formatParams(params: Record<string, string>, locale: Locale, timeZone: string): Record<string, string> {
	const out = { ...params };
	if (out.when) {
		out.when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(out.when));
	}
	return out;
}
