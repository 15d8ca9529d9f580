import { describe, expect, it } from 'vitest';
import { circleRounds } from '../../../src/lib/server/learning/rotation';

const key = (a: string, b: string) => [a, b].sort().join('|');

describe('peer-feedback rotation (circle method)', () => {
	for (let n = 2; n <= 12; n++) {
		it(`never repeats a pair before all ${n} people have met each other`, () => {
			const people = Array.from({ length: n }, (_, i) => `p${i}`);
			const rounds = circleRounds(people);
			expect(rounds.length).toBe(n % 2 === 0 ? n - 1 : n);
			const met = new Set<string>();
			for (const round of rounds) {
				const inRound = new Set<string>();
				for (const [a, b] of round.pairs) {
					expect(a).not.toBe(b);
					expect(met.has(key(a, b)), `${a} and ${b} meet twice`).toBe(false);
					met.add(key(a, b));
					expect(inRound.has(a) || inRound.has(b), 'someone has two partners in one round').toBe(false);
					inRound.add(a).add(b);
				}
				// Everybody takes part in every round, except the one who sits out in an odd circle.
				expect(inRound.size).toBe(n % 2 === 0 ? n : n - 1);
				if (n % 2 === 1) expect(round.bye && !inRound.has(round.bye)).toBe(true);
				else expect(round.bye).toBeNull();
			}
			expect(met.size).toBe((n * (n - 1)) / 2);
		});
	}

	it('gives each person in an odd circle exactly one bye', () => {
		const rounds = circleRounds(['a', 'b', 'c', 'd', 'e']);
		expect(rounds.map((r) => r.bye).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});
