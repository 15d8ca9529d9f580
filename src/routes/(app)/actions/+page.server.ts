import * as plans from '$lib/server/actions/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';
import { currentLocale } from '$lib/actions/locale';
import { todayIn } from '$lib/actions/labels';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
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
