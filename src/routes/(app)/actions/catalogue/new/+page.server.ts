import { error, fail, redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act } from '$lib/server/respond';
import { can } from '$lib/server/policy';
import { translate } from '$lib/server/i18n';
import { checkedLists } from '../form';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	if (!can(actor, 'action.catalogue.manage', { orgId: actor.orgId })) error(403, translate('error_forbidden'));
	return {};
};

export const actions = {
	default: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, plans.schemas.CustomAction);
		if (!input.ok) return fail(400, { ...input.failure, lists: checkedLists(form) });
		return act(form, async () => {
			const created = await plans.createCustomAction(actor, input.value);
			redirect(303, `/actions/catalogue#${created.id}`);
		});
	}
};
