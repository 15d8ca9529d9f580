import { redirect } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { requireActor } from '$lib/server/guards';
import { act, guard, toHttpError } from '$lib/server/respond';
import { Forbidden } from '$lib/server/errors';
import { confirmStep } from '$lib/server/confirm';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const results = await surveys.getRoundResults(actor, params.round, url.searchParams.get('scope') ?? surveys.TOTAL);
		// The page shows statements for the chosen group only; the other groups travel without them.
		const lean = (g: surveys.GroupResult): surveys.GroupResult =>
			g.id === results.scope || !g.numbers ? g : { ...g, numbers: { ...g.numbers, items: {} } };
		return { results: { ...results, total: lean(results.total), teams: results.teams.map(lean) }, canManage: results.canManage };
	});
};

export const actions = {
	close: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		const access = await guard(() => surveys.roundAccess(actor, params.round));
		// Only someone who may close the round is asked to confirm; the others are refused as before.
		if (!access.mayClose) toHttpError(new Forbidden('survey.round.manage'));
		const form = await request.formData();
		const step = confirmStep(form, 'close');
		if (step) return step;
		return act(form, async () => {
			await surveys.closeRound(actor, params.round);
			return { done: 'closed' };
		});
	},
	discuss: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		await guard(() => surveys.roundAccess(actor, params.round));
		const form = await request.formData();
		const scope = typeof form.get('scope') === 'string' ? String(form.get('scope')) : surveys.TOTAL;
		const done = await act(form, () =>
			surveys.discussResults(actor, params.round, scope, getLocale(), {
				title: m.surveys_agenda_title,
				wholeRound: m.surveys_whole_round(),
				prompts: [m.surveys_prompt_see, m.surveys_prompt_works, m.surveys_prompt_try]
			})
		);
		if (done && 'boardId' in done) redirect(303, `/boards/${done.boardId}`);
		return done;
	},
	remind: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		await guard(() => surveys.roundAccess(actor, params.round));
		const form = await request.formData();
		return act(form, async () => {
			await surveys.remindRound(actor, params.round);
			return { done: 'reminded' };
		});
	}
};
