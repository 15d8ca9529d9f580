import { fail, isActionFailure, redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { listTeamMembers } from '$lib/server/orgs/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { currentLocale } from '$lib/actions/locale';
import type { Actor } from '$lib/server/actor';

/** The item, or a 404 page before any form is read (another team's or organisation's action). */
function itemOf(actor: Actor, id: string) {
	return guard(() => plans.getItem(actor, id, currentLocale()));
}

/** Marks which of the page's forms a failure belongs to, so its messages appear next to that form. */
function tagged<T>(name: 'save' | 'review', result: T): T {
	if (isActionFailure(result) && result.data) Object.assign(result.data as unknown as object, { form: name });
	return result;
}

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const item = await itemOf(actor, params.item);
	return guard(async () => {
		const access = await plans.planAccess(actor, item.teamId);
		return {
			item,
			...access,
			catalogue: item.catalogueId ? await plans.getCatalogueAction(actor, item.catalogueId, currentLocale()).catch(() => null) : null,
			members: (await listTeamMembers(actor, item.teamId)).map((p) => ({ id: p.id, name: p.name })),
			reviews: await plans.listReviews(actor, item.id),
			beforeAfter: await plans.dimensionBeforeAfter(actor, item.id),
			added: url.searchParams.has('added')
		};
	});
};

export const actions = {
	save: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		await itemOf(actor, params.item);
		const form = await request.formData();
		const input = parseForm(form, plans.schemas.ItemUpdate);
		if (!input.ok) return fail(400, { ...input.failure, form: 'save' });
		return tagged('save', await act(form, async () => {
			await plans.updateItem(actor, params.item, input.value);
			return { saved: true };
		}));
	},
	review: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		await itemOf(actor, params.item);
		const form = await request.formData();
		const input = parseForm(form, plans.schemas.Review);
		if (!input.ok) return fail(400, { ...input.failure, form: 'review' });
		return tagged('review', await act(form, async () => {
			await plans.recordReview(actor, params.item, input.value);
			return { reviewed: true };
		}));
	},
	nudge: async ({ locals, params }) => {
		const actor = requireActor(locals);
		const item = await itemOf(actor, params.item);
		return act(null, async () => {
			await plans.nudgeOwner(actor, params.item);
			return { nudged: item.ownerName ?? '' };
		});
	},
	remove: async ({ locals, params }) => {
		const actor = requireActor(locals);
		await itemOf(actor, params.item);
		return act(null, async () => {
			const { teamId } = await plans.removeItem(actor, params.item);
			redirect(303, `/actions/teams/${teamId}`);
		});
	}
};
