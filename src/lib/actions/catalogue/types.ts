// The vocabulary of the action catalogue, shared by the server, the pages and the tests.
// Dimension ids are the survey instrument's own keys: a survey result and a catalogue action meet on them.
import { DIMENSION_KEYS, type DimensionKey } from '../../surveys/instrument';

/** The four things that promote a good learning environment (see PRODUCT.md). */
export const FACTORS = ['shared_concern', 'culture_routines', 'open_talk', 'interplay'] as const;
export type Factor = (typeof FACTORS)[number];

export const DIMENSIONS = DIMENSION_KEYS;
export type DimensionId = DimensionKey;

/** Who drives the action day to day. */
export const DRIVERS = ['leader', 'team', 'individual'] as const;
export type Driver = (typeof DRIVERS)[number];

export const EFFORTS = ['S', 'M', 'L'] as const;
export type Effort = (typeof EFFORTS)[number];

export const LOCALES = ['en', 'da', 'nl', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language-neutral facts about one catalogue action. */
export interface CatalogueEntry {
	id: string;
	/** the factors it serves, strongest first */
	factors: Factor[];
	/** the survey dimensions it serves, primary first */
	dimensions: DimensionId[];
	driver: Driver;
	effort: Effort;
	/** weeks until a team usually notices a first effect */
	firstEffectWeeks: number;
}

/** One action's text in one language. */
export interface CatalogueText {
	title: string;
	why: string;
	/** three to six concrete steps */
	how: string[];
	/** a suggested indicator that tells whether it is happening */
	indicator: string;
}

export type CatalogueTexts = Record<string, CatalogueText>;

export function isFactor(v: unknown): v is Factor {
	return typeof v === 'string' && (FACTORS as readonly string[]).includes(v);
}
export function isDimension(v: unknown): v is DimensionId {
	return typeof v === 'string' && (DIMENSIONS as readonly string[]).includes(v);
}
export function isLocale(v: unknown): v is Locale {
	return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}
