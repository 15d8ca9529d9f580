import * as api from '$lib/server/api/index';
import type { Actor } from '$lib/server/actor';
import { action, page } from '$lib/server/http';

export const load = page(async (actor, { url }) => ({
	...(await api.listOrganisationTokens(actor)),
	apiUrl: `${url.origin}/api/v1`
}));

/** Admins only: others are refused before the form is read. */
const access = (actor: Actor) => api.listOrganisationTokens(actor);

export const actions = {
	/** A new organisation token, shown in this answer only (stored hashed). */
	create: action(
		api.TokenInput,
		async (actor, input) => ({
			created: { name: input.name, token: (await api.createOrganisationToken(actor, input)).token }
		}),
		{ access }
	),
	revoke: action(
		api.TokenIdInput,
		async (actor, input) => {
			await api.revokeOrganisationToken(actor, input.tokenId);
			return { revoked: input.tokenId };
		},
		{ access }
	)
};
