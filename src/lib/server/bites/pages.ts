// What the members' bites pages show, each in one call, with what the viewer may do there (a `permissions`
// object or lists already narrowed to what the viewer may act on).
import { authorize, can } from '../policy';
import { Invalid, NotFound } from '../errors';
import { listMembers, listTeams } from '../orgs/index';
import { lockedDefinitionIds } from './definitions';
import { awardProgrammes } from './award';
import type { Actor } from '../actor';
import { getModuleForAuthoring, listModulesForAuthoring, listPublishedModules } from './modules';
import { listAssignmentsOfModule, myAssignments, myProgress } from './assignments';
import { todaysBite } from './todays-bite';
import { myPaths } from './path-progress';
import { answerReview, dueReviews } from './review';
import { myStreak } from './gamification';
import { listIssued, listMyCredentials, revokeCredential } from './credentials';
import { listDefinitions } from './definitions';
import { listCollections } from './collections';
import { myChallenges } from './challenges';
import { moduleAnalytics } from './analytics';
import { readSettings } from './settings';
import { maxUploadBytes } from './storage';
import { gradeAnswer } from './grading';
import { packageOfModule } from './package-import';

/** The learner's start page: today's bite, their learning paths, assignments, the library with progress, reviews and streak. */
export async function bitesHome(actor: Actor) {
	const [today, paths, assigned, library, progress, review, streak, credentials] = await Promise.all([
		todaysBite(actor),
		myPaths(actor),
		myAssignments(actor),
		listPublishedModules(actor),
		myProgress(actor),
		dueReviews(actor),
		myStreak(actor),
		listMyCredentials(actor)
	]);
	return {
		today,
		paths,
		assigned,
		library: library.map((mod) => {
			const p = progress.get(mod.id);
			return { ...mod, started: !!p, completed: !!p?.completed_at, score: p?.score ?? null };
		}),
		reviewDue: review.dueTotal,
		nextReview: review.nextDue,
		streak,
		credentialCount: credentials.length,
		permissions: {
			author: can(actor, 'bites.author', { orgId: actor.orgId }),
			settings: can(actor, 'bites.settings', { orgId: actor.orgId })
		}
	};
}

/** The authors' page: every module, and the collections for those who may publish. */
export async function authorPage(actor: Actor) {
	const publish = can(actor, 'bites.publish', { orgId: actor.orgId });
	return {
		modules: await listModulesForAuthoring(actor),
		collections: publish ? await listCollections(actor) : [],
		permissions: { publish }
	};
}

/** The published modules by id and title, for pickers. */
export async function publishedModuleChoices(actor: Actor) {
	return (await listModulesForAuthoring(actor)).filter((x) => x.published).map((x) => ({ id: x.id, title: x.title }));
}

/** A module's editing page: its cards, its assignments, and whom the viewer may assign it to. */
/** The people a picker offers: the organisation's active members (someone deactivated is not assigned, challenged or awarded). */
const pickable = (actor: Actor) => listMembers(actor, { active: true });

export async function editPage(actor: Actor, moduleId: string) {
	const { module, cards } = await getModuleForAuthoring(actor, moduleId);
	const teams = await listTeams(actor);
	return {
		module,
		cards,
		assignments: await listAssignmentsOfModule(actor, module.id),
		teams: teams
			.filter((t) => can(actor, 'bites.assign', { orgId: actor.orgId, teamId: t.id }))
			.map((t) => ({ id: t.id, name: t.name })),
		people: can(actor, 'bites.assign', { orgId: actor.orgId })
			? (await pickable(actor)).map((p) => ({ id: p.id, name: p.name }))
			: [],
		maxUploadMb: Math.round(maxUploadBytes() / 1024 / 1024),
		/** an imported LMS package: its content is the package, so it is not exported again */
		imported: !!(await packageOfModule(actor.orgId, module.id))
	};
}

/**
 * The author's preview: the module as a learner sees it, one card at a time, stepping by links and a GET form
 * so nothing is recorded. A quiz's answers and feedback are shown only once the author has chosen.
 */
export async function previewPage(actor: Actor, moduleId: string, card: number, choices: string[]) {
	const { module, cards } = await getModuleForAuthoring(actor, moduleId);
	const index = Math.max(0, Math.min(cards.length, card || 0));
	const current = cards[index] ?? null;
	const answer = current?.kind === 'quiz' && choices.length ? gradeAnswer(current.options, choices) : null;
	const shown =
		current && current.kind === 'quiz' && !answer
			? { ...current, options: current.options.map((o) => ({ ...o, correct: false, feedback: '' })) }
			: current;
	return { module, index, total: cards.length, card: shown, answer };
}

/** A module's analytics, for the organisation or one team, with the teams the viewer may see. */
export async function analyticsPage(actor: Actor, moduleId: string, teamId?: string) {
	const stats = await moduleAnalytics(actor, moduleId, teamId);
	const teams = (await listTeams(actor))
		.filter((t) => can(actor, 'bites.analytics', { orgId: actor.orgId, teamId: t.id }))
		.map((t) => ({ id: t.id, name: t.name }));
	return { stats, teams, team: teamId ?? '' };
}

export async function challengesPage(actor: Actor) {
	return {
		challenges: await myChallenges(actor),
		modules: (await listPublishedModules(actor)).map((x) => ({ id: x.id, title: x.title })),
		colleagues: (await pickable(actor)).filter((p) => p.id !== actor.userId).map((p) => ({ id: p.id, name: p.name }))
	};
}

/** The review page: the first question due, how many are left today, and when the next one falls due. */
export async function reviewPage(actor: Actor) {
	const due = await dueReviews(actor);
	return {
		question: due.questions[0] ?? null,
		left: due.questions.length,
		dueTotal: due.dueTotal,
		nextDue: due.nextDue
	};
}

/** Answers a review question and returns it with its result, to show the feedback once it has left the queue. */
export async function answerReviewQuestion(actor: Actor, cardId: string, choices: string[]) {
	const before = (await dueReviews(actor)).questions.find((q) => q.card.id === cardId);
	const result = await answerReview(actor, cardId, choices);
	return {
		result,
		question: before?.card.body ?? '',
		moduleTitle: before?.moduleTitle ?? '',
		options: before?.card.options ?? [],
		quizKind: before?.card.quizKind ?? null,
		cardId
	};
}

/** The admins' credentials page: what the organisation issued, its definitions and the modules to build on. */
/** Throws Forbidden unless the actor manages the organisation's credentials (for a form's `access`). */
export function mayManageCredentials(actor: Actor) {
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
}

export async function manageCredentialsPage(actor: Actor) {
	const issued = await listIssued(actor);
	return {
		issued,
		definitions: await listDefinitions(actor),
		modules: await publishedModuleChoices(actor),
		/** definitions that issued: no longer editable */
		locked: [...(await lockedDefinitionIds(actor.orgId))],
		// Everyone but the admin themselves: nobody awards themselves.
		members: (await pickable(actor)).filter((p) => p.id !== actor.userId).map((p) => ({ id: p.id, name: p.name })),
		programmes: await awardProgrammes(actor)
	};
}

/**
 * Before a revocation is confirmed: only those who may revoke are asked (the others are refused), and only
 * about a credential the organisation issued. The key names the credential the page asks about.
 */
export async function revokeQuestion(actor: Actor, credentialId: string) {
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	if (!(await listIssued(actor)).some((c) => c.id === credentialId)) throw new NotFound('credential');
	return `revoke:${credentialId}`;
}

/** An admin's revocation from the page: the reason is required, as the holder and every verifier see it. */
export async function revokeWithReason(actor: Actor, credentialId: string, reason: string) {
	if (!reason) throw new Invalid('error_required', 'reason');
	await revokeCredential(actor, credentialId, reason);
}

export async function settingsPage(actor: Actor) {
	authorize(actor, 'bites.settings', { orgId: actor.orgId });
	return { settings: await readSettings(actor) };
}
