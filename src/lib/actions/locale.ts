// The reader's language as a catalogue locale (the catalogue ships the same four as the interface).
import { getLocale } from '$lib/paraglide/runtime.js';
import { isLocale, type Locale } from './catalogue/types';

export function currentLocale(): Locale {
	const l = getLocale();
	return isLocale(l) ? l : 'en';
}
