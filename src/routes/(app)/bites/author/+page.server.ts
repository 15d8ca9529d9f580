import { fail, redirect } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { parseForm, parseInput } from '$lib/server/forms';
import { withLists } from '$lib/server/bites/index';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { can } from '$lib/server/policy';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => {
		const canPublish = can(actor, 'bites.publish', { orgId: actor.orgId });
		return {
			modules: await bites.listModulesForAuthoring(actor),
			collections: canPublish ? await bites.listCollections(actor) : [],
			canPublish
		};
	});
};

export const actions = {
	create: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, bites.ModuleInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const module = await bites.createModule(actor, input.value);
			redirect(303, `/bites/${module.id}/edit`);
		});
	},
	collection: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseInput(withLists(form, 'moduleIds'), bites.CollectionInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const collection = await bites.createCollection(actor, input.value);
			redirect(303, `/bites/collections/${collection.id}`);
		});
	}
};
