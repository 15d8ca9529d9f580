import { error, fail } from '@sveltejs/kit';
import { createInvitation, createPasswordReset, listInvitations, revokeInvitation } from '$lib/server/auth/index';
import { listMembers, listTeams, setMemberRole } from '$lib/server/orgs/index';
import { InviteInput, RoleInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { authorize } from '$lib/server/policy';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		authorize(actor, 'member.manage', { orgId: actor.orgId });
		return {
			members: await listMembers(actor),
			invitations: (await listInvitations(actor)).filter((i) => !i.accepted_at),
			teams: (await listTeams(actor)).map((t) => ({ id: t.id, name: t.name }))
		};
	});
};

export const actions = {
	invite: async ({ locals, request, url }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, InviteInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => ({ inviteLink: (await createInvitation(actor, input.value, url.origin)).link }));
	},
	role: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, RoleInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await setMemberRole(actor, input.value.userId, input.value.role);
			return { saved: true };
		});
	},
	revoke: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const id = form.get('id');
		if (typeof id !== 'string') error(400);
		return act(form, async () => {
			await revokeInvitation(actor, id);
			return { saved: true };
		});
	},
	/** An admin makes a reset link for someone who lost their password (email delivery comes later). */
	reset: async ({ locals, request, url }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, async () => {
			authorize(actor, 'member.manage', { orgId: actor.orgId });
			const userId = form.get('userId');
			const member = (await listMembers(actor)).find((p) => p.id === userId);
			if (!member) error(404);
			return { resetLink: await createPasswordReset(member.email, url.origin), resetFor: member.name };
		});
	}
};
