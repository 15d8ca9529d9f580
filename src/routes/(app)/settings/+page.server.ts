import { redirect } from '@sveltejs/kit';
import * as orgs from '$lib/server/orgs/index';
import * as privacy from '$lib/server/privacy/index';
import * as people from '$lib/server/people/index';
import * as mail from '$lib/server/mail/index';
import * as auth from '$lib/server/auth/index';
import { action, page, IdInput } from '$lib/server/http';
import type { Actor } from '$lib/server/actor';
import { clearSessionCookie } from '$lib/server/cookies';

export const load = page(async (actor, { url }) => ({
	...(await orgs.organisationSettings(actor)),
	scim: { ...(await people.scimSettings(actor)), url: `${url.origin}/scim/v2` },
	// Whether email is on, and the emails that could not be sent (dead letters), for the admin to see and retry.
	mail: { enabled: mail.mailEnabled(), undelivered: await mail.listUndeliveredEmails(actor) },
	twofactor: await auth.twofactorRequirement(actor)
}));

export const actions = {
	org: action(orgs.OrgSettingsInput, async (actor, input) => {
		await orgs.updateOrganisation(actor, input);
		return { saved: 'org' };
	}),
	twofactor: action(auth.TwofactorRequireInput, async (actor, input) => {
		await auth.setRequireAdminTwofactor(actor, input);
		return { saved: 'twofactor' };
	}),
	retention: action(privacy.RetentionInput, async (actor, input) => {
		await privacy.setRetention(actor, input);
		return { saved: 'retention' };
	}),
	/** A new SCIM token, shown in this answer only (stored hashed); the previous one stops working. */
	scimToken: action(async (actor) => ({ scimToken: (await people.rotateScimToken(actor)).token })),
	scimRevoke: action(async (actor) => {
		await people.revokeScimToken(actor);
		return { saved: 'scim' };
	}),
	retryEmail: action(
		IdInput('id'),
		async (actor, input) => {
			await mail.retryUndeliveredEmail(actor, input.id);
			return { retried: input.id };
		},
		{ access: (actor: Actor) => mail.listUndeliveredEmails(actor) }
	),
	deleteOrg: action(privacy.DeleteOrgInput, async (actor, input, { locals, cookies }) => {
		// The session pointed at the organisation; sign in again (to another organisation, if any).
		await privacy.deleteOrganisation(actor, input, locals.sessionToken);
		clearSessionCookie(cookies);
		redirect(303, '/signin?orgDeleted');
	})
};
