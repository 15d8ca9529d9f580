// What a device keeps for offline use (src/lib/offline/bites-store.ts). For a person: today's bite and their other
// assigned modules not yet completed, soonest first; for an external learner: their collection's modules not yet
// completed, in the collection's order. Each module is its player page, that page's data and the media its cards
// show, as long as the total stays within the budget. A module that does not fit is left out whole, and so is an
// imported LMS package (its files are not stored).
import { db } from '../db/current';
import type { Actor } from '../actor';
import { myAssignments } from './assignments';
import { todaysBite } from './todays-bite';
import { loadCards } from './cards';
import { completions } from './player';
import type { Learner } from './learners';

/** Media and pages together; a phone's storage is shared with everything else on it. */
export const OFFLINE_BUDGET_BYTES = 50 * 1024 * 1024;
/** A player page with its data, about (the cards' text travels in both). */
const PAGE_BYTES = 100 * 1024;

export interface OfflineBite {
	id: string;
	title: string;
	urls: string[];
	bytes: number;
}

export async function offlinePlan(actor: Actor): Promise<OfflinePlan> {
	const today = await todaysBite(actor);
	const assigned = (await myAssignments(actor)).filter((a) => !a.completed);
	const bites = [...(today ? [today] : []), ...assigned].filter(
		(b, i, all) => all.findIndex((o) => o.module.id === b.module.id) === i
	);
	return withinBudget(
		actor.orgId,
		bites.map((b) => b.module),
		(id) => `/bites/${id}`
	);
}

/** An external learner's plan: the collection's modules they have not completed (`modules`: the collection's). */
export async function externalOfflinePlan(
	learner: Learner,
	collectionToken: string,
	modules: { id: string; title: string }[]
): Promise<OfflinePlan> {
	const done = new Set((await completions(learner.id, learner.orgId)).map((c) => c.module_id));
	return withinBudget(
		learner.orgId,
		modules.filter((m) => !done.has(m.id)),
		(id) => `/public/bites/${collectionToken}/${id}`
	);
}

export interface OfflinePlan {
	budget: number;
	modules: OfflineBite[];
}

async function withinBudget(
	orgId: string,
	wanted: { id: string; title: string }[],
	pageOf: (moduleId: string) => string
): Promise<OfflinePlan> {
	const modules: OfflineBite[] = [];
	let total = PAGE_BYTES; // the bites page itself
	// An imported LMS package plays from grant-signed files in a sandboxed frame, which are not stored: it needs the
	// network, so it is not counted as stored.
	const packages = new Set(
		wanted.length
			? (
					await db()
						.selectFrom('bite_packages')
						.select('module_id')
						.where('org_id', '=', orgId)
						.where(
							'module_id',
							'in',
							wanted.map((m) => m.id)
						)
						.execute()
				).map((p) => p.module_id)
			: []
	);
	for (const module of wanted.filter((m) => !packages.has(m.id))) {
		const mediaIds = (await loadCards(orgId, module.id)).flatMap((c) =>
			[c.mediaId, c.captionsId].filter((id): id is string => !!id)
		);
		const media = mediaIds.length
			? await db()
					.selectFrom('bite_media')
					.select(['id', 'size'])
					.where('org_id', '=', orgId)
					.where('id', 'in', mediaIds)
					.execute()
			: [];
		const bytes = PAGE_BYTES + media.reduce((sum, m) => sum + m.size, 0);
		if (total + bytes > OFFLINE_BUDGET_BYTES) continue;
		total += bytes;
		const page = pageOf(module.id);
		modules.push({
			id: module.id,
			title: module.title,
			urls: [page, `${page}/__data.json`, ...media.map((m) => `/bites/media/${m.id}`)],
			bytes
		});
	}
	return { budget: OFFLINE_BUDGET_BYTES, modules };
}
