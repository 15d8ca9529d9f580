// One dimension list, owned by the survey instrument: the catalogue, the recommendations, the plan and the
// discussion boards all speak the instrument's nine dimensions, so a low survey dimension always meets actions.
import { describe, expect, it } from 'vitest';
import { DIMENSIONS as INSTRUMENT } from '../../../src/lib/surveys/instrument';
import { DIMENSIONS, ENTRIES, LOCALES, TEXTS } from '../../../src/lib/actions/catalogue/index';
import { catalogueScores } from '../../../src/lib/actions/dimensions';
import { recommendFromScores } from '../../../src/lib/actions/ranking';

describe("the survey instrument's dimensions in the action catalogue", () => {
	it("are the catalogue's dimensions, in the instrument's order", () => {
		expect(INSTRUMENT.length).toBe(9);
		expect([...DIMENSIONS]).toEqual(INSTRUMENT.map((d) => d.key));
	});

	it('each have at least three catalogue actions, with their text in all four languages', () => {
		for (const d of INSTRUMENT) {
			const actions = ENTRIES.filter((e) => e.dimensions.includes(d.key as never));
			expect(actions.length, d.key).toBeGreaterThanOrEqual(3);
			for (const a of actions) for (const l of LOCALES) expect(TEXTS[l][a.id]?.title, `${l} ${a.id}`).toBeTruthy();
		}
	});

	it('recommend actions for "Learning as a shared concern" when it is the lowest score', () => {
		const scores = Object.fromEntries(INSTRUMENT.map((d) => [d.key, d.key === 'shared_concern' ? 2.1 : 3.9]));
		const groups = recommendFromScores(catalogueScores(scores), ENTRIES);
		expect(groups.length).toBeGreaterThan(0);
		expect(groups[0].dimension).toBe('shared_concern');
		expect(groups[0].actions.length).toBeGreaterThanOrEqual(3);
	});

	it('show each survey dimension once: no survey score is spread over two catalogue labels', () => {
		const scores = Object.fromEntries(INSTRUMENT.map((d, i) => [d.key, 2 + i / 10]));
		expect(Object.keys(catalogueScores(scores)).sort()).toEqual(INSTRUMENT.map((d) => d.key).sort());
	});
});
