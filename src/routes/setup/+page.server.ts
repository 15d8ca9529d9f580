import { redirect, type RequestEvent } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { firstRun, needsSetup } from '$lib/server/app/index';
import { publicAction } from '$lib/server/http';
import { setSessionCookie } from '$lib/server/cookies';
import { getLocale } from '$lib/paraglide/runtime.js';

export const load = async ({ request }) => {
	// A POST renders the demo's sign-ins (below), after setup is done.
	if (request.method !== 'POST' && !(await needsSetup())) redirect(303, '/signin');
	return {};
};

const setUp = (demo: boolean) => {
	const run = publicAction(auth.SetupInput, async (input, { cookies, url }) => {
		const done = await firstRun({ ...input, locale: getLocale() }, demo);
		setSessionCookie(cookies, done.session.token, done.session.expiresAt, url);
		if (done.demo) return { demo: done.demo };
		redirect(303, '/dashboard');
	});
	// Set up already: sign in, whatever the form holds (the load lets POSTs through, for the demo's sign-ins).
	return async (event: RequestEvent) => {
		if (!(await needsSetup())) redirect(303, '/signin');
		return run(event);
	};
};

export const actions = {
	empty: setUp(false),
	demo: setUp(true)
};
