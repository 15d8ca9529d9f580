import { listUserOrganisations } from '$lib/server/orgs/index';
import { requireActor } from '$lib/server/guards';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const orgs = await listUserOrganisations(actor.userId);
	return {
		me: { id: actor.userId, name: actor.name, role: actor.role, orgId: actor.orgId },
		orgs: orgs.map((o) => ({ id: o.id, name: o.name }))
	};
};
