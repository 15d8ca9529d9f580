import { describe, expect, it } from 'vitest';
import {
	objective,
	suggestPairs,
	type Guide,
	type PairingInput,
	type Person
} from '../../../src/lib/server/learning/pairing';

/** Every way to give each learner one guide or none, the best value kept: the reference answer. */
function bruteForce(input: PairingInput): number {
	let best = Number.NEGATIVE_INFINITY;
	const choices = [undefined, ...input.guides.map((g) => g.id)];
	const assign = (i: number, current: Map<string, string>) => {
		if (i === input.learners.length) {
			const value = objective(input, current);
			if (value !== null && value > best) best = value;
			return;
		}
		for (const choice of choices) {
			const next = new Map(current);
			if (choice) next.set(input.learners[i].id, choice);
			assign(i + 1, next);
		}
	};
	assign(0, new Map());
	return best;
}

/** A small deterministic random source, so a failure can be replayed. */
function rng(seed: number) {
	return () => {
		seed = (seed * 1664525 + 1013904223) % 4294967296;
		return seed / 4294967296;
	};
}

const SKILLS = ['triage', 'cpr', 'excel', 'phone', 'cases', 'dementia'];

function randomCase(seed: number): PairingInput {
	const r = rng(seed);
	const pick = (n: number) => SKILLS.filter(() => r() < n);
	const days = () => [1, 2, 3, 4, 5].filter(() => r() < 0.6);
	const guides: Guide[] = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => ({
		id: `g${i}`,
		offers: pick(0.4),
		wants: [],
		days: days(),
		capacity: 1 + Math.floor(r() * 3),
		load: Math.floor(r() * 2)
	}));
	const learners: Person[] = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, i) => ({
		id: `l${i}`,
		offers: [],
		wants: pick(0.4),
		days: days()
	}));
	const excludedPairs = new Set<string>();
	for (const g of guides) for (const l of learners) if (r() < 0.15) excludedPairs.add(`${g.id}|${l.id}`);
	return { guides, learners, excluded: (g, l) => excludedPairs.has(`${g}|${l}`) };
}

describe('pairing suggestions', () => {
	it('finds the optimal assignment on 300 small random cases, checked by brute force', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const input = randomCase(seed);
			const suggestion = suggestPairs(input);
			const assignment = new Map(suggestion.pairs.map((p) => [p.learnerId, p.guideId]));
			expect(objective(input, assignment), `seed ${seed}: the suggestion breaks a rule`).not.toBeNull();
			expect(suggestion.score, `seed ${seed}`).toBeCloseTo(bruteForce(input), 9);
		}
	});

	it('pairs by skill: the learner who wants triage gets the guide who teaches it', () => {
		const s = suggestPairs({
			guides: [
				{ id: 'excel-guide', offers: ['excel'], wants: [], days: [1, 2], capacity: 1, load: 0 },
				{ id: 'triage-guide', offers: ['triage'], wants: [], days: [1, 2], capacity: 1, load: 0 }
			],
			learners: [
				{ id: 'wants-triage', offers: [], wants: ['triage'], days: [1] },
				{ id: 'wants-excel', offers: [], wants: ['excel'], days: [2] }
			],
			excluded: () => false
		});
		expect(new Map(s.pairs.map((p) => [p.learnerId, p.guideId]))).toEqual(
			new Map([
				['wants-triage', 'triage-guide'],
				['wants-excel', 'excel-guide']
			])
		);
	});

	it('balances load: with equal fit, two learners go to two guides rather than one', () => {
		const s = suggestPairs({
			guides: [
				{ id: 'a', offers: ['x'], wants: [], days: [1], capacity: 3, load: 0 },
				{ id: 'b', offers: ['x'], wants: [], days: [1], capacity: 3, load: 0 }
			],
			learners: [
				{ id: 'l1', offers: [], wants: ['x'], days: [1] },
				{ id: 'l2', offers: [], wants: ['x'], days: [1] }
			],
			excluded: () => false
		});
		expect(new Set(s.pairs.map((p) => p.guideId))).toEqual(new Set(['a', 'b']));
	});

	it('never pairs people who share no available day, or an excluded pair (one’s own manager)', () => {
		const s = suggestPairs({
			guides: [
				{ id: 'manager', offers: ['x'], wants: [], days: [1], capacity: 2, load: 0 },
				{ id: 'tuesday', offers: ['x'], wants: [], days: [2], capacity: 2, load: 0 }
			],
			learners: [{ id: 'monday-learner', offers: [], wants: ['x'], days: [1] }],
			excluded: (g, l) => g === 'manager' && l === 'monday-learner'
		});
		expect(s.pairs).toEqual([]);
		expect(s.unpaired).toEqual(['monday-learner']);
	});

	it('respects capacity, counting the people a guide already has', () => {
		const s = suggestPairs({
			guides: [{ id: 'full', offers: ['x'], wants: [], days: [1], capacity: 2, load: 2 }],
			learners: [{ id: 'l', offers: [], wants: ['x'], days: [1] }],
			excluded: () => false
		});
		expect(s.unpaired).toEqual(['l']);
	});
});
