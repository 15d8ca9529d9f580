import { redirect } from '@sveltejs/kit';
import * as surveys from '$lib/server/surveys/index';
import type { Actor } from '$lib/server/actor';
import { action, NoInput, page } from '$lib/server/http';
import { m } from '$lib/paraglide/messages.js';

export const load = page((actor, { params }) => surveys.surveyPage(actor, params.survey));

/** Only those who may edit the survey get as far as its forms: the others are refused before a form is read. */
const editing = {
	access: (actor: Actor, { params }: { params: Record<string, string> }) => surveys.editableSurvey(actor, params.survey)
};

export const actions = {
	title: action(
		surveys.SurveyTitleInput,
		async (actor, input, { params }) => {
			await surveys.updateSurveyTitle(actor, params.survey, input);
			return { saved: 'title' };
		},
		editing
	),
	addDimension: action(
		surveys.DimensionInput,
		async (actor, input, { params }) => {
			await surveys.addDimension(actor, params.survey, input);
			return { saved: 'dimension' };
		},
		editing
	),
	updateDimension: action(
		surveys.DimensionEdit,
		async (actor, input) => {
			await surveys.updateDimension(actor, input.dimensionId, input);
			return { saved: `dimension-${input.dimensionId}` };
		},
		editing
	),
	deleteDimension: action(
		surveys.DimensionRef,
		async (actor, { dimensionId }) => {
			await surveys.deleteDimension(actor, dimensionId);
			return { saved: 'deleted' };
		},
		editing
	),
	move: action(
		surveys.MoveInput,
		async (actor, { questionId, direction }) => {
			await surveys.moveQuestion(actor, questionId, direction);
			return { moved: questionId };
		},
		editing
	),
	deleteQuestion: action(
		surveys.QuestionRef,
		async (actor, { questionId }) => {
			await surveys.deleteQuestion(actor, questionId);
			return { saved: 'deleted' };
		},
		editing
	),
	copy: action(
		NoInput,
		async (actor, _, { params }) => {
			const { id } = await surveys.copySurvey(actor, params.survey, (title) => m.surveys_copy_of({ title }));
			redirect(303, `/surveys/${id}`);
		},
		editing
	),
	delete: action(
		NoInput,
		async (actor, _, { params }) => {
			await surveys.deleteSurvey(actor, params.survey);
			redirect(303, '/surveys');
		},
		editing
	),
	openRound: action(
		surveys.RoundInput,
		async (actor, input, { params }) => {
			const { id } = await surveys.openRound(actor, params.survey, input);
			redirect(303, `/surveys/rounds/${id}/results`);
		},
		editing
	)
};
