// The words for programme kinds, roles and cadences, from the message catalogue.
import { m } from '$lib/paraglide/messages.js';

export type Kind = 'buddy' | 'mentoring' | 'peer';
export type Role = 'guide' | 'learner' | 'peer';
export type Cadence = 'weekly' | 'biweekly' | 'monthly';

export function kindLabel(kind: Kind): string {
	return kind === 'buddy'
		? m.learning_kind_buddy()
		: kind === 'mentoring'
			? m.learning_kind_mentoring()
			: m.learning_kind_peer();
}

export function roleLabel(kind: Kind, role: Role): string {
	if (role === 'peer') return m.learning_role_peer();
	if (kind === 'buddy') return role === 'guide' ? m.learning_role_buddy() : m.learning_role_newcomer();
	return role === 'guide' ? m.learning_role_mentor() : m.learning_role_mentee();
}

export function cadenceLabel(cadence: Cadence): string {
	return cadence === 'weekly'
		? m.learning_cadence_weekly()
		: cadence === 'biweekly'
			? m.learning_cadence_biweekly()
			: m.learning_cadence_monthly();
}

export function statusLabel(status: 'planned' | 'moved' | 'skipped'): string {
	return status === 'planned'
		? m.learning_status_planned()
		: status === 'moved'
			? m.learning_status_moved()
			: m.learning_status_skipped();
}

export function weekdayLabel(day: number, locale: string): string {
	// 2024-01-01 was a Monday.
	return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}
