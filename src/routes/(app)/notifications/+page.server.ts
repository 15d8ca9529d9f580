import * as notify from '$lib/server/notify/index';
import { IdInput, action, page } from '$lib/server/http';

export const load = page((actor) => notify.notificationCentre(actor));

export const actions = {
	read: action(IdInput('id'), async (actor, input) => {
		await notify.markRead(actor, input.id);
		return { read: 'one' };
	}),
	readAll: action(async (actor) => {
		await notify.markRead(actor);
		return { read: 'all' };
	})
};
