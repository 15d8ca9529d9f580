import { fail, redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';
import { currentLocale } from '$lib/actions/locale';
import { todayIn } from '$lib/actions/labels';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const filters = plans.schemas.Filters.parse(Object.fromEntries(url.searchParams));
	return guard(async () => ({
		filters,
		catalogue: await plans.listCatalogue(actor, currentLocale(), filters),
		teams: (await plans.listPlans(actor, todayIn())).filter((p) => p.canEdit).map((p) => ({ id: p.id, name: p.name })),
		canManage: can(actor, 'action.catalogue.manage', { orgId: actor.orgId }),
		archived: url.searchParams.has('archived')
	}));
};

export const actions = {
	add: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, plans.schemas.AddFromCatalogue);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const id = await plans.addFromCatalogue(actor, input.value, currentLocale());
			redirect(303, `/actions/items/${id}?added=1`);
		});
	}
};
