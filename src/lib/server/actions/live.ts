// Keeps `live/actions/<teamId>` in step with SQL: after every committed change to a team's plan the
// module rebuilds the team's cards and writes the difference through the sync server. Writes for one
// team run one after another, each reading fresh rows, so a slow write never overwrites a newer one.
import type * as Y from 'yjs';
import { registerDocType } from '../sync/index';
import { can } from '../policy';
import { getTeam } from '../orgs/index';
import { log } from '../log';
import type { Actor } from '../actor';
import { LIVE_PREFIX, liveDocName, writeCards, type PlanCard } from '$lib/actions/live';

export interface LiveWriter {
	writeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
}

let writer: LiveWriter | null = null;
let unregister: (() => void) | null = null;
let buildCards: ((actor: Actor, teamId: string) => Promise<PlanCard[]>) | null = null;
const queues = new Map<string, Promise<void>>();

/**
 * Connects the module to a sync server: declares the `live/actions` document type (readable by whoever
 * may view the team's plan) and sends plan changes through `sync.writeDoc`.
 */
export function connectActionPlans(sync: LiveWriter): () => void {
	writer = sync;
	unregister?.();
	unregister = registerDocType(LIVE_PREFIX, async (principal, teamId) => {
		if (principal.kind !== 'user') return 'none';
		const actor = principal.actor;
		if (!can(actor, 'action.plan.view', { orgId: actor.orgId, teamId })) return 'none';
		try {
			await getTeam(actor, teamId);
		} catch {
			return 'none';
		}
		return 'read';
	});
	return () => {
		if (writer === sync) writer = null;
		unregister?.();
		unregister = null;
	};
}

/** Set once by plans.ts (avoids an import cycle between the projection and the plan queries). */
export function useCardBuilder(fn: (actor: Actor, teamId: string) => Promise<PlanCard[]>) {
	buildCards = fn;
}

/** Rewrites the team's live document from SQL. Never throws: the change itself is already committed. */
export function publishPlan(actor: Actor, teamId: string): Promise<void> {
	const sync = writer;
	const build = buildCards;
	if (!sync || !build) return Promise.resolve();
	const previous = queues.get(teamId) ?? Promise.resolve();
	const next = previous.then(async () => {
		try {
			const cards = await build(actor, teamId);
			await sync.writeDoc(liveDocName(teamId), (doc) => writeCards(doc, cards));
		} catch (error) {
			log.warn('action plan projection failed', { team: teamId, error: String(error) });
		}
	});
	queues.set(teamId, next);
	void next.then(() => {
		if (queues.get(teamId) === next) queues.delete(teamId);
	});
	return next;
}
