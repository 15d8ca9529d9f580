import { describe, expect, it } from 'vitest';
import { gradeAnswer, scorePercent } from '../../../src/lib/server/bites/grading';

const options = [
	{ id: 'a', text: 'A', correct: true, feedback: 'Yes A' },
	{ id: 'b', text: 'B', correct: false, feedback: 'Not B' },
	{ id: 'c', text: 'C', correct: true, feedback: 'Yes C' }
];

describe('marking a quiz answer', () => {
	it('is right only when exactly the correct options are chosen', () => {
		expect(gradeAnswer(options, ['a', 'c']).correct).toBe(true);
		expect(gradeAnswer(options, ['c', 'a', 'a']).correct).toBe(true);
		expect(gradeAnswer(options, ['a']).correct).toBe(false);
		expect(gradeAnswer(options, ['a', 'b', 'c']).correct).toBe(false);
	});
	it('returns the feedback of each chosen option and ignores unknown ids', () => {
		const r = gradeAnswer(options, ['b', 'zzz']);
		expect(r.chosen).toEqual(['b']);
		expect(r.feedback).toEqual([{ optionId: 'b', text: 'Not B', correct: false }]);
		expect(r.correctIds).toEqual(['a', 'c']);
	});
	it('scores first tries as a rounded percentage', () => {
		expect(scorePercent([true, false, true])).toBe(67);
		expect(scorePercent([])).toBe(100);
	});
});
