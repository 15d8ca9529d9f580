import { redirect } from '@sveltejs/kit';
import { needsSetup } from '$lib/server/auth/index';

export const load = async ({ locals }) => {
	if (await needsSetup()) redirect(303, '/setup');
	redirect(303, locals.user ? '/dashboard' : '/signin');
};
