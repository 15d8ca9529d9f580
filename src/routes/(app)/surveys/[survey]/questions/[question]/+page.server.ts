import { error, fail, redirect } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

export const load = async ({ locals, params }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		if (!can(actor, 'survey.edit', { orgId: actor.orgId })) error(403);
		const survey = await surveys.getSurvey(actor, params.survey);
		const question = params.question === 'new' ? null : (await surveys.getQuestion(actor, params.question)).question;
		if (question && !survey.questions.some((q) => q.id === question.id)) error(404);
		return { survey: { id: survey.id, title: survey.title, locked: survey.locked, dimensions: survey.dimensions }, question };
	});
};

export const actions = {
	default: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		// Another organisation's survey or question is a 404 before any input is read.
		await guard(async () => {
			await surveys.getSurvey(actor, params.survey);
			if (params.question !== 'new') await surveys.getQuestion(actor, params.question);
		});
		const form = await request.formData();
		const input = parseForm(form, surveys.QuestionInput);
		if (!input.ok) return fail(400, input.failure);
		const v = input.value;
		const value: surveys.QuestionInputValue = {
			kind: v.kind,
			dimensionId: v.dimensionId || null,
			text: surveys.textsFrom(v, 'text'),
			options: surveys.optionsFrom(v),
			reverse: v.reverse === 'on',
			allowDontKnow: v.allowDontKnow === 'on'
		};
		const done = await act(form, async () => {
			if (params.question === 'new') await surveys.addQuestion(actor, params.survey, value);
			else await surveys.updateQuestion(actor, params.question, value);
			return { ok: true };
		});
		if (done && 'ok' in done) redirect(303, `/surveys/${params.survey}`);
		return done;
	}
};
