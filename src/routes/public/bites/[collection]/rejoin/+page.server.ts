// The one-time link a rejoining external learner got by email. Opening it only shows a button: the link is used
// up by the POST, so a mail scanner fetching it does not spend it.
import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import * as bites from '$lib/server/bites/index';
import { publicAction, publicPage } from '$lib/server/http';

export const load = publicPage(async ({ params, url }) => {
	const { collection } = await bites.publicCollection(params.collection);
	return { title: collection.title, t: url.searchParams.get('t') ?? '' };
});

export const actions = {
	confirm: publicAction(z.object({ t: z.string().trim().max(100) }), async (input, { params, cookies, url }) => {
		const token = params.collection ?? '';
		const { secret } = await bites.confirmRejoin(token, input.t);
		cookies.set(bites.LEARNER_COOKIE, secret, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 180 * 86400
		});
		redirect(303, `/public/bites/${token}`);
	})
};
