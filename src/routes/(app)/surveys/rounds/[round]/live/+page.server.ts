import * as surveys from '$lib/server/surveys/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const load = async ({ locals, params }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		// Bring the live document up to date (a changed minimum, a closed round), then render the same
		// snapshot on the server so the page shows results before the socket connects (or without JS).
		await surveys.publishLive(actor, params.round);
		return { roundId: params.round, snapshot: { ...(await surveys.liveSnapshot(actor, params.round)), version: 0 } };
	});
};
