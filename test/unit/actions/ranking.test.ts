import { describe, expect, it } from 'vitest';
import {
	beforeAfter,
	buildTextIndex,
	matchText,
	matchesFilters,
	rankDimensions,
	recommendFromScores,
	type RoundScores
} from '../../../src/lib/actions/ranking';
import { ENTRIES, LOCALES, TEXTS } from '../../../src/lib/actions/catalogue/index';
import type { CatalogueEntry } from '../../../src/lib/actions/catalogue/types';

const action = (id: string, over: Partial<CatalogueEntry>): CatalogueEntry => ({
	id,
	factors: ['open_talk'],
	dimensions: ['openness'],
	driver: 'team',
	effort: 'M',
	firstEffectWeeks: 4,
	...over
});

describe('ranking survey dimensions', () => {
	it('puts the lowest scored dimension first and leaves out hidden ones', () => {
		expect(rankDimensions({ leadership: 3.9, learning_together: 2.1, openness: null, interplay: 3.1 })).toEqual([
			{ dimension: 'learning_together', score: 2.1 },
			{ dimension: 'interplay', score: 3.1 },
			{ dimension: 'leadership', score: 3.9 }
		]);
	});

	it("breaks ties in the survey's dimension order", () => {
		expect(rankDimensions({ leadership: 3, psychological_safety: 3 }).map((d) => d.dimension)).toEqual([
			'psychological_safety',
			'leadership'
		]);
	});
});

describe('recommendations from a survey round', () => {
	it("lists the low dimension's actions first", () => {
		const groups = recommendFromScores({ feedback: 2.0, leadership: 4.2, openness: 3.5 }, ENTRIES);
		expect(groups[0].dimension).toBe('feedback');
		expect(groups[0].actions.length).toBeGreaterThan(0);
		for (const a of groups[0].actions) expect(a.dimensions).toContain('feedback');
		expect(groups.map((g) => g.dimension)).toEqual(['feedback', 'openness', 'leadership']);
	});

	it('prefers actions whose primary dimension it is, then the smaller effort, then the quicker effect', () => {
		const actions = [
			action('secondary', { dimensions: ['leadership', 'learning_together'], effort: 'S' }),
			action('primary-large', { dimensions: ['learning_together'], effort: 'L' }),
			action('primary-small-slow', { dimensions: ['learning_together'], effort: 'S', firstEffectWeeks: 12 }),
			action('primary-small-quick', { dimensions: ['learning_together'], effort: 'S', firstEffectWeeks: 2 })
		];
		const [group] = recommendFromScores({ learning_together: 1 }, actions, {}, { perDimension: 4 });
		expect(group.actions.map((a) => a.id)).toEqual([
			'primary-small-quick',
			'primary-small-slow',
			'primary-large',
			'secondary'
		]);
	});

	it('lists an action once, under the lowest dimension it serves', () => {
		const actions = [
			action('both', { dimensions: ['leadership', 'learning_together'] }),
			action('lead', { dimensions: ['leadership'] })
		];
		const groups = recommendFromScores({ learning_together: 1, leadership: 2 }, actions);
		expect(groups[0].actions.map((a) => a.id)).toEqual(['both']);
		expect(groups[1].actions.map((a) => a.id)).toEqual(['lead']);
	});

	it('filters by factor, effort and who drives it', () => {
		const groups = recommendFromScores(
			{ learning_together: 1 },
			ENTRIES,
			{ driver: 'leader', effort: 'S' },
			{ perDimension: 10 }
		);
		expect(groups[0].actions.map((a) => a.id)).toEqual(['buddy-for-newcomers']);
		const byFactor = recommendFromScores({ interplay: 1 }, ENTRIES, { factor: 'interplay' }, { perDimension: 10 });
		for (const a of byFactor[0].actions) expect(a.factors).toContain('interplay');
		expect(matchesFilters(action('x', { factors: ['open_talk'] }), { factor: 'interplay' })).toBe(false);
	});

	it('gives nothing when no dimension has a score', () => {
		expect(recommendFromScores({ learning_together: null }, ENTRIES)).toEqual([]);
	});
});

describe('before and after for a linked dimension', () => {
	const rounds: RoundScores[] = [
		{ roundId: 'r1', label: 'Spring', closedAt: '2025-03-01T12:00:00.000Z', scores: { learning_together: 2.4 } },
		{ roundId: 'r2', label: 'Autumn', closedAt: '2025-10-01T12:00:00.000Z', scores: { learning_together: 3.1 } },
		{ roundId: 'r3', label: 'Spring 26', closedAt: '2026-03-01T12:00:00.000Z', scores: { learning_together: null } }
	];

	it('takes the round before the start as before and the latest round after it as after', () => {
		const r = beforeAfter(rounds.slice(0, 2), 'learning_together', '2025-04-01');
		expect(r.before).toEqual({ roundId: 'r1', label: 'Spring', score: 2.4 });
		expect(r.after).toEqual({ roundId: 'r2', label: 'Autumn', score: 3.1 });
		expect(r.change).toBe(0.7);
	});

	it('uses the baseline kept when the dimension was linked', () => {
		// Linked in spring (baseline r1) with no start date of its own: the autumn round is the after.
		const r = beforeAfter(rounds.slice(0, 2), 'learning_together', '2025-03-05T09:00:00.000Z', {
			roundId: 'r1',
			label: 'Spring',
			score: 2.4
		});
		expect(r.before).toEqual({ roundId: 'r1', label: 'Spring', score: 2.4 });
		expect(r.after?.roundId).toBe('r2');
		// A baseline whose round is gone from the results still shows as before.
		const gone = beforeAfter(rounds.slice(1, 2), 'learning_together', '2025-03-05', {
			roundId: 'old',
			label: 'Old',
			score: 1.9
		});
		expect(gone.before).toEqual({ roundId: 'old', label: 'Old', score: 1.9 });
		expect(gone.change).toBe(1.2);
	});

	it('has no after until a new round closes, and no change when a score is hidden', () => {
		expect(beforeAfter(rounds.slice(0, 1), 'learning_together', '2025-04-01').after).toBeNull();
		const hidden = beforeAfter(rounds, 'learning_together', '2025-04-01');
		expect(hidden.after).toEqual({ roundId: 'r3', label: 'Spring 26', score: null });
		expect(hidden.change).toBeNull();
	});
});

describe('matching a board decision to catalogue actions', () => {
	const index = buildTextIndex(
		ENTRIES.flatMap((e) =>
			LOCALES.map((l) => ({
				id: e.id,
				title: TEXTS[l][e.id].title,
				body: [TEXTS[l][e.id].why, TEXTS[l][e.id].indicator, ...TEXTS[l][e.id].how].join(' ')
			}))
		)
	);

	it('finds the buddy action for a decision about buddies for newcomers', () => {
		expect(matchText(index, 'Every newcomer gets a buddy from day one')[0].id).toBe('buddy-for-newcomers');
	});

	it('works for a decision written in Danish', () => {
		const ids = matchText(index, 'Vi indfører månedens gode fejl, hvor vi deler en fejl').map((m) => m.id);
		expect(ids[0]).toBe('good-mistake-of-the-month');
	});

	it('finds nothing for words the catalogue does not use', () => {
		expect(matchText(index, 'xyzzy qwerty')).toEqual([]);
	});
});
