import * as bites from '$lib/server/bites/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => bites.settingsPage(actor));

export const actions = {
	save: action(bites.SettingsInput, async (actor, input) => {
		await bites.saveSettings(actor, input);
		return { saved: true };
	})
};
