import { fail, redirect } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const canEdit = can(actor, 'survey.edit', { orgId: actor.orgId });
		const [rounds, toAnswer, list] = await Promise.all([
			surveys.listRounds(actor),
			surveys.listRoundsToAnswer(actor),
			canEdit ? surveys.listSurveys(actor) : Promise.resolve([])
		]);
		return {
			canEdit,
			toAnswer,
			rounds: rounds.map((r) => ({
				...r.round,
				answered: r.answered,
				canAnswer: r.answersFor.length > 0,
				canView: r.views.length > 0,
				canManage: r.manages.length > 0
			})),
			surveys: list
		};
	});
};

export const actions = {
	instrument: async ({ locals }) => {
		const actor = requireActor(locals);
		const { id } = await guard(() => surveys.copyInstrument(actor));
		redirect(303, `/surveys/${id}`);
	},
	create: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, surveys.SurveyTitleInput);
		if (!input.ok) return fail(400, input.failure);
		const created = await act(form, () => surveys.createSurvey(actor, { title: surveys.textsFrom(input.value, 'title') }));
		if (created && 'id' in created) redirect(303, `/surveys/${created.id}`);
		return created;
	}
};
