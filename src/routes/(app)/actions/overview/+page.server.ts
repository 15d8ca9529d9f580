import * as plans from '$lib/server/actions/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { currentLocale } from '$lib/actions/locale';
import { todayIn } from '$lib/actions/labels';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => ({ overview: await plans.getOverview(actor, todayIn(), currentLocale()) }));
};
