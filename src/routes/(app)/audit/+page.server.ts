import { listEvents } from '$lib/server/audit/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => ({ events: await listEvents(actor, { limit: 300 }) }));
};
