// The notification centre page (/notifications): everything the person was told, newest first, in their
// language and time zone.
import { getLocale } from '$lib/paraglide/runtime.js';
import { getProfile } from '../auth/index';
import type { Actor } from '../actor';
import { asLocale } from './language';
import { listNotifications } from './notifications';
import { countUnread } from './bell';

export async function notificationCentre(actor: Actor) {
	const profile = await getProfile(actor);
	const viewer = { locale: getLocale(), timeZone: profile.time_zone || 'Europe/Copenhagen' };
	const notifications = await listNotifications(
		actor,
		{ locale: asLocale(viewer.locale), timeZone: viewer.timeZone },
		200
	);
	return { viewer, notifications, unread: await countUnread(actor.orgId, actor.userId) };
}
