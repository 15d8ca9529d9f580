// External learners: someone outside the organisation who joined a published collection by its link gets a
// learner cookie that opens this collection's modules and their own credentials — nothing else. Their
// credentials stay theirs when the collection is unpublished: the cookie alone opens them (not the modules).
import { NotFound } from '../errors';
import * as player from './player';
import { externalLearner, learnerBySecret, publicCollection, requireCollectionModule } from './collection-joining';
import { downloadHeld, listHeld, setHeldSharing } from './credentials';
import { heldCertificate } from './certificate';
import { offlineModule } from './offline';
import { externalOfflinePlan } from './offline-plan';
import { packageOfModule } from './package-import';

async function asExternal(collectionToken: string, secret: string | undefined, moduleId?: string) {
	const learner = await externalLearner(collectionToken, secret);
	if (!learner) throw new NotFound('learner');
	if (moduleId) await requireCollectionModule(collectionToken, moduleId);
	return learner;
}

/** The learner behind the cookie, for their own credentials: the collection need not be published any more. */
async function holder(secret: string | undefined) {
	const learner = await learnerBySecret(secret);
	if (!learner) throw new NotFound('learner');
	return learner;
}

/** The collection's page once it is unpublished: only a learner who joined it sees it, with their credentials. */
async function closedPage(secret: string | undefined) {
	const learner = await learnerBySecret(secret);
	if (!learner) throw new NotFound('collection');
	return {
		collection: { title: learner.collectionTitle, description: '' },
		closed: true,
		modules: [] as Awaited<ReturnType<typeof publicCollection>>['modules'],
		learner: { name: learner.name },
		completed: {} as Record<string, number | null>,
		credentials: await listHeld(learner.orgId, learner.id)
	};
}

export const external = {
	learner: (collectionToken: string, secret: string | undefined) => externalLearner(collectionToken, secret),
	play: async (token: string, secret: string | undefined, moduleId: string, ctx: player.PlayContext) =>
		player.playState(await asExternal(token, secret, moduleId), moduleId, ctx),
	answer: async (
		token: string,
		secret: string | undefined,
		moduleId: string,
		cardId: string,
		choices: string[],
		ctx: player.PlayContext & { clientId?: string | null }
	) => player.answerCard(await asExternal(token, secret, moduleId), moduleId, cardId, choices, ctx),
	next: async (token: string, secret: string | undefined, moduleId: string, cardId: string, ctx: player.PlayContext) =>
		player.advance(await asExternal(token, secret, moduleId), moduleId, cardId, ctx),
	back: async (token: string, secret: string | undefined, moduleId: string, cardId: string, ctx: player.PlayContext) =>
		player.goBack(await asExternal(token, secret, moduleId), moduleId, cardId, ctx),
	restart: async (token: string, secret: string | undefined, moduleId: string, ctx: player.PlayContext) =>
		player.restart(await asExternal(token, secret, moduleId), moduleId, ctx),
	/** What the learner's device stores for offline use: the collection's modules they have not completed. */
	offlinePlan: async (token: string, secret: string | undefined) => {
		const learner = await asExternal(token, secret);
		return externalOfflinePlan(learner, token, (await publicCollection(token)).modules);
	},
	/** What a SCORM package module of the collection recorded (PackagePlayer.svelte), as a member's. */
	packageResult: async (
		token: string,
		secret: string | undefined,
		moduleId: string,
		result: { completed: boolean; score?: number },
		ctx: player.PlayContext
	) => {
		const learner = await asExternal(token, secret, moduleId);
		if (!(await packageOfModule(learner.orgId, moduleId))) throw new NotFound('module');
		return player.recordPackageResult(learner, moduleId, result, ctx);
	},
	/** A module of the learner's collection for offline reading (a PDF). */
	offline: async (token: string, secret: string | undefined, moduleId: string) =>
		offlineModule((await asExternal(token, secret, moduleId)).orgId, moduleId),
	progress: async (token: string, secret: string | undefined) => {
		const learner = await asExternal(token, secret);
		return {
			learner,
			completed: new Map((await player.completions(learner.id, learner.orgId)).map((c) => [c.module_id, c]))
		};
	},
	/** The player, or null for someone who has not joined the collection (the page sends them to join). */
	playIfJoined: async (token: string, secret: string | undefined, moduleId: string, ctx: player.PlayContext) =>
		(await externalLearner(token, secret))
			? player.playState(await asExternal(token, secret, moduleId), moduleId, ctx)
			: null,
	/** The collection's page: its modules, and for a learner who joined, what they completed and hold. */
	collectionPage: async (token: string, secret: string | undefined) => {
		const published = await publicCollection(token).catch((e) => {
			if (e instanceof NotFound) return null;
			throw e;
		});
		if (!published) return closedPage(secret);
		const { collection, modules, orgId } = published;
		const learner = await externalLearner(token, secret);
		let completed: Record<string, number | null> = {};
		let credentials: Awaited<ReturnType<typeof listHeld>> = [];
		if (learner) {
			const progress = await external.progress(token, secret);
			completed = Object.fromEntries([...progress.completed].map(([id, c]) => [id, c.score]));
			credentials = await listHeld(orgId, learner.id);
		}
		return {
			collection: { title: collection.title, description: collection.description },
			closed: false,
			modules,
			learner: learner ? { name: learner.name } : null,
			completed,
			credentials
		};
	},
	setSharing: async (_token: string, secret: string | undefined, credentialId: string, share: boolean) => {
		const learner = await holder(secret);
		return setHeldSharing(learner.orgId, learner.id, credentialId, share);
	},
	download: async (_token: string, secret: string | undefined, credentialId: string) => {
		const learner = await holder(secret);
		return downloadHeld(learner.orgId, learner.id, credentialId);
	},
	/** The external learner's own credential as a certificate (see certificateData). */
	certificateData: async (
		_token: string,
		secret: string | undefined,
		credentialId: string,
		opts: { origin: string; locale?: string; now?: Date }
	) => {
		const learner = await holder(secret);
		return heldCertificate(learner.orgId, learner.id, credentialId, opts);
	}
};
