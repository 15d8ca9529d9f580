import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { publicPage } from '$lib/server/http';

export const load = publicPage(async ({ locals }: { locals: App.Locals }) => {
	if (await auth.needsSetup()) redirect(303, '/setup');
	redirect(303, locals.user ? '/dashboard' : '/signin');
});
