import { error, fail } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { z } from 'zod';
import { parseForm, parseInput } from '$lib/server/forms';
import { confirmStep, isConfirmed } from '$lib/server/confirm';
import { withLists } from '$lib/server/bites/index';
import { requireActor } from '$lib/server/guards';
import { authorize } from '$lib/server/policy';
import { act, guard } from '$lib/server/respond';

const RevokeInput = z.object({ credentialId: z.string().min(1).max(40), reason: z.string().trim().min(1).max(500) });

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => ({
		issued: await bites.listIssued(actor),
		definitions: await bites.listDefinitions(actor),
		modules: (await bites.listModulesForAuthoring(actor)).filter((x) => x.published).map((x) => ({ id: x.id, title: x.title }))
	}));
};

export const actions = {
	define: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseInput(withLists(form, 'moduleIds', 'requiresIds'), bites.CredentialDefInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.createDefinition(actor, input.value);
			return { defined: true };
		});
	},
	revoke: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const id = form.get('credentialId');
		if (typeof id !== 'string') error(400);
		// Irreversible: asked first (dialog or confirm step), with the reason why — of those who may revoke.
		await guard(async () => authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId }));
		if (!(await guard(() => bites.listIssued(actor))).some((c) => c.id === id)) error(404);
		const input = parseForm(form, RevokeInput);
		const step = confirmStep(form, `revoke:${id}`, isConfirmed(form) && !input.ok ? input.failure.errors : {});
		if (step) return step;
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.revokeCredential(actor, id, input.value.reason);
			return { revoked: id };
		});
	}
};
