// Server-side translation of catalogue keys: in the request's language (errors thrown by modules carry keys,
// not text), or in a given person's language (emails, calendar titles: Paraglide's message functions take the
// locale as an option).
import { m } from '$lib/paraglide/messages.js';

type MessageFn = (params?: Record<string, unknown>, options?: { locale?: Locale }) => string;

export const LOCALES = ['en', 'da', 'nl', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];

export function translate(key: string, params?: Record<string, unknown>): string {
	const fn = (m as unknown as Record<string, MessageFn | undefined>)[key];
	return fn ? fn(params ?? {}) : key;
}

export function asLocale(value: string | null | undefined): Locale {
	return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : 'en';
}

export function translateIn(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
	const fn = (m as unknown as Record<string, MessageFn | undefined>)[key];
	return fn ? fn(params, { locale }) : key;
}
