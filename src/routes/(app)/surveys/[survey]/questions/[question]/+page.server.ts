import { redirect } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { action, page } from '$lib/server/http';

export const load = page((actor, { params }) => surveys.questionPage(actor, params.survey, params.question));

export const actions = {
	default: action(surveys.QuestionInput, async (actor, input, { params }) => {
		await surveys.saveQuestion(actor, params.survey, params.question, input);
		redirect(303, `/surveys/${params.survey}`);
	})
};
