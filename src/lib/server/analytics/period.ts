// The period hours are counted over and the day compliance is judged on. Pure: unit-tested with fixed dates.

export const DEFAULT_DAYS = 90;
/** Learning analytics count days in the organisation's working time zone, like the team's learning view. */
export const TIME_ZONE = 'Europe/Copenhagen';

export interface Period {
	/** YYYY-MM-DD, inclusive */
	from: string;
	/** YYYY-MM-DD, inclusive */
	to: string;
}

export function todayIn(timeZone = TIME_ZONE, now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function isDay(value: string | null | undefined): value is string {
	if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/**
 * The period asked for in the query (`from`, `to`), else the last DEFAULT_DAYS days up to today. A date that is no
 * date falls back to its default; a period given backwards is turned round.
 */
export function periodOf(query: URLSearchParams, today: string): Period {
	const to = isDay(query.get('to')) ? query.get('to')! : today;
	const from = isDay(query.get('from')) ? query.get('from')! : addDays(to, -(DEFAULT_DAYS - 1));
	return from <= to ? { from, to } : { from: to, to: from };
}

/** The query that asks for this period again: empty for the default one, so links stay short and few. */
export function periodQuery(period: Period, today: string): string {
	const fallback = periodOf(new URLSearchParams(), today);
	return period.from === fallback.from && period.to === fallback.to ? '' : `from=${period.from}&to=${period.to}`;
}

export type AssignmentStatus = 'done' | 'in_progress' | 'not_started' | 'overdue';

/** Overdue: the due date has passed (it is before today) and the module is not completed. */
export function assignmentStatus(
	a: { dueOn: string | null; startedAt: string | null; completedAt: string | null },
	today: string
): AssignmentStatus {
	if (a.completedAt) return 'done';
	if (a.dueOn && a.dueOn < today) return 'overdue';
	return a.startedAt ? 'in_progress' : 'not_started';
}

/** Minutes as hours with one decimal. */
export const hours = (minutes: number) => Math.round(minutes / 6) / 10;
