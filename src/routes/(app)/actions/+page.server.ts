import { redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';
import { currentLocale } from '$lib/actions/locale';
import { todayIn } from '$lib/actions/labels';
import { catalogueDimensionOf } from '$lib/actions/dimensions';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	// Survey results link here per dimension (`?dimension=<the survey's key>`): show the catalogue's
	// actions for it.
	const asked = url.searchParams.get('dimension');
	if (asked !== null) {
		const dimension = catalogueDimensionOf(asked);
		redirect(303, dimension ? `/actions/catalogue?dimension=${dimension}` : '/actions/catalogue');
	}
	const today = todayIn();
	return guard(async () => ({
		plans: await plans.listPlans(actor, today),
		followUps: (await plans.listMyFollowUps(actor, today, currentLocale())).map((f) => ({
			id: f.item.id,
			title: f.item.title,
			teamName: f.teamName,
			reviewDate: f.item.reviewDate,
			nudgedBy: f.item.nudgedBy,
			reasons: f.reasons
		})),
		canOverview: can(actor, 'action.overview', { orgId: actor.orgId })
	}));
};
