// Every kind of email and nudge a member gets, on one page: email on or off for each, in the app too where
// there is an in-app notice to turn off.
import * as notify from '$lib/server/notify/index';
import { action, page } from '$lib/server/http';
import { translate } from '$lib/server/i18n';

export const load = page(async (actor) => ({
	mail: notify.mailerConfigured(),
	prefs: (await notify.getEmailPrefs(actor)).map((p) => ({ ...p, label: translate(`mail_kind_${p.kind}`) }))
}));

export const actions = {
	default: action(notify.EmailPrefsInput, async (actor, input) => {
		await notify.setEmailPrefs(actor, new Set(input.on));
		return { saved: true };
	})
};
