// Every kind of email and nudge a member gets, on one page: email on or off for each, in the app too where
// there is an in-app notice to turn off; and where chat messages go (their own Teams or Slack webhook, or one
// of the organisation's channels), which follow the same switch as email.
import * as notify from '$lib/server/notify/index';
import * as chat from '$lib/server/chat/index';
import { action, page } from '$lib/server/http';
import { translate } from '$lib/server/i18n';

export const load = page(async (actor) => ({
	mail: notify.mailerConfigured(),
	prefs: (await notify.getEmailPrefs(actor)).map((p) => ({ ...p, label: translate(`mail_kind_${p.kind}`) })),
	chat: await chat.getPersonalChat(actor)
}));

export const actions = {
	prefs: action(notify.EmailPrefsInput, async (actor, input) => {
		await notify.setEmailPrefs(actor, new Set(input.on));
		return { saved: true };
	}),
	chat: action(chat.PersonalChatInput, async (actor, input) => {
		await chat.setPersonalChat(actor, input);
		return { chatSaved: true };
	})
};
