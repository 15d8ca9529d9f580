import * as bites from '$lib/server/bites/index';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => {
		const [today, assigned, library, progress, review, streak, nudges, credentials] = await Promise.all([
			bites.todaysBite(actor),
			bites.myAssignments(actor),
			bites.listPublishedModules(actor),
			bites.myProgress(actor),
			bites.dueReviews(actor),
			bites.myStreak(actor),
			bites.myNudges(actor),
			bites.listMyCredentials(actor)
		]);
		return {
			today,
			assigned,
			library: library.map((mod) => {
				const p = progress.get(mod.id);
				return { ...mod, started: !!p, completed: !!p?.completed_at, score: p?.score ?? null };
			}),
			reviewDue: review.dueTotal,
			nextReview: review.nextDue,
			streak,
			nudges,
			credentialCount: credentials.length,
			canAuthor: can(actor, 'bites.author', { orgId: actor.orgId }),
			isAdmin: can(actor, 'bites.settings', { orgId: actor.orgId })
		};
	});
};

export const actions = {
	dismiss: async ({ locals }) => {
		const actor = requireActor(locals);
		return act(null, () => bites.dismissNudges(actor));
	}
};
