// What each survey page shows, with what this viewer may do there (`permissions`): one call per page, so a
// route never asks the policy itself.
import { getLocale } from '$lib/paraglide/runtime.js';
import { addDays, localDate } from '$lib/surveys/status';
import { SURVEY_LOCALES } from '$lib/surveys/texts';
import type { Actor } from '../actor';
import { NotFound } from '../errors';
import { getOrganisation, listTeams } from '../orgs/index';
import { authorize, can } from '../policy';
import { commentMinimum, minimumGroupSize } from './anonymity';
import { liveSnapshot, publishLive } from './live';
import { answerContext, roundQuestions } from './responses';
import { getRoundResults, TOTAL, type GroupResult } from './results';
import { listRounds, listRoundsToAnswer } from './round-access';
import { getQuestion } from './survey-structure';
import { getSurvey, listSurveys } from './surveys';

const mayEdit = (actor: Actor) => can(actor, 'survey.edit', { orgId: actor.orgId });

/** The surveys page: rounds to answer, rounds the viewer has to do with, and (for editors) the surveys. */
export async function surveysOverview(actor: Actor) {
	const edit = mayEdit(actor);
	const [rounds, toAnswer, list] = await Promise.all([
		listRounds(actor),
		listRoundsToAnswer(actor),
		edit ? listSurveys(actor) : Promise.resolve([])
	]);
	return {
		toAnswer,
		rounds: rounds.map((r) => ({
			...r.round,
			answered: r.answered,
			canAnswer: r.answersFor.length > 0,
			canView: r.views.length > 0,
			canManage: r.manages.length > 0
		})),
		surveys: list,
		permissions: { edit }
	};
}

/** A survey with its rounds; editors also get the teams they may open a round for. */
export async function surveyPage(actor: Actor, surveyId: string) {
	const survey = await getSurvey(actor, surveyId);
	const teams = (await listTeams(actor)).filter((t) =>
		can(actor, 'survey.round.manage', { orgId: actor.orgId, teamId: t.id })
	);
	const rounds = await listRounds(actor, { surveyId: survey.id });
	const today = localDate(new Date(), 'Europe/Copenhagen');
	return {
		survey,
		teams: teams.map((t) => ({ id: t.id, name: t.name })),
		rounds: rounds.map((r) => ({ ...r.round, canView: r.views.length > 0 })),
		defaults: { opensOn: today, closesOn: addDays(today, 14) },
		permissions: { edit: mayEdit(actor) }
	};
}

/** The question editor: for editors only; `new` for a question still to write. */
export async function questionPage(actor: Actor, surveyId: string, questionId: string) {
	authorize(actor, 'survey.edit', { orgId: actor.orgId });
	const survey = await getSurvey(actor, surveyId);
	const question = questionId === 'new' ? null : (await getQuestion(actor, questionId)).question;
	if (question && !survey.questions.some((q) => q.id === question.id)) throw new NotFound('question');
	return {
		survey: { id: survey.id, title: survey.title, locked: survey.locked, dimensions: survey.dimensions },
		question
	};
}

/** The survey as a respondent would see it, in the asked language (else the reader's). */
export async function previewPage(actor: Actor, surveyId: string, asked: string | null) {
	const survey = await getSurvey(actor, surveyId);
	const lang = SURVEY_LOCALES.includes(asked as never) ? (asked as string) : getLocale();
	return { survey, lang };
}

/** The organisation's anonymity rules, for the page that explains them. */
export async function anonymityRules(actor: Actor) {
	const org = await getOrganisation(actor);
	const minimum = minimumGroupSize(org.min_group_size);
	return { minimum, commentMinimum: commentMinimum(minimum) };
}

/** The answer form of a round: the viewer's teams in it and the questions, unless they answered already. */
export async function answerPage(actor: Actor, roundId: string) {
	const { access, answered } = await answerContext(actor, roundId);
	const questions = access.answersFor.length && !answered ? await roundQuestions(actor, roundId) : [];
	return {
		round: access.round,
		answered,
		teams: access.round.teams.filter((t) => access.answersFor.includes(t.id)),
		questions,
		permissions: { viewResults: access.views.length > 0 }
	};
}

/** The results page; statements travel for the chosen group only. */
export async function resultsPage(actor: Actor, roundId: string, scope: string | null) {
	const results = await getRoundResults(actor, roundId, scope ?? TOTAL);
	const lean = (g: GroupResult): GroupResult =>
		g.id === results.scope || !g.numbers ? g : { ...g, numbers: { ...g.numbers, items: {} } };
	return {
		results: { ...results, total: lean(results.total), teams: results.teams.map(lean) },
		permissions: { manage: results.canManage }
	};
}

/**
 * The live view: the live document brought up to date (a changed minimum, a closed round), and the same
 * snapshot rendered on the server, so the page shows results before the socket connects (or without JS).
 */
export async function livePage(actor: Actor, roundId: string) {
	await publishLive(actor, roundId);
	return { roundId, snapshot: { ...(await liveSnapshot(actor, roundId)), version: 0 } };
}
