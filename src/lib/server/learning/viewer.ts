// How the person reading a page wants times shown: the request's language and their own time zone.
import { getLocale } from '$lib/paraglide/runtime.js';
import { getProfile } from '../auth/index';
import type { Actor } from '../actor';

export async function viewerOf(actor: Actor): Promise<{ locale: string; timeZone: string }> {
	const profile = await getProfile(actor);
	return { locale: getLocale(), timeZone: profile.time_zone || 'Europe/Copenhagen' };
}
