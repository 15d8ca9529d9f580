import { redirect } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => surveys.surveysOverview(actor));

export const actions = {
	instrument: action(async (actor) => {
		const { id } = await surveys.copyInstrument(actor);
		redirect(303, `/surveys/${id}`);
	}),
	create: action(surveys.SurveyTitleInput, async (actor, input) => {
		const { id } = await surveys.createSurvey(actor, input);
		redirect(303, `/surveys/${id}`);
	})
};
