// Translated names for the catalogue's vocabulary, for pages and components (one place, so every
// page says "Buddy training" the same way in every language).
import { m } from '$lib/paraglide/messages.js';
import type { DimensionId, Driver, Effort, Factor } from './catalogue/types';
import { dimensionByKey } from '$lib/surveys/instrument';
import { currentLocale } from './locale';
import type { DidIt, Helped, Status } from './live';

const factors: Record<Factor | 'none', () => string> = {
	shared_concern: m.actions_factor_shared_concern,
	culture_routines: m.actions_factor_culture_routines,
	open_talk: m.actions_factor_open_talk,
	interplay: m.actions_factor_interplay,
	none: m.actions_factor_none
};
const drivers: Record<Driver, () => string> = {
	leader: m.actions_driver_leader,
	team: m.actions_driver_team,
	individual: m.actions_driver_individual
};
const efforts: Record<Effort, () => string> = { S: m.actions_effort_s, M: m.actions_effort_m, L: m.actions_effort_l };
const statuses: Record<Status, () => string> = {
	planned: m.actions_status_planned,
	doing: m.actions_status_doing,
	done: m.actions_status_done,
	dropped: m.actions_status_dropped
};
const didIt: Record<DidIt, () => string> = {
	yes: m.actions_did_it_yes,
	partly: m.actions_did_it_partly,
	no: m.actions_did_it_no
};
const helped: Record<Helped, () => string> = {
	yes: m.actions_helped_yes,
	somewhat: m.actions_helped_somewhat,
	no: m.actions_helped_no,
	unsure: m.actions_helped_unsure
};

export const factorLabel = (f: Factor | 'none') => factors[f]();
/** A dimension is named as the survey instrument names it: one name on results, catalogue and plan. */
export const dimensionLabel = (d: DimensionId) => dimensionByKey(d)?.name[currentLocale()] ?? d;
export const driverLabel = (d: Driver) => drivers[d]();
export const effortLabel = (e: Effort) => efforts[e]();
export const statusLabel = (s: Status) => statuses[s]();
export const didItLabel = (v: DidIt) => didIt[v]();
export const helpedLabel = (v: Helped) => helped[v]();

/** A calendar date (YYYY-MM-DD) or timestamp in the reader's language, e.g. "3 Mar 2025". */
export function formatDate(value: string, locale: string): string {
	const date = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
		date
	);
}

export function formatScore(value: number, locale: string): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Today as YYYY-MM-DD in the organisation's part of the world (the demo and first users are Nordic). */
export function todayIn(timeZone = 'Europe/Copenhagen', now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
