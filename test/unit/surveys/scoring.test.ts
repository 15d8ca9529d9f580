import { describe, expect, it } from 'vitest';
import { choiceItem, dimensionStats, likertItem, scaleItem } from '../../../src/lib/server/surveys/scoring';

describe('scoring counted answers', () => {
	it('scores a Likert item: mean, favourable (4–5), neutral and unfavourable, without "don’t know"', () => {
		const s = likertItem(
			[
				{ value: 5, count: 2 },
				{ value: 4, count: 1 },
				{ value: 2, count: 1 },
				{ value: null, count: 3 }
			],
			false
		);
		expect(s.n).toBe(4);
		expect(s.dontKnow).toBe(3);
		expect(s.mean).toBe(4);
		expect(s.favourable).toBe(0.75);
		expect(s.unfavourable).toBe(0.25);
		expect(s.neutral).toBe(0);
	});

	it('reverses a reverse-scored item, so agreeing with a negative statement counts against', () => {
		const s = likertItem(
			[
				{ value: 5, count: 3 },
				{ value: 1, count: 1 }
			],
			true
		);
		expect(s.counts).toEqual([1, 0, 0, 0, 3]);
		expect(s.oriented).toEqual([3, 0, 0, 0, 1]);
		expect(s.mean).toBe(2);
		expect(s.favourable).toBe(0.25);
	});

	it('pools a dimension’s items answer by answer', () => {
		const a = likertItem([{ value: 5, count: 2 }], false);
		const b = likertItem([{ value: 1, count: 2 }], true);
		const d = dimensionStats([a, b]);
		expect(d.n).toBe(4);
		expect(d.mean).toBe(5);
		expect(d.favourable).toBe(1);
	});

	it('has no score when nobody gave a value', () => {
		expect(likertItem([{ value: null, count: 5 }], false).mean).toBeNull();
		expect(dimensionStats([]).mean).toBeNull();
	});

	it('scores 0–10 scales and choice questions (shares of respondents)', () => {
		expect(
			scaleItem([
				{ value: 10, count: 1 },
				{ value: 0, count: 1 }
			]).mean
		).toBe(5);
		const c = choiceItem(
			'multiple',
			[
				{ value: 0, count: 4 },
				{ value: 2, count: 1 }
			],
			3,
			5
		);
		expect(c.counts).toEqual([4, 0, 1]);
		expect(c.shares).toEqual([0.8, 0, 0.2]);
	});
});
