// A pair's recurring sessions: the dates the programme's cadence gives, in the schedule's own time zone,
// with single occurrences skipped or moved. The calendar feed says the same thing in RFC 5545 terms
// (RRULE, EXDATE, RECURRENCE-ID); the tests hold this expansion against an independent iCalendar parser.
import { TZDate } from '@date-fns/tz';
import type { Cadence } from '../db/schema';

export interface Series {
	/** YYYY-MM-DD: the first occurrence, local to timeZone */
	firstDate: string;
	/** HH:MM local */
	startTime: string;
	timeZone: string;
	cadence: Cadence;
	minutes: number;
	/** number of occurrences the rule makes (skipped ones count, as in RFC 5545), or null */
	count: number | null;
	/** YYYY-MM-DD inclusive, or null */
	until: string | null;
}

export interface ScheduleException {
	occurrenceDate: string;
	action: 'skip' | 'move';
	movedDate?: string | null;
	movedTime?: string | null;
}

export interface Occurrence {
	/** the original local date: the occurrence's identity (RECURRENCE-ID) */
	date: string;
	start: Date;
	end: Date;
	status: 'planned' | 'moved' | 'skipped';
}

/** Without count or end date a series runs on; views never look further than this many occurrences. */
export const MAX_OCCURRENCES = 520;

const pad = (n: number) => String(n).padStart(2, '0');

export function parseDate(date: string): { y: number; m: number; d: number } {
	const [y, m, d] = date.split('-').map(Number);
	return { y, m, d };
}

export function formatDate(y: number, m: number, d: number): string {
	const t = new Date(Date.UTC(y, m - 1, d));
	return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function addDays(date: string, days: number): string {
	const { y, m, d } = parseDate(date);
	return formatDate(y, m, d + days);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
	const { y, m, d } = parseDate(date);
	return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The instant a wall-clock time has in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
	const { y, m, d } = parseDate(date);
	const [hh, mm] = time.split(':').map(Number);
	return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

/** The local date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
	const t = new TZDate(instant.getTime(), timeZone);
	return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** Which weekday of its month a date is: 1–4, or -1 for a fifth (the month's last). */
export function monthlyPosition(date: string): number {
	const n = Math.ceil(parseDate(date).d / 7);
	return n >= 5 ? -1 : n;
}

/** The `position`-th `weekday` (ISO) of a month; -1 is the last. */
function nthWeekdayOfMonth(y: number, m: number, weekday: number, position: number): string {
	if (position > 0) {
		const first = isoWeekday(formatDate(y, m, 1));
		return formatDate(y, m, 1 + ((weekday - first + 7) % 7) + (position - 1) * 7);
	}
	const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
	const last = isoWeekday(formatDate(y, m, lastDay));
	return formatDate(y, m, lastDay - ((last - weekday + 7) % 7));
}

/** The dates the rule makes, in order, up to `horizon` (inclusive) at most. */
export function ruleDates(series: Series, horizon: string): string[] {
	const out: string[] = [];
	const limit = Math.min(series.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
	const { y, m } = parseDate(series.firstDate);
	const weekday = isoWeekday(series.firstDate);
	const position = monthlyPosition(series.firstDate);
	for (let i = 0; out.length < limit; i++) {
		let date: string;
		if (series.cadence === 'monthly') {
			const month = m - 1 + i;
			date = nthWeekdayOfMonth(y + Math.floor(month / 12), (month % 12) + 1, weekday, position);
		} else {
			date = addDays(series.firstDate, i * (series.cadence === 'weekly' ? 7 : 14));
		}
		if (series.until && date > series.until) break;
		if (date > horizon) break;
		out.push(date);
	}
	return out;
}

/** How many occurrences the rule makes in all, or null when it runs on. */
export function ruleCount(series: Series): number | null {
	if (series.count) return series.count;
	if (!series.until) return null;
	return ruleDates(series, series.until).length;
}

/** Moves may go this far from the original date. */
export const MAX_MOVE_DAYS = 60;

/**
 * Occurrences whose (possibly moved) start lies in [from, to), skipped ones included with their status,
 * so a view can offer to restore them.
 */
export function occurrences(series: Series, exceptions: ScheduleException[], from: Date, to: Date): Occurrence[] {
	const byDate = new Map(exceptions.map((e) => [e.occurrenceDate, e]));
	const horizon = addDays(localDate(to, series.timeZone), MAX_MOVE_DAYS + 1);
	const out: Occurrence[] = [];
	for (const date of ruleDates(series, horizon)) {
		const exception = byDate.get(date);
		let start = zonedInstant(date, series.startTime, series.timeZone);
		let status: Occurrence['status'] = 'planned';
		if (exception?.action === 'skip') status = 'skipped';
		else if (exception?.action === 'move' && exception.movedDate && exception.movedTime) {
			start = zonedInstant(exception.movedDate, exception.movedTime, series.timeZone);
			status = 'moved';
		}
		if (start >= from && start < to)
			out.push({ date, start, end: new Date(start.getTime() + series.minutes * 60_000), status });
	}
	return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Whether `date` is one of the rule's occurrence dates. */
export function isRuleDate(series: Series, date: string): boolean {
	return ruleDates(series, date).includes(date);
}
