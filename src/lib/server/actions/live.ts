// Keeps `live/actions/<teamId>` in step with SQL: after every committed change to a team's plan the
// module rebuilds the team's cards and writes the difference through the app's live writer
// (src/lib/server/live.ts: the runtime's sync server; none in tests that don't need live views).
// Writes for one team run one after another, each reading fresh rows, so a slow write never
// overwrites a newer one.
import { registerDocType } from '../sync/index';
import { can } from '../policy';
import { getTeam } from '../orgs/index';
import { writeLive } from '../live';
import { app } from '../app/context';
import { log } from '../log';
import type { Actor } from '../actor';
import { LIVE_PREFIX, liveDocName, writeCards } from '$lib/actions/live';

const queues = new Map<string, Promise<void>>();

/**
 * Declares the `live/actions` document type for the sync server: readable by whoever may view the
 * team's plan, written by the server alone. Returns a function that removes the registration.
 */
export function registerActionPlanDocs(): () => void {
	return registerDocType(LIVE_PREFIX, async (principal, teamId) => {
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
}

/** Rewrites the team's live document from SQL. Never throws: the change itself is already committed. */
export function publishPlan(actor: Actor, teamId: string): Promise<void> {
	// The cards come from plans.ts through the app (app/index.ts wires them): no import cycle with the plan queries.
	const build = app().planCards;
	if (!build) return Promise.resolve();
	const previous = queues.get(teamId) ?? Promise.resolve();
	const next = previous.then(async () => {
		try {
			const cards = await build(actor, teamId);
			await writeLive(liveDocName(teamId), (doc) => writeCards(doc, cards));
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
