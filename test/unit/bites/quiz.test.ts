import { describe, expect, it } from 'vitest';
import { QuizCardInput } from '../../../src/lib/server/bites/schemas';
import { quizOptions } from '../../../src/lib/server/bites/card-authoring';

describe('a choice question', () => {
	it('takes up to ten answers, in order', () => {
		const form: Record<string, string> = { body: 'Which are Danish municipalities?', quizKind: 'multiple' };
		for (let i = 1; i <= 10; i++) form[`option${i}`] = `Town ${i}`;
		form.correct10 = 'on';
		const options = quizOptions(QuizCardInput.parse(form));
		expect(options.map((o) => o.text)).toEqual(Array.from({ length: 10 }, (_, i) => `Town ${i + 1}`));
		expect(options[9]).toMatchObject({ id: 'o10', correct: true });
	});

	it('is accepted as posted without JavaScript, with the true/false field empty', () => {
		const form = { body: 'Q', quizKind: 'single', option1: 'a', option2: 'b', correct1: 'on', truth: '' };
		expect(QuizCardInput.safeParse(form).success).toBe(true);
	});

	it('ignores an eleventh', () => {
		const form: Record<string, string> = { body: 'Q', quizKind: 'single', correct1: 'on' };
		for (let i = 1; i <= 11; i++) form[`option${i}`] = `A${i}`;
		expect(quizOptions(QuizCardInput.parse(form))).toHaveLength(10);
	});
});
