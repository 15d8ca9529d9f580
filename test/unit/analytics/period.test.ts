// The period of the analytics and the status of an assignment, with fixed dates.
import { describe, expect, it } from 'vitest';
import { assignmentStatus, periodOf, periodQuery } from '../../../src/lib/server/analytics/period';

const q = (params: Record<string, string>) => new URLSearchParams(params);

describe('periodOf', () => {
	it('is the last 90 days up to today by default', () => {
		expect(periodOf(q({}), '2026-06-01')).toEqual({ from: '2026-03-04', to: '2026-06-01' });
		expect(periodQuery({ from: '2026-03-04', to: '2026-06-01' }, '2026-06-01')).toBe('');
	});

	it('takes the dates asked for, turns a backwards period round and ignores a date that is no date', () => {
		expect(periodOf(q({ from: '2026-01-01', to: '2026-01-31' }), '2026-06-01')).toEqual({
			from: '2026-01-01',
			to: '2026-01-31'
		});
		expect(periodOf(q({ from: '2026-02-01', to: '2026-01-01' }), '2026-06-01')).toEqual({
			from: '2026-01-01',
			to: '2026-02-01'
		});
		expect(periodOf(q({ from: '2026-02-30', to: 'x' }), '2026-06-01')).toEqual({
			from: '2026-03-04',
			to: '2026-06-01'
		});
		expect(periodQuery({ from: '2026-01-01', to: '2026-01-31' }, '2026-06-01')).toBe('from=2026-01-01&to=2026-01-31');
	});
});

describe('assignmentStatus', () => {
	const none = { startedAt: null, completedAt: null };
	it('is overdue only after the due date, and never once completed', () => {
		expect(assignmentStatus({ ...none, dueOn: '2026-06-01' }, '2026-06-01')).toBe('not_started');
		expect(assignmentStatus({ ...none, dueOn: '2026-05-31' }, '2026-06-01')).toBe('overdue');
		expect(assignmentStatus({ dueOn: '2026-05-31', startedAt: 'x', completedAt: null }, '2026-06-01')).toBe('overdue');
		expect(assignmentStatus({ dueOn: '2026-05-31', startedAt: 'x', completedAt: 'y' }, '2026-06-01')).toBe('done');
		expect(assignmentStatus({ dueOn: null, startedAt: 'x', completedAt: null }, '2026-06-01')).toBe('in_progress');
	});
});
