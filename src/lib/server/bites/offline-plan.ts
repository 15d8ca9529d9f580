// What a person's device keeps for offline use (src/lib/offline/bites-store.ts): today's bite and their other
// assigned modules not yet completed, soonest first, each as its player page, that page's data and the media its
// cards show, as long as the total stays within the budget. A module that does not fit is left out whole.
import { db } from '../db/current';
import type { Actor } from '../actor';
import { myAssignments } from './assignments';
import { todaysBite } from './todays-bite';
import { loadCards } from './cards';

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

export async function offlinePlan(actor: Actor): Promise<{ budget: number; modules: OfflineBite[] }> {
	const today = await todaysBite(actor);
	const assigned = (await myAssignments(actor)).filter((a) => !a.completed);
	const bites = [...(today ? [today] : []), ...assigned].filter(
		(b, i, all) => all.findIndex((o) => o.module.id === b.module.id) === i
	);
	const modules: OfflineBite[] = [];
	let total = PAGE_BYTES; // the bites page itself
	for (const { module } of bites) {
		const mediaIds = (await loadCards(actor.orgId, module.id)).flatMap((c) =>
			[c.mediaId, c.captionsId].filter((id): id is string => !!id)
		);
		const media = mediaIds.length
			? await db()
					.selectFrom('bite_media')
					.select(['id', 'size'])
					.where('org_id', '=', actor.orgId)
					.where('id', 'in', mediaIds)
					.execute()
			: [];
		const bytes = PAGE_BYTES + media.reduce((sum, m) => sum + m.size, 0);
		if (total + bytes > OFFLINE_BUDGET_BYTES) continue;
		total += bytes;
		modules.push({
			id: module.id,
			title: module.title,
			urls: [`/bites/${module.id}`, `/bites/${module.id}/__data.json`, ...media.map((m) => `/bites/media/${m.id}`)],
			bytes
		});
	}
	return { budget: OFFLINE_BUDGET_BYTES, modules };
}
