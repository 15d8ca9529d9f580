// Learning bites: the module's public functions. Routes import from here only.
import { authorize } from '../policy';
import { NotFound } from '../errors';
import { isMember } from '../orgs/index';
import type { Actor } from '../actor';
import { memberLearner, type Learner } from './learners';
import { findMedia, findModule, getModuleForAuthoring } from './modules';
import * as player from './player';
import { issueEarned } from './credentials';
import { externalLearner, learnerMaySeeModule, requireCollectionModule } from './collections';
import { readStored } from './storage';
import { myStreak } from './gamification';

export * from './schemas';
export type { Learner } from './learners';
export type { PlayState, PlayContext } from './player';
export {
	createModule,
	updateModule,
	setPublished,
	deleteModule,
	listModulesForAuthoring,
	listPublishedModules,
	getModuleForAuthoring,
	addTextCard,
	addMediaCard,
	addQuizCard,
	updateTextCard,
	deleteCard,
	moveCard
} from './modules';
export { assignModule, listAssignmentsOfModule, removeAssignment, myAssignments, todaysBite, myProgress } from './assignments';
export { dueReviews, answerReview } from './review';
export { readSettings, saveSettings } from './settings';
export { myStreak } from './gamification';
export { createChallenge, myChallenges, respondToChallenge, leaveChallenge } from './challenges';
export { moduleAnalytics, RETENTION_BUCKETS } from './analytics';
export { sendReviewNudges, myNudges, dismissNudges, useMailer } from './nudges';
export {
	createDefinition,
	listDefinitions,
	listMyCredentials,
	downloadCredential,
	setSharing,
	listIssued,
	revokeCredential,
	publicJwks,
	issuerProfile,
	publicAchievement,
	statusListJwt,
	verifyCredentialJwt,
	verifyShared,
	listHeld,
	certifiedContent,
	downloadHeld,
	setHeldSharing
} from './credentials';
export { createCollection, getCollection, updateCollection, setCollectionPublished, listCollections, publicCollection, joinCollection, externalLearner, LEARNER_COOKIE } from './collections';
export { maxUploadBytes, useDataDir, deleteOrgMedia } from './storage';
export { renderMarkdown } from './markdown';

// A completed module may earn credentials (members and external learners alike).
player.onModuleCompleted(async (learner, _moduleId, ctx) => {
	await issueEarned(learner, ctx.origin, ctx.now);
});

/** Authorises a member as a learner of their organisation. */
function asLearner(actor: Actor): Learner {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	return memberLearner(actor);
}

// ——— the player for members ———

export async function play(actor: Actor, moduleId: string, ctx: player.PlayContext) {
	return player.playState(asLearner(actor), moduleId, ctx);
}

/** The author's phone-sized preview: drafts too, nothing recorded. */
export async function preview(actor: Actor, moduleId: string) {
	const { module, cards } = await getModuleForAuthoring(actor, moduleId);
	return { module, cards };
}

export async function answer(actor: Actor, moduleId: string, cardId: string, choices: string[], ctx: player.PlayContext) {
	return player.answerCard(asLearner(actor), moduleId, cardId, choices, ctx);
}

export async function next(actor: Actor, moduleId: string, cardId: string, ctx: player.PlayContext) {
	const learner = asLearner(actor);
	await player.advance(learner, moduleId, cardId, ctx);
	// Touching streaks records new badges as they are earned.
	await myStreak(actor, ctx.now);
}

export async function back(actor: Actor, moduleId: string, cardId: string, ctx: player.PlayContext) {
	return player.goBack(asLearner(actor), moduleId, cardId, ctx);
}

export async function restart(actor: Actor, moduleId: string, ctx: player.PlayContext) {
	return player.restart(asLearner(actor), moduleId, ctx);
}

// ——— the player for external learners (public collection link + learner cookie) ———

async function asExternal(collectionToken: string, secret: string | undefined, moduleId?: string) {
	const learner = await externalLearner(collectionToken, secret);
	if (!learner) throw new NotFound('learner');
	if (moduleId) await requireCollectionModule(collectionToken, moduleId);
	return learner;
}

export const external = {
	learner: (collectionToken: string, secret: string | undefined) => externalLearner(collectionToken, secret),
	play: async (token: string, secret: string | undefined, moduleId: string, ctx: player.PlayContext) => player.playState(await asExternal(token, secret, moduleId), moduleId, ctx),
	answer: async (token: string, secret: string | undefined, moduleId: string, cardId: string, choices: string[], ctx: player.PlayContext) =>
		player.answerCard(await asExternal(token, secret, moduleId), moduleId, cardId, choices, ctx),
	next: async (token: string, secret: string | undefined, moduleId: string, cardId: string, ctx: player.PlayContext) => player.advance(await asExternal(token, secret, moduleId), moduleId, cardId, ctx),
	back: async (token: string, secret: string | undefined, moduleId: string, cardId: string, ctx: player.PlayContext) => player.goBack(await asExternal(token, secret, moduleId), moduleId, cardId, ctx),
	restart: async (token: string, secret: string | undefined, moduleId: string, ctx: player.PlayContext) => player.restart(await asExternal(token, secret, moduleId), moduleId, ctx),
	progress: async (token: string, secret: string | undefined) => {
		const learner = await asExternal(token, secret);
		return { learner, completed: new Map((await player.completions(learner.id, learner.orgId)).map((c) => [c.module_id, c])) };
	}
};

/**
 * An uploaded file, for whoever may see its module: a member of its organisation (authors see drafts),
 * or an external learner of a published collection that holds the module. Anyone else: NotFound.
 */
export async function mediaFile(actor: Actor | null, learnerSecret: string | undefined, mediaId: string) {
	if (!/^[A-Za-z0-9_-]{10,40}$/.test(mediaId)) throw new NotFound('media');
	const media = await findMedia(mediaId);
	if (!media) throw new NotFound('media');
	let allowed = false;
	if (actor && actor.orgId === media.org_id && (await isMember(actor.userId, media.org_id))) {
		const module = await findModule(actor.orgId, media.module_id);
		allowed = module.published === 1 || (await canAuthor(actor));
	}
	if (!allowed) allowed = await learnerMaySeeModule(learnerSecret, media.module_id);
	if (!allowed) throw new NotFound('media');
	return { mime: media.mime, size: media.size, fileName: media.file_name, bytes: await readStored(media.org_id, media.file_name) };
}

async function canAuthor(actor: Actor) {
	try {
		authorize(actor, 'bites.author', { orgId: actor.orgId });
		return true;
	} catch {
		return false;
	}
}
