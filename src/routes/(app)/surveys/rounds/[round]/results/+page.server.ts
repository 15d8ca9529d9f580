import { redirect } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { action, NoInput, page } from '$lib/server/http';

export const load = page((actor, { params, url }) =>
	surveys.resultsPage(actor, params.round, url.searchParams.get('scope'))
);

export const actions = {
	close: action(
		NoInput,
		async (actor, _, { params }) => {
			await surveys.closeRound(actor, params.round);
			return { done: 'closed' };
		},
		{ confirm: (actor, _, { params }) => surveys.closeConfirmation(actor, params.round) }
	),
	discuss: action(surveys.ScopeInput, async (actor, { scope }, { params }) => {
		const { boardId } = await surveys.discussOnBoard(actor, params.round, scope);
		redirect(303, `/boards/${boardId}`);
	}),
	remind: action(async (actor, _, { params }) => {
		await surveys.remindRound(actor, params.round);
		return { done: 'reminded' };
	})
};
