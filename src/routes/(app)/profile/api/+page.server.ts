import * as api from '$lib/server/api/index';
import { action, page } from '$lib/server/http';

export const load = page(async (actor, { url }) => ({
	...(await api.listPersonalTokens(actor)),
	apiUrl: `${url.origin}/api/v1`
}));

export const actions = {
	/** A new token, shown in this answer only (stored hashed). */
	create: action(api.TokenInput, async (actor, input) => ({
		created: { name: input.name, token: (await api.createPersonalToken(actor, input)).token }
	})),
	revoke: action(api.TokenIdInput, async (actor, input) => {
		await api.revokePersonalToken(actor, input.tokenId);
		return { revoked: input.tokenId };
	})
};
