// Learning bites: the module's public functions. Routes import from here only.
import { authorize } from '../policy';
import { NotFound } from '../errors';
import { isMember } from '../orgs/index';
import type { Actor } from '../actor';
import { memberLearner, type Learner } from './learners';
import { findMedia, findModule, getModuleForAuthoring } from './modules';
export { editableModule } from './modules';
import * as player from './player';
import { issueEarned } from './issuing';
import { learnerMaySeeModule } from './collection-joining';
import { readStored } from './storage';
import { offlineModule } from './offline';
import { myStreak } from './gamification';
import { findPackage, packageFileBytes, packageOfModule } from './package-import';
import { grantValid, packageFileType, withApiBridge } from './package-files';

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
	getModuleForAuthoring
} from './modules';
export {
	addTextCard,
	addMediaCard,
	addDownloadCard,
	addQuizCard,
	updateTextCard,
	deleteCard,
	moveCard
} from './card-authoring';
export { assignModule, listAssignmentsOfModule, removeAssignment, myAssignments, myProgress } from './assignments';
export { todaysBite, type TodaysBite, type BiteReason } from './todays-bite';
export { offlinePlan, type OfflineBite } from './offline-plan';
export {
	createPath,
	updatePath,
	deletePath,
	deletePathQuestion,
	addStep,
	moveStep,
	setPrerequisite,
	removeStep,
	assignPath,
	removePathAssignment,
	viewablePath,
	editablePath
} from './paths';
export { myPaths, teamPathProgress, stepStates, type MyPath, type StepState } from './path-progress';
export { pathsPage, pathPage } from './path-pages';
export { dueReviews, answerReview } from './review';
export { readSettings, saveSettings } from './settings';
export { myStreak } from './gamification';
export { createChallenge, myChallenges, respondToChallenge, leaveChallenge } from './challenges';
export { moduleAnalytics, RETENTION_BUCKETS } from './analytics';
export { sendReviewNudges } from './nudges';
export { createDefinition, listDefinitions, updateDefinition } from './definitions';
export { certificateData, type CertificateData } from './certificate';
export { awardCredential } from './award';
export { badgeSvg } from './badge';
export {
	listMyCredentials,
	downloadCredential,
	setSharing,
	listIssued,
	revokeCredential,
	verifyShared,
	listHeld,
	certifiedContent,
	downloadHeld,
	setHeldSharing
} from './credentials';
export { publicJwks, issuerProfile, publicAchievement, statusListJwt } from './issuer';
export { verifyCredentialJwt } from './signing';
export {
	createCollection,
	getCollection,
	updateCollection,
	setCollectionPublished,
	listCollections,
	LEARNER_COOKIE
} from './collections';
export { publicCollection, joinCollection, confirmRejoin, externalLearner } from './collection-joining';
export { maxUploadBytes, deleteOrgMedia, MAX_CAPTIONS_BYTES } from './storage';
export { renderMarkdown } from './markdown';
export { exportPackage, exportPathPackage } from './package-export';
export { importPackage, type PackageView } from './package-import';
export {
	fetchAuthToken,
	readState,
	writeState,
	readAgentProfile,
	postStatements,
	XapiRefusal,
	XAPI_VERSION
} from './cmi5';
export { PACKAGE_FILE_HEADERS } from './package-files';
export {
	bitesHome,
	authorPage,
	publishedModuleChoices,
	editPage,
	previewPage,
	analyticsPage,
	challengesPage,
	reviewPage,
	answerReviewQuestion,
	manageCredentialsPage,
	mayManageCredentials,
	revokeQuestion,
	revokeWithReason,
	settingsPage
} from './pages';

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

export async function answer(
	actor: Actor,
	moduleId: string,
	cardId: string,
	choices: string[],
	ctx: player.PlayContext & { clientId?: string | null }
) {
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

/**
 * Who may play a module: a member of its organisation, on a published module. Asked before a player form is read,
 * so someone refused learns nothing about the form.
 */
export async function playable(actor: Actor, moduleId: string) {
	asLearner(actor);
	const row = await findModule(actor.orgId, moduleId);
	if (row.published !== 1) throw new NotFound('module');
}

/** The module for offline reading (a PDF), for whoever may play it. */
export async function moduleForOffline(actor: Actor, moduleId: string) {
	await playable(actor, moduleId);
	return offlineModule(actor.orgId, moduleId);
}

/**
 * Who may assign a module at all: admins, facilitators and managers (bites.assign then asks for the team). The
 * same people may author, so the author rule answers it before the form names a team.
 */
export async function assignable(actor: Actor, moduleId: string) {
	await findModule(actor.orgId, moduleId);
	authorize(actor, 'bites.author', { orgId: actor.orgId });
}

export async function restart(actor: Actor, moduleId: string, ctx: player.PlayContext) {
	return player.restart(asLearner(actor), moduleId, ctx);
}

export { external } from './external';

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
	return {
		mime: media.mime,
		size: media.size,
		fileName: media.file_name,
		/** a document is saved under the name it was uploaded with; media play in the page */
		download: media.original_name,
		bytes: await readStored(media.org_id, media.file_name)
	};
}

async function canAuthor(actor: Actor) {
	try {
		authorize(actor, 'bites.author', { orgId: actor.orgId });
		return true;
	} catch {
		return false;
	}
}

// ——— imported LMS packages ———

/** A file of an imported package, for a browser holding a grant the player page gave (package-files.ts). */
export async function packageFile(packageId: string, grant: string, name: string, appOrigin: string) {
	if (!grantValid(packageId, grant)) throw new NotFound('package');
	const pkg = await findPackage(packageId);
	const bytes = await packageFileBytes(pkg.org_id, packageId, name);
	const type = packageFileType(name);
	// A cmi5 AU finds the LMS by its launch parameters: only SCORM pages get the SCORM API bridge.
	const bridge = type.startsWith('text/html') && pkg.standard !== 'cmi5';
	return { type, bytes: bridge ? withApiBridge(bytes, appOrigin) : new Uint8Array(bytes) };
}

/** The player page reports what the package recorded (SCORM data read by scorm-again): started or completed. */
export async function recordPackageResult(
	actor: Actor,
	moduleId: string,
	result: { completed: boolean; score?: number },
	ctx: player.PlayContext
) {
	const learner = asLearner(actor);
	const module = await findModule(actor.orgId, moduleId);
	if (module.published !== 1 || !(await packageOfModule(actor.orgId, moduleId))) throw new NotFound('module');
	return player.recordPackageResult(learner, moduleId, result, ctx);
}
