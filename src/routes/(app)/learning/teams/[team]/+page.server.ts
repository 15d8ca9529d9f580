import { getTeamView, viewerOf } from '$lib/server/learning/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const load = async ({ locals, params }) => {
	const actor = requireActor(locals);
	return guard(async () => ({ ...(await getTeamView(actor, params.team)), viewer: await viewerOf(actor) }));
};
