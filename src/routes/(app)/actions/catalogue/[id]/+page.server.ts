import { error, fail, redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';
import { translate } from '$lib/server/i18n';
import { currentLocale } from '$lib/actions/locale';
import { checkedLists } from '../form';

/** Only the organisation's own actions have a page of their own: ours are content, shown in the list. */
async function ownAction(locals: App.Locals, id: string, url?: URL) {
	const actor = requireActor(locals, url);
	if (!plans.isCustomId(id)) error(404, translate('error_not_found'));
	const action = await guard(() => plans.getCatalogueAction(actor, id, currentLocale()));
	if (!can(actor, 'action.catalogue.manage', { orgId: actor.orgId })) error(403, translate('error_forbidden'));
	return { actor, action };
}

export const load = async ({ locals, params, url }) => {
	const { action } = await ownAction(locals, params.id, url);
	return { action };
};

export const actions = {
	save: async ({ locals, params, request }) => {
		const { actor } = await ownAction(locals, params.id);
		const form = await request.formData();
		const input = parseForm(form, plans.schemas.CustomAction);
		if (!input.ok) return fail(400, { ...input.failure, lists: checkedLists(form) });
		return act(form, async () => {
			await plans.updateCustomAction(actor, params.id, input.value);
			return { saved: true };
		});
	},
	archive: async ({ locals, params }) => {
		const { actor } = await ownAction(locals, params.id);
		return act(null, async () => {
			await plans.archiveCustomAction(actor, params.id);
			redirect(303, '/actions/catalogue?archived=1');
		});
	}
};
