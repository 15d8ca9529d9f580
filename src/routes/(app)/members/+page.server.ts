import { fail } from '@sveltejs/kit';
import { createInvitation, listInvitations, revokeInvitation, sendPasswordReset } from '$lib/server/auth/index';
import { listMembers, listTeams, setMemberRole } from '$lib/server/orgs/index';
import { InvitationIdInput, InviteInput, PersonInput, RoleInput } from '$lib/server/auth/schemas';
import { mailerConfigured } from '$lib/server/notify/index';
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
			teams: (await listTeams(actor)).map((t) => ({ id: t.id, name: t.name })),
			mail: mailerConfigured()
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
		const input = parseForm(form, InvitationIdInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await revokeInvitation(actor, input.value.id);
			return { saved: true };
		});
	},
	/** An admin sends a reset email to the person's own address; the link itself is never shown here. */
	reset: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, PersonInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => ({ resetSentTo: (await sendPasswordReset(actor, input.value.userId)).name }));
	}
};
