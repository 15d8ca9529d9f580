import * as auth from '$lib/server/auth/index';
import * as orgs from '$lib/server/orgs/index';
import * as people from '$lib/server/people/index';
import { redirect } from '@sveltejs/kit';
import { action, page } from '$lib/server/http';

export const load = page(async (actor) => ({
	...(await auth.membersOverview(actor)),
	imports: await people.pendingImports(actor)
}));

export const actions = {
	invite: action(auth.InviteInput, async (actor, input, { url }) => {
		const { link, emailed } = await auth.createInvitation(actor, input, url.origin);
		return { inviteLink: link, emailedTo: emailed ? input.email : null };
	}),
	role: action(orgs.RoleInput, async (actor, input) => {
		await orgs.setMemberRole(actor, input.userId, input.role);
		return { saved: true };
	}),
	revoke: action(auth.InvitationIdInput, async (actor, input) => {
		await auth.revokeInvitation(actor, input.id);
		return { saved: true };
	}),
	/** A people file: read, kept as a pending import, and shown as its preview (nothing changes yet). */
	upload: action(
		people.ImportUploadInput,
		async (actor, input) => {
			const { id } = await people.uploadImport(actor, input.file);
			redirect(303, `/members/import/${id}`);
		},
		{ tooLarge: { field: 'file', key: 'error_import_too_large' } }
	),
	/** An admin sends a reset email to the person's own address; the link itself is never shown here. */
	reset: action(auth.PersonInput, async (actor, input) => ({
		resetSentTo: (await auth.sendPasswordReset(actor, input.userId)).name
	})),
	/** A member who lost their authenticator and recovery codes signs in with their password again (asked first). */
	resetTwofactor: action(
		auth.PersonInput,
		async (actor, input) => ({ twofactorResetFor: (await auth.resetMemberTwofactor(actor, input.userId)).name }),
		{ confirm: (actor, input) => auth.twofactorResetQuestion(actor, input.userId) }
	)
};
