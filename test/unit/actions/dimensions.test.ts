import { describe, expect, it } from 'vitest';
import { catalogueDimensionOf, catalogueScores } from '../../../src/lib/actions/dimensions';
import { recommendFromScores } from '../../../src/lib/actions/ranking';
import { ENTRIES } from '../../../src/lib/actions/catalogue/index';

describe('survey dimensions in the catalogue', () => {
	it("are the survey instrument's own keys", () => {
		expect(catalogueDimensionOf('feedback')).toBe('feedback');
		expect(catalogueScores({ learning_together: 2.5, leadership: 4 })).toEqual({
			learning_together: 2.5,
			leadership: 4
		});
	});

	it("still understands the catalogue's former keys in links and bookmarks", () => {
		expect(catalogueDimensionOf('buddy_training')).toBe('learning_together');
		expect(catalogueDimensionOf('knowledge_sharing')).toBe('experimenting_sharing');
		expect(catalogueDimensionOf('my_own_dimension')).toBeNull();
	});

	it('keeps hidden scores hidden and leaves unknown keys out', () => {
		expect(catalogueScores({ openness: null, my_own_dimension: 1.2 })).toEqual({ openness: null });
	});

	it('ranks buddy training actions first when "learning together" is lowest', () => {
		const groups = recommendFromScores(
			catalogueScores({ learning_together: 1.8, reflection: 3.5, leadership: 4.1 }),
			ENTRIES
		);
		expect(groups[0].dimension).toBe('learning_together');
		expect(groups[0].actions[0].id).toBe('buddy-for-newcomers');
	});
});
