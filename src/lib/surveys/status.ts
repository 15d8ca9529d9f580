// Whether a round takes answers: between its opening and closing dates (both days included, in the
// round's time zone) and not closed early by hand.
export type RoundStatus = 'scheduled' | 'open' | 'closed';

export interface RoundDates {
	opens_on: string;
	closes_on: string;
	time_zone: string;
	closed_at: string | null;
}

/** The calendar date (YYYY-MM-DD) it is at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
	try {
		return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
			now
		);
	} catch {
		return now.toISOString().slice(0, 10);
	}
}

export function roundStatus(round: RoundDates, now: Date = new Date()): RoundStatus {
	if (round.closed_at) return 'closed';
	const today = localDate(now, round.time_zone);
	if (today < round.opens_on) return 'scheduled';
	if (today > round.closes_on) return 'closed';
	return 'open';
}

export function isValidDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
