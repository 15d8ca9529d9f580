// A published collection, open to anyone with the link: external learners join with a name and email and
// get a learner cookie that opens this collection's modules — nothing of the organisation beyond them.
import * as bites from '$lib/server/bites/index';
import { publicAction, publicPage } from '$lib/server/http';

export const load = publicPage(async ({ params, cookies, url }) => ({
	...(await bites.external.collectionPage(params.collection, cookies.get(bites.LEARNER_COOKIE))),
	origin: url.origin,
	token: params.collection
}));

export const actions = {
	join: publicAction(bites.JoinInput, async (input, { params, cookies, url }) => {
		const joined = await bites.joinCollection(params.collection ?? '', input, { origin: url.origin });
		// An email that joined before gets a one-time link to continue instead of a second, empty learner.
		if (joined.rejoin) return { rejoinSent: true };
		cookies.set(bites.LEARNER_COOKIE, joined.secret, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 180 * 86400
		});
		return { joined: true };
	}),
	share: publicAction(bites.ShareInput, async (input, { params, cookies }) => {
		const secret = cookies.get(bites.LEARNER_COOKIE);
		await bites.external.setSharing(params.collection ?? '', secret, input.credentialId, input.share);
		return { shared: input.credentialId };
	})
};
