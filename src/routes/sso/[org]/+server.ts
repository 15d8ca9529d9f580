// A per-organisation sign-in link: sends the browser to the organisation's identity provider.
import { redirect } from '@sveltejs/kit';
import * as sso from '$lib/server/sso/index';
import { publicEndpoint } from '$lib/server/http';

export const GET = publicEndpoint(async ({ params, cookies, url }) => {
	const binding = sso.newBrowserBinding();
	let target: URL;
	try {
		if (!/^[A-Za-z0-9_-]{1,40}$/.test(params.org ?? '')) throw new Error('not an organisation id');
		target = await sso.startSsoSignIn(params.org!, binding);
	} catch (e) {
		redirect(303, `/sso?error=${sso.ssoErrorOf(e)}`);
	}
	sso.setBindingCookie(cookies, binding, url);
	redirect(303, target.toString());
});
