// The built-in catalogue with its text in every language. Organisations add their own actions on top
// (server module, `action_custom` table); both are served through the same `CatalogueAction` shape.
import { ENTRIES } from './entries';
import { da } from './da';
import { en } from './en';
import { nl } from './nl';
import { sv } from './sv';
import type { CatalogueEntry, CatalogueText, CatalogueTexts, Locale } from './types';

export * from './types';
export { ENTRIES };

export const TEXTS: Record<Locale, CatalogueTexts> = { en, da, nl, sv };

/** A catalogue action as the pages show it: facts plus the text in one language. */
export interface CatalogueAction extends CatalogueEntry, CatalogueText {
	/** `builtin` for ours, `custom` for one the organisation wrote (in its own language) */
	source: 'builtin' | 'custom';
}

const byId = new Map(ENTRIES.map((e) => [e.id, e]));

export function builtinEntry(id: string): CatalogueEntry | undefined {
	return byId.get(id);
}

/** The text in the asked language; English if a language lacks it (a test keeps that from happening). */
export function builtinText(id: string, locale: Locale): CatalogueText | undefined {
	return TEXTS[locale]?.[id] ?? TEXTS.en[id];
}

export function builtinAction(id: string, locale: Locale): CatalogueAction | undefined {
	const entry = byId.get(id);
	const text = entry && builtinText(id, locale);
	return entry && text ? { ...entry, ...text, source: 'builtin' } : undefined;
}

export function builtinCatalogue(locale: Locale): CatalogueAction[] {
	return ENTRIES.map((e) => builtinAction(e.id, locale)!);
}

/** An action's title in every language, for live views that each reader shows in their own. */
export function builtinTitles(id: string): Record<Locale, string> | undefined {
	if (!byId.has(id)) return undefined;
	return { en: TEXTS.en[id].title, da: TEXTS.da[id].title, nl: TEXTS.nl[id].title, sv: TEXTS.sv[id].title };
}
