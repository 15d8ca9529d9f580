import { describe, expect, it } from 'vitest';
import { circleRounds, roundsFor } from '../../../src/lib/server/learning/rotation';

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
				if (n % 2 === 1) expect(round.sittingOut.length === 1 && !inRound.has(round.sittingOut[0])).toBe(true);
				else expect(round.sittingOut).toEqual([]);
			}
			expect(met.size).toBe((n * (n - 1)) / 2);
		});
	}

	it('gives each person in an odd circle exactly one bye', () => {
		const rounds = circleRounds(['a', 'b', 'c', 'd', 'e']);
		expect(rounds.flatMap((r) => r.sittingOut).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	for (let n = 2; n <= 9; n++) {
		it(`never pairs an excluded pair in a circle of ${n}, and every other pair still meets once`, () => {
			const people = Array.from({ length: n }, (_, i) => `p${i}`);
			const never = key('p0', `p${n - 1}`);
			const rounds = circleRounds(people, (a, b) => key(a, b) === never);
			const met = rounds.flatMap((r) => r.pairs.map(([a, b]) => key(a, b)));
			expect(met).not.toContain(never);
			expect(new Set(met).size).toBe(met.length);
			expect(met.length).toBe((n * (n - 1)) / 2 - 1);
			for (const r of rounds) expect(r.pairs.length).toBeGreaterThan(0);
		});
	}

	it('starts the rotation again when there are more sessions than rounds', () => {
		const rotation = circleRounds(['a', 'b', 'c', 'd', 'e']);
		const six = roundsFor(rotation, 6);
		expect(six.length).toBe(6);
		expect(six[5]).toEqual(rotation[0]);
		expect(roundsFor(rotation, 3)).toEqual(rotation.slice(0, 3));
	});
});
