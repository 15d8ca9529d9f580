import { describe, expect, it } from 'vitest';
import {
	commentMinimum,
	minimumGroupSize,
	parentShown,
	suppressedGroups
} from '../../../src/lib/server/surveys/anonymity';

const g = (id: string, n: number) => ({ id, n });

describe('the minimum group size', () => {
	it('is five by default and never below three, whatever is set', () => {
		expect(minimumGroupSize(undefined)).toBe(5);
		expect(minimumGroupSize(null)).toBe(5);
		expect(minimumGroupSize(2)).toBe(3);
		expect(minimumGroupSize(-10)).toBe(3);
		expect(minimumGroupSize(8)).toBe(8);
	});

	it('asks more of comments than of numbers', () => {
		expect(commentMinimum(5)).toBe(8);
		expect(commentMinimum(3)).toBeGreaterThan(3);
		expect(commentMinimum(1)).toBe(6);
	});

	it('shows the whole round only from the minimum up', () => {
		expect(parentShown(4, 5)).toBe(false);
		expect(parentShown(5, 5)).toBe(true);
	});
});

describe('suppression of sibling groups', () => {
	it('hides a group below the minimum and shows one at it', () => {
		expect([...suppressedGroups([g('a', 4)], 5)]).toEqual(['a']);
		expect([...suppressedGroups([g('a', 5)], 5)]).toEqual([]);
	});

	it('hides the next smallest sibling when one is hidden, so the total minus the rest reveals nothing', () => {
		const hidden = suppressedGroups([g('small', 2), g('mid', 6), g('big', 20)], 5);
		expect([...hidden].sort()).toEqual(['mid', 'small']);
	});

	it('keeps hiding until the hidden groups together reach the minimum', () => {
		// 1 + 1 + 2 hidden (4 < 5) → the 5 is hidden too (9), the 30 stays.
		const hidden = suppressedGroups([g('a', 1), g('b', 1), g('c', 2), g('d', 5), g('e', 30)], 5);
		expect([...hidden].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('needs no second hidden group when the hidden ones already reach the minimum together', () => {
		const hidden = suppressedGroups([g('a', 3), g('b', 4), g('c', 9)], 5);
		expect([...hidden].sort()).toEqual(['a', 'b']);
	});

	it('treats empty groups as nothing to protect', () => {
		expect([...suppressedGroups([g('empty', 0), g('a', 7), g('b', 9)], 5)]).toEqual(['empty']);
	});

	it('never leaves a hidden remainder below the minimum, for any sizes (property check)', () => {
		let seed = 7;
		let visibleChecked = 0;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let run = 0; run < 2000; run++) {
			const min = 3 + Math.floor(rnd() * 5);
			const groups = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, i) => g(`t${i}`, Math.floor(rnd() * 12)));
			const hidden = suppressedGroups(groups, min);
			const remainder = groups.filter((x) => hidden.has(x.id)).reduce((s, x) => s + x.n, 0);
			const visible = groups.filter((x) => !hidden.has(x.id));
			for (const x of visible) expect(x.n).toBeGreaterThanOrEqual(min);
			visibleChecked += visible.length;
			if (visible.length > 0) expect(remainder === 0 || remainder >= min).toBe(true);
		}
		expect(visibleChecked).toBeGreaterThan(0);
	});

	it('decides the same way however the groups are listed', () => {
		const a = suppressedGroups([g('x', 2), g('y', 6), g('z', 6)], 5);
		const b = suppressedGroups([g('z', 6), g('y', 6), g('x', 2)], 5);
		expect([...a].sort()).toEqual([...b].sort());
	});
});

describe('a round’s remainder (answers never published under a team)', () => {
	it('is never shown on its own, and counts as hidden when the next smallest sibling must go', () => {
		// A remainder of 7 is large enough: the teams stay visible.
		expect([...suppressedGroups([g('a', 5), g('b', 10), g('remainder', 7)], 5, new Set(['remainder']))].sort()).toEqual(
			['remainder']
		);
		// A remainder of 3 (an admin raised the minimum after it was published) takes the smallest team with it.
		expect([...suppressedGroups([g('a', 5), g('b', 10), g('remainder', 3)], 5, new Set(['remainder']))].sort()).toEqual(
			['a', 'remainder']
		);
	});
});
