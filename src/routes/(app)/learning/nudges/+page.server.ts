import * as learning from '$lib/server/learning/index';
import { action, page } from '$lib/server/http';

// The nudges themselves are listed in the notification centre (/notifications); this page keeps the choices.
export const load = page((actor) => learning.nudgesPage(actor));

export const actions = {
	prefs: action(learning.NudgePrefsInput, async (actor, input) => {
		await learning.saveNudgePrefs(actor, input.on);
		return { saved: 'prefs' };
	})
};
