// Small factories for survey tests: organisations, people, teams and actors made through the real
// modules, and answer forms filled the way the answer page submits them.
import { loadActor } from '../../../src/lib/server/auth/sessions';
import { addMembership, addToTeam, createOrganisation, createTeam } from '../../../src/lib/server/orgs/index';
import type { Actor } from '../../../src/lib/server/actor';
import type { OrgRole, TeamRole } from '../../../src/lib/server/db/schema';
import * as surveys from '../../../src/lib/server/surveys/index';
import { db } from '../../../src/lib/server/db/current';
import { createTestUser } from '../support/passwords';

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

export interface Org {
	id: string;
	admin: Actor;
	person(name: string, opts?: { role?: OrgRole; teams?: [string, TeamRole][] }): Promise<Actor>;
	team(name: string): Promise<{ id: string; name: string }>;
	/** a team with `size` members (the first is its manager) */
	teamOf(name: string, size: number): Promise<{ id: string; name: string; manager: Actor; members: Actor[] }>;
	refresh(actor: Actor): Promise<Actor>;
}

export async function makeOrg(name = 'Fjordby'): Promise<Org> {
	const org = await createOrganisation(`${name} ${unique()}`);
	const adminUser = await createTestUser({
		email: `admin-${unique()}@example.test`,
		name: 'Ada Admin',
		password: 'a long enough password'
	});
	await addMembership(org.id, adminUser.id, 'admin');
	const admin = (await loadActor(adminUser.id, org.id))!;
	const self: Org = {
		id: org.id,
		admin,
		async person(personName, opts = {}) {
			const user = await createTestUser({
				email: `p-${unique()}@example.test`,
				name: personName,
				password: 'a long enough password'
			});
			await addMembership(org.id, user.id, opts.role ?? 'member');
			for (const [teamId, role] of opts.teams ?? []) await addToTeam(org.id, teamId, user.id, role);
			return (await loadActor(user.id, org.id))!;
		},
		async team(teamName) {
			const t = await createTeam(admin, { name: teamName });
			return { id: t.id, name: t.name };
		},
		async teamOf(teamName, size) {
			const t = await self.team(teamName);
			const members: Actor[] = [];
			for (let i = 0; i < size; i++)
				members.push(await self.person(`${teamName} ${i + 1}`, { teams: [[t.id, i === 0 ? 'manager' : 'member']] }));
			return { ...t, manager: members[0], members };
		},
		refresh: async (actor) => (await loadActor(actor.userId, org.id))!
	};
	return self;
}

/** The built-in instrument, copied into the organisation. */
export async function instrumentSurvey(actor: Actor) {
	const { id } = await surveys.copyInstrument(actor);
	return surveys.getSurvey(actor, id);
}

/** An organisation with the built-in instrument and two teams in whole steps of the minimum group (5), so every
 * answer given is published: Borgerservice (5) and Hjemmeplejen (10). */
export async function makeTwoTeams() {
	const org = await makeOrg();
	const a = await org.teamOf('Borgerservice', 5);
	const b = await org.teamOf('Hjemmeplejen', 10);
	const survey = await instrumentSurvey(org.admin);
	return { org, a, b, survey };
}
export type TwoTeams = Awaited<ReturnType<typeof makeTwoTeams>>;

export const today = () => new Date().toISOString().slice(0, 10);
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function openRoundFor(actor: Actor, surveyId: string, teamIds: string[], name = 'Spring') {
	return surveys.openRound(actor, surveyId, { name, teamIds, opensOn: daysFromToday(-1), closesOn: daysFromToday(14) });
}

/** A filled answer form: every closed question answered with `value` (or per-question choices), comments optional. */
export function answerForm(
	questions: surveys.QuestionView[],
	answer: (q: surveys.QuestionView, index: number) => string | string[] | null,
	extra: Record<string, string> = {}
): FormData {
	const form = new FormData();
	questions.forEach((q, i) => {
		const v = answer(q, i);
		if (v === null) return;
		for (const one of Array.isArray(v) ? v : [v]) form.append(surveys.fieldName(q.id), one);
	});
	for (const [k, v] of Object.entries(extra)) form.append(k, v);
	return form;
}

/** Answers a round as `actor` through the same parsing the answer page uses. */
export async function answer(
	actor: Actor,
	roundId: string,
	value: (q: surveys.QuestionView, i: number) => string | string[] | null,
	extra: Record<string, string> = {}
) {
	const questions = await surveys.roundQuestions(actor, roundId);
	const parsed = surveys.parseAnswers(questions, answerForm(questions, value, extra));
	if (!parsed.ok) throw new Error(`invalid answers: ${JSON.stringify(parsed.failure.errors)}`);
	await surveys.submitResponse(actor, roundId, parsed.value);
}

/** Everyone answers every Likert item with `likert`, texts get a comment. */
export const uniform = (likert: number, comment?: string) => (q: surveys.QuestionView) =>
	q.kind === 'likert'
		? String(likert)
		: q.kind === 'text'
			? (comment ?? null)
			: q.kind === 'scale10'
				? '7'
				: q.kind === 'single'
					? '0'
					: q.kind === 'multiple'
						? ['0']
						: null;

export async function tableRows(table: string) {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	return (db() as any).selectFrom(table).selectAll().execute() as Promise<Record<string, unknown>[]>;
}

/** Every statement answered so that it scores `score` once reverse-scored statements are turned round. */
export const scoring = (score: number) => (q: surveys.QuestionView) =>
	q.kind === 'likert' ? String(q.reverse ? 6 - score : score) : null;
