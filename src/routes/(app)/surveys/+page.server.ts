import { requireActor } from '$lib/server/guards';

export const load = ({ locals }) => {
	requireActor(locals);
	return {};
};
