import { fail, redirect } from '@sveltejs/kit';
import { needsSetup, setupFirstRun } from '$lib/server/auth/index';
import { SetupInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';
import { setSessionCookie } from '$lib/server/cookies';
import { demoSignIns, seedDemoInto } from '$lib/server/demo/index';
import { getLocale } from '$lib/paraglide/runtime.js';

export const load = async ({ request }) => {
	// A POST renders the demo's sign-ins (below), after setup is done.
	if (request.method !== 'POST' && !(await needsSetup())) redirect(303, '/signin');
	return {};
};

async function setup(request: Request, cookies: import('@sveltejs/kit').Cookies, url: URL, demo: boolean) {
	// set up already: sign in (the page's load lets POSTs through, for the demo's sign-ins)
	if (!(await needsSetup())) redirect(303, '/signin');
	const form = await request.formData();
	const input = parseForm(form, SetupInput);
	if (!input.ok) return fail(400, input.failure);
	return act(form, async () => {
		const done = await setupFirstRun({ ...input.value, locale: getLocale() });
		const ctx = demo ? await seedDemoInto(done.orgId, done.userId) : null;
		setSessionCookie(cookies, done.token, done.expiresAt, url);
		// The demo's colleagues share a password made for this demo: shown once, so the newcomer can look
		// at the demo through their eyes. A real organisation (Start empty) has no such accounts.
		if (ctx) return { demo: { password: ctx.password, people: demoSignIns(ctx) } };
		redirect(303, '/dashboard');
	});
}

export const actions = {
	empty: ({ request, cookies, url }) => setup(request, cookies, url, false),
	demo: ({ request, cookies, url }) => setup(request, cookies, url, true)
};
