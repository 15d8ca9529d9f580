import { error, fail, redirect } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import { listTeams } from '$lib/server/orgs/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';
import { m } from '$lib/paraglide/messages.js';
import { addDays, localDate } from '$lib/surveys/status';

export const load = async ({ locals, params }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const survey = await surveys.getSurvey(actor, params.survey);
		const canEdit = can(actor, 'survey.edit', { orgId: actor.orgId });
		const teams = (await listTeams(actor)).filter((t) => can(actor, 'survey.round.manage', { orgId: actor.orgId, teamId: t.id }));
		const rounds = await surveys.listRounds(actor, { surveyId: survey.id });
		const today = localDate(new Date(), 'Europe/Copenhagen');
		return {
			survey,
			canEdit,
			teams: teams.map((t) => ({ id: t.id, name: t.name })),
			rounds: rounds.map((r) => ({ ...r.round, canView: r.views.length > 0 })),
			defaults: { opensOn: today, closesOn: addDays(today, 14) }
		};
	});
};

/** The actor, once the survey is known to be theirs to see: another organisation's survey is a 404 before any input is read. */
async function surveyActor(locals: App.Locals, surveyId: string) {
	const actor = requireActor(locals);
	await guard(() => surveys.getSurvey(actor, surveyId));
	return actor;
}

const field = (form: FormData, name: string) => {
	const v = form.get(name);
	if (typeof v !== 'string' || !v) error(400);
	return v;
};

export const actions = {
	title: async ({ locals, request, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const form = await request.formData();
		const input = parseForm(form, surveys.SurveyTitleInput);
		if (!input.ok) return fail(400, { ...input.failure, form: 'title' });
		return act(form, async () => {
			await surveys.updateSurveyTitle(actor, params.survey, { title: surveys.textsFrom(input.value, 'title') });
			return { saved: 'title' };
		});
	},
	addDimension: async ({ locals, request, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const form = await request.formData();
		const input = parseForm(form, surveys.DimensionInput);
		if (!input.ok) return fail(400, { ...input.failure, form: 'dimension' });
		return act(form, async () => {
			await surveys.addDimension(actor, params.survey, { name: surveys.textsFrom(input.value, 'name'), description: surveys.textsFrom(input.value, 'description') });
			return { saved: 'dimension' };
		});
	},
	updateDimension: async ({ locals, request, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const form = await request.formData();
		const id = field(form, 'dimensionId');
		const input = parseForm(form, surveys.DimensionInput);
		if (!input.ok) return fail(400, { ...input.failure, form: `dimension-${id}` });
		return act(form, async () => {
			await surveys.updateDimension(actor, id, { name: surveys.textsFrom(input.value, 'name'), description: surveys.textsFrom(input.value, 'description') });
			return { saved: `dimension-${id}` };
		});
	},
	deleteDimension: async ({ locals, request, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const form = await request.formData();
		return act(form, async () => {
			await surveys.deleteDimension(actor, field(form, 'dimensionId'));
			return { saved: 'deleted' };
		});
	},
	move: async ({ locals, request, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const form = await request.formData();
		const input = parseForm(form, surveys.MoveInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await surveys.moveQuestion(actor, field(form, 'questionId'), input.value.direction);
			return { moved: field(form, 'questionId') };
		});
	},
	deleteQuestion: async ({ locals, request, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const form = await request.formData();
		return act(form, async () => {
			await surveys.deleteQuestion(actor, field(form, 'questionId'));
			return { saved: 'deleted' };
		});
	},
	copy: async ({ locals, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const { id } = await guard(() => surveys.copySurvey(actor, params.survey, (title) => m.surveys_copy_of({ title })));
		redirect(303, `/surveys/${id}`);
	},
	delete: async ({ locals, request, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const form = await request.formData();
		const done = await act(form, async () => {
			await surveys.deleteSurvey(actor, params.survey);
			return { deleted: true };
		});
		if (done && 'deleted' in done) redirect(303, '/surveys');
		return done;
	},
	openRound: async ({ locals, request, params }) => {
		const actor = await surveyActor(locals, params.survey);
		const form = await request.formData();
		const input = parseForm(form, surveys.RoundInput);
		if (!input.ok) return fail(400, { ...input.failure, form: 'round', teamIds: form.getAll('teamIds') });
		const opened = await act(form, () => surveys.openRound(actor, params.survey, input.value));
		if (opened && 'id' in opened) redirect(303, `/surveys/rounds/${opened.id}/results`);
		return opened;
	}
};
