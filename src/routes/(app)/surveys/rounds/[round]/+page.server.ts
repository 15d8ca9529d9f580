import { fail } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { action, page, rawForm } from '$lib/server/http';

export const load = page((actor, { params }) => surveys.answerPage(actor, params.round));

export const actions = {
	// The answer form's fields are the round's questions (a multiple choice repeats its field), so no fixed
	// schema can read it: the module reads the form against the round's questions.
	default: action(rawForm, async (actor, form, { params }) => {
		const answered = await surveys.answerRound(actor, params.round, form);
		return answered.submitted ? answered : fail(400, answered.failure);
	})
};
