// Words and numbers of the learning analytics pages, in the reader's language.
import { m } from '$lib/paraglide/messages.js';

export type AssignmentStatus = 'done' | 'in_progress' | 'not_started' | 'overdue';

export function statusLabel(status: AssignmentStatus): string {
	return {
		done: m.analytics_status_done(),
		in_progress: m.analytics_status_in_progress(),
		not_started: m.analytics_status_not_started(),
		overdue: m.analytics_status_overdue()
	}[status];
}

/** Minutes as hours with one decimal, e.g. "2,5" in Danish. */
export function formatHours(minutes: number, locale: string): string {
	return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
		Math.round(minutes / 6) / 10
	);
}
