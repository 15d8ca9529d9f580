// Streaks: consecutive days with learning (a module step, a completion or a review). Pure.

/** `days` are YYYY-MM-DD in the learner's time zone; a streak still counts until today ends. */
export function currentStreak(days: Iterable<string>, today: string): number {
	const set = new Set(days);
	const step = (d: string, n: number) => {
		const t = new Date(d + 'T12:00:00Z');
		t.setUTCDate(t.getUTCDate() + n);
		return t.toISOString().slice(0, 10);
	};
	let day = set.has(today) ? today : step(today, -1);
	let count = 0;
	while (set.has(day)) {
		count++;
		day = step(day, -1);
	}
	return count;
}

/** The calendar day of an instant in a time zone. */
export function dayIn(instant: Date | string, timeZone: string): string {
	try {
		return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
			new Date(instant)
		);
	} catch {
		return new Date(instant).toISOString().slice(0, 10);
	}
}

export const BADGES = ['first_bite', 'five_bites', 'streak_3', 'streak_7', 'review_10', 'perfect_quiz'] as const;
export type Badge = (typeof BADGES)[number];

/** Which badges these numbers have earned. */
export function earnedBadges(stats: {
	completed: number;
	streak: number;
	reviews: number;
	perfectScores: number;
}): Badge[] {
	const out: Badge[] = [];
	if (stats.completed >= 1) out.push('first_bite');
	if (stats.completed >= 5) out.push('five_bites');
	if (stats.streak >= 3) out.push('streak_3');
	if (stats.streak >= 7) out.push('streak_7');
	if (stats.reviews >= 10) out.push('review_10');
	if (stats.perfectScores >= 1) out.push('perfect_quiz');
	return out;
}
