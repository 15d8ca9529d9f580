import { fail } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { listTeamMembers } from '$lib/server/orgs/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { currentLocale } from '$lib/actions/locale';
import { todayIn } from '$lib/actions/labels';
import { z } from 'zod';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const locale = currentLocale();
	return guard(async () => {
		const access = await plans.planAccess(actor, params.team);
		const items = await plans.getPlan(actor, params.team, locale);
		// Opening the plan also mends its live document (e.g. after a crash between commit and publish).
		await plans.refreshLivePlan(actor, params.team);
		return {
			...access,
			view: url.searchParams.get('view') === 'list' ? ('list' as const) : ('board' as const),
			cards: items.map(plans.toCard),
			items,
			beforeAfter: await plans.planBeforeAfter(actor, params.team, items),
			members: (await listTeamMembers(actor, params.team)).map((p) => ({ id: p.id, name: p.name })),
			today: todayIn()
		};
	});
};

const MoveForm = z.object({ itemId: z.string().min(1).max(64), status: plans.schemas.Status });

export const actions = {
	move: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		await guard(() => plans.planAccess(actor, params.team));
		const form = await request.formData();
		const input = parseForm(form, MoveForm);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await plans.moveItem(actor, input.value.itemId, input.value.status);
			return { moved: input.value };
		});
	},
	own: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		await guard(() => plans.planAccess(actor, params.team));
		const form = await request.formData();
		const input = parseForm(form, plans.schemas.OwnAction);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const id = await plans.createOwnAction(actor, params.team, input.value);
			return { created: id };
		});
	}
};
