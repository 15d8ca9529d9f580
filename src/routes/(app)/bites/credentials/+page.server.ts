import * as bites from '$lib/server/bites/index';
import { action, page } from '$lib/server/http';

export const load = page(async (actor, { url }) => ({
	credentials: await bites.listMyCredentials(actor),
	origin: url.origin
}));

export const actions = {
	share: action(bites.ShareInput, async (actor, input) => {
		await bites.setSharing(actor, input.credentialId, input.share);
		return { shared: input.credentialId };
	})
};
