// Translated names for the bites module's fixed values (badges, card kinds, quiz kinds, languages).
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';

export function badgeLabel(badge: string): string {
	switch (badge) {
		case 'first_bite':
			return m.bites_badge_first_bite();
		case 'five_bites':
			return m.bites_badge_five_bites();
		case 'streak_3':
			return m.bites_badge_streak_3();
		case 'streak_7':
			return m.bites_badge_streak_7();
		case 'review_10':
			return m.bites_badge_review_10();
		case 'perfect_quiz':
			return m.bites_badge_perfect_quiz();
		default:
			return badge;
	}
}

export function cardKindLabel(kind: string): string {
	switch (kind) {
		case 'text':
			return m.bites_kind_text();
		case 'image':
			return m.bites_kind_image();
		case 'video':
			return m.bites_kind_video();
		case 'audio':
			return m.bites_kind_audio();
		case 'download':
			return m.bites_kind_download();
		default:
			return m.bites_kind_quiz();
	}
}

export function quizKindLabel(kind: string | null): string {
	return kind === 'multiple'
		? m.bites_quiz_multiple()
		: kind === 'truefalse'
			? m.bites_quiz_truefalse()
			: m.bites_quiz_single();
}

export function languageLabel(code: string): string {
	return code === 'da' ? 'Dansk' : code === 'nl' ? 'Nederlands' : code === 'sv' ? 'Svenska' : 'English';
}

/** A calendar day ("2031-03-05") as the app writes dates everywhere: the medium date style of the reader's language. */
export function formatDay(day: string, locale = getLocale()): string {
	const d = new Date(`${day}T12:00:00Z`);
	return isNaN(d.getTime()) ? day : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** A file size as a reader reads it: "12 kB", "1,4 MB" (decimal units, in the reader's number format). */
export function formatBytes(bytes: number, locale: string = getLocale()): string {
	const [value, unit] =
		bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1000 ? [bytes / 1000, 'kilobyte'] : [bytes, 'byte'];
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 ? 1 : 0
	}).format(value);
}

/** The short name of a downloadable document's type, from its file name. */
export function documentType(fileName: string | null | undefined): string {
	const ext = (fileName ?? '').split('.').pop()?.toLowerCase();
	return ext === 'docx' ? 'Word' : ext === 'xlsx' ? 'Excel' : 'PDF';
}
