import { describe, expect, it } from 'vitest';
import { currentStreak, dayIn, earnedBadges } from '../../../src/lib/server/bites/streaks';
import { isQuiet, localTime } from '../../../src/lib/server/bites/quiet-hours';

describe('streaks', () => {
	it('counts consecutive days up to today, or up to yesterday while today is still open', () => {
		expect(currentStreak(['2026-03-01', '2026-03-02', '2026-03-03'], '2026-03-03')).toBe(3);
		expect(currentStreak(['2026-03-01', '2026-03-02'], '2026-03-03')).toBe(2);
		expect(currentStreak(['2026-03-01'], '2026-03-03')).toBe(0);
		expect(currentStreak(['2026-02-28', '2026-03-01'], '2026-03-01')).toBe(2);
	});
	it('uses the person’s own calendar day', () => {
		expect(dayIn('2026-03-02T23:30:00Z', 'Europe/Copenhagen')).toBe('2026-03-03');
		expect(dayIn('2026-03-02T23:30:00Z', 'UTC')).toBe('2026-03-02');
	});
	it('awards badges by milestones', () => {
		expect(earnedBadges({ completed: 5, streak: 3, reviews: 9, perfectScores: 0 })).toEqual([
			'first_bite',
			'five_bites',
			'streak_3'
		]);
	});
});

describe('quiet hours', () => {
	it('span midnight', () => {
		expect(isQuiet('23:00', '18:00', '08:00')).toBe(true);
		expect(isQuiet('07:59', '18:00', '08:00')).toBe(true);
		expect(isQuiet('08:00', '18:00', '08:00')).toBe(false);
		expect(isQuiet('12:00', '12:00', '13:00')).toBe(true);
		expect(isQuiet('12:00', '09:00', '09:00')).toBe(false);
	});
	it('are read in the person’s time zone', () => {
		expect(localTime(new Date('2026-06-01T06:30:00Z'), 'Europe/Copenhagen')).toBe('08:30');
	});
});
