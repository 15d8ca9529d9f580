import { requireActor } from '$lib/server/guards';
import { getOrganisation } from '$lib/server/orgs/index';
import { guard } from '$lib/server/respond';
import { commentMinimum, minimumGroupSize } from '$lib/server/surveys/index';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const org = await getOrganisation(actor);
		const minimum = minimumGroupSize(org.min_group_size);
		return { minimum, commentMinimum: commentMinimum(minimum) };
	});
};
