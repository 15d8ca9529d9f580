import * as bites from '$lib/server/bites/index';
import type { Actor } from '$lib/server/actor';
import { action, page } from '$lib/server/http';

export const load = page((actor) => bites.manageCredentialsPage(actor));

/** Only credential managers (admins) reach these forms: others are refused before the form is read. */
const access = async (actor: Actor) => bites.mayManageCredentials(actor);

export const actions = {
	define: action(
		bites.CredentialDefInput,
		async (actor, input) => {
			await bites.createDefinition(actor, input);
			return { defined: true };
		},
		{ access }
	),
	// Editable until the definition first issues; then refused with a message saying why.
	update: action(
		bites.UpdateDefinitionInput,
		async (actor, input) => {
			await bites.updateDefinition(actor, input.definitionId, input);
			return { updated: true };
		},
		{ access }
	),
	award: action(
		bites.AwardInput,
		async (actor, input, event) => {
			const { awarded } = await bites.awardCredential(actor, input, event.url.origin);
			return { awarded };
		},
		{ access }
	),
	// Irreversible: asked first (dialog or confirm step), with the reason why — of those who may revoke.
	revoke: action(
		bites.RevokeInput,
		async (actor, input) => {
			await bites.revokeWithReason(actor, input.credentialId, input.reason);
			return { revoked: input.credentialId };
		},
		{ confirm: (actor, input) => bites.revokeQuestion(actor, input.credentialId) }
	)
};
