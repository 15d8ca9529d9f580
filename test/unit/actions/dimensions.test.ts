import { describe, expect, it } from 'vitest';
import { catalogueDimensionsOf, catalogueScores } from '../../../src/lib/actions/dimensions';
import { recommendFromScores } from '../../../src/lib/actions/ranking';
import { ENTRIES } from '../../../src/lib/actions/catalogue/index';

describe('survey dimensions in catalogue terms', () => {
	it('keeps the agreed slugs as they are', () => {
		expect(catalogueDimensionsOf('peer_feedback')).toEqual(['peer_feedback']);
		expect(catalogueScores({ mentoring: 2.5, leadership: 4 })).toEqual({ mentoring: 2.5, leadership: 4 });
	});

	it('translates the built-in instrument\'s own keys', () => {
		expect(catalogueScores({ reflection: 3.1, learning_together: 2.2, feedback: 3.4 })).toEqual({
			reflection_time: 3.1,
			buddy_training: 2.2,
			mentoring: 2.2,
			peer_feedback: 3.4
		});
	});

	it('lets the lower score count when two survey dimensions speak to one catalogue dimension', () => {
		expect(catalogueScores({ experimenting_sharing: 3.8, shared_concern: 2.9 }).knowledge_sharing).toBe(2.9);
	});

	it('keeps hidden scores hidden and leaves unknown keys out', () => {
		expect(catalogueScores({ openness: null, my_own_dimension: 1.2 })).toEqual({ openness: null });
	});

	it('ranks buddy training actions first when the instrument\'s "learning together" is lowest', () => {
		const groups = recommendFromScores(catalogueScores({ learning_together: 1.8, reflection: 3.5, leadership: 4.1 }), ENTRIES);
		expect(groups[0].dimension).toBe('buddy_training');
		expect(groups[0].actions[0].id).toBe('buddy-for-newcomers');
	});
});
