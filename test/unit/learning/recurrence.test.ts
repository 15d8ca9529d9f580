import { describe, expect, it } from 'vitest';
import {
	occurrences,
	ruleCount,
	ruleDates,
	zonedInstant,
	type Series
} from '../../../src/lib/server/learning/recurrence';

const weekly: Series = {
	firstDate: '2026-03-10',
	startTime: '09:00',
	timeZone: 'Europe/Copenhagen',
	cadence: 'weekly',
	minutes: 45,
	count: 6,
	until: null
};

describe('recurring sessions', () => {
	it('keeps the local time across the spring daylight-saving change', () => {
		const all = occurrences(weekly, [], new Date('2026-01-01'), new Date('2027-01-01'));
		expect(all.map((o) => o.start.toISOString())).toEqual([
			'2026-03-10T08:00:00.000Z',
			'2026-03-17T08:00:00.000Z',
			'2026-03-24T08:00:00.000Z',
			'2026-03-31T07:00:00.000Z',
			'2026-04-07T07:00:00.000Z',
			'2026-04-14T07:00:00.000Z'
		]);
	});

	it('skips and moves single occurrences; skipped ones still count toward the number of sessions', () => {
		const all = occurrences(
			weekly,
			[
				{ occurrenceDate: '2026-03-17', action: 'skip' },
				{ occurrenceDate: '2026-03-31', action: 'move', movedDate: '2026-04-01', movedTime: '13:30' }
			],
			new Date('2026-01-01'),
			new Date('2027-01-01')
		);
		expect(all.map((o) => [o.date, o.status, o.start.toISOString()])).toEqual([
			['2026-03-10', 'planned', '2026-03-10T08:00:00.000Z'],
			['2026-03-17', 'skipped', '2026-03-17T08:00:00.000Z'],
			['2026-03-24', 'planned', '2026-03-24T08:00:00.000Z'],
			['2026-03-31', 'moved', '2026-04-01T11:30:00.000Z'],
			['2026-04-07', 'planned', '2026-04-07T07:00:00.000Z'],
			['2026-04-14', 'planned', '2026-04-14T07:00:00.000Z']
		]);
	});

	it('runs every two weeks up to an end date, inclusive', () => {
		const s: Series = { ...weekly, cadence: 'biweekly', count: null, until: '2026-04-21' };
		expect(ruleDates(s, '2030-01-01')).toEqual(['2026-03-10', '2026-03-24', '2026-04-07', '2026-04-21']);
		expect(ruleCount(s)).toBe(4);
	});

	it('meets monthly on the same weekday of the month, and on the last one for a fifth', () => {
		expect(ruleDates({ ...weekly, cadence: 'monthly', count: 4 }, '2030-01-01')).toEqual([
			'2026-03-10',
			'2026-04-14',
			'2026-05-12',
			'2026-06-09'
		]);
		expect(ruleDates({ ...weekly, firstDate: '2026-03-31', cadence: 'monthly', count: 3 }, '2030-01-01')).toEqual([
			'2026-03-31',
			'2026-04-28',
			'2026-05-26'
		]);
	});

	it('turns a wall-clock time into the right instant in autumn too', () => {
		expect(zonedInstant('2026-10-24', '09:00', 'Europe/Copenhagen').toISOString()).toBe('2026-10-24T07:00:00.000Z');
		expect(zonedInstant('2026-10-26', '09:00', 'Europe/Copenhagen').toISOString()).toBe('2026-10-26T08:00:00.000Z');
	});
});
