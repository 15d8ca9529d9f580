// Messages in a given person's language (not the request's): emails, calendar titles. The translation itself
// is the server's (i18n.ts); notifications add how their parameters read.
import type { Locale } from '../i18n';

export { asLocale, translateIn, LOCALES, type Locale } from '../i18n';

/** Parameters named `when` (an ISO instant) are shown as a date and time in the reader's zone. */
export function formatParams(params: Record<string, string>, locale: Locale, timeZone: string): Record<string, string> {
	const out = { ...params };
	if (out.when) {
		out.when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
			new Date(out.when)
		);
	}
	return out;
}
