// The plan's live document in the browser (`live/actions/<team>`, read-only): its cards replace the
// server-rendered ones once synced; a move shows at once and the document confirms (or corrects) it.
import { LiveDoc } from '$lib/live/follow.svelte';
import { liveDocName, readCards, type PlanCard } from './live';

export class LivePlan extends LiveDoc<PlanCard[]> {
	constructor(teamId: string, initial: PlanCard[]) {
		super(liveDocName(teamId), initial, readCards);
	}

	/** Shows a move at once; the live document confirms (or corrects) it a moment later. */
	moveLocally(id: string, status: PlanCard['status']) {
		const max = Math.max(0, ...this.value.filter((c) => c.status === status).map((c) => c.position));
		this.value = this.value.map((c) => (c.id === id ? { ...c, status, position: max + 1 } : c));
	}
}
