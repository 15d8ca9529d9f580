// Texts a survey author writes (titles, questions, options) exist in up to four languages. A reader gets
// their own language, else a fallback that is marked as such (with its `lang`, for screen readers).
export const SURVEY_LOCALES = ['da', 'en', 'nl', 'sv'] as const;
export type SurveyLocale = (typeof SURVEY_LOCALES)[number];
export type Texts = Partial<Record<SurveyLocale, string>>;

/** Fallback order after the reader's own language. */
const FALLBACK: SurveyLocale[] = ['en', 'da', 'sv', 'nl'];

export interface Picked {
	text: string;
	lang: SurveyLocale;
	/** true when the reader's language was missing and another was shown */
	fallback: boolean;
}

export function pickText(texts: Texts, locale: string): Picked {
	const own = texts[locale as SurveyLocale]?.trim();
	if (own) return { text: own, lang: locale as SurveyLocale, fallback: false };
	for (const l of FALLBACK) {
		const t = texts[l]?.trim();
		if (t) return { text: t, lang: l, fallback: true };
	}
	return { text: '', lang: locale as SurveyLocale, fallback: false };
}

export function textIn(texts: Texts, locale: string): string {
	return pickText(texts, locale).text;
}

/** Reads a stored JSON text object, tolerating anything malformed as "no text". */
export function parseTexts(json: string | null | undefined): Texts {
	if (!json) return {};
	try {
		const value = JSON.parse(json);
		if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
		const out: Texts = {};
		for (const l of SURVEY_LOCALES) if (typeof value[l] === 'string' && value[l].trim()) out[l] = value[l];
		return out;
	} catch {
		return {};
	}
}

export function serializeTexts(texts: Texts): string {
	const out: Texts = {};
	for (const l of SURVEY_LOCALES) {
		const t = texts[l]?.trim();
		if (t) out[l] = t;
	}
	return JSON.stringify(out);
}

export function parseOptions(json: string | null | undefined): Texts[] {
	if (!json) return [];
	try {
		const value = JSON.parse(json);
		return Array.isArray(value) ? value.map((v) => parseTexts(JSON.stringify(v))) : [];
	} catch {
		return [];
	}
}
