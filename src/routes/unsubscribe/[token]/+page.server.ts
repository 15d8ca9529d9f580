// The link at the foot of an email: GET asks (a link preview or a scanner must not unsubscribe anyone), POST stops
// that kind of email. Mail clients post here directly for RFC 8058 one-click unsubscribe (hooks.server.ts lets
// that post through from any origin: the signed token is all it acts on).
import { error } from '@sveltejs/kit';
import * as notify from '$lib/server/notify/index';
import { publicAction, publicPage, rawForm } from '$lib/server/http';
import { translate } from '$lib/server/i18n';

const kindLabel = (kind: string) => translate(`mail_kind_${kind}`);

export const load = publicPage(({ params }: { params: { token: string } }) => {
	const target = notify.unsubscribeView(params.token);
	return { kind: target ? kindLabel(target.kind) : null };
});

export const actions = {
	default: publicAction(rawForm, async (_form, { params }) => {
		const done = await notify.unsubscribe(params.token!);
		if (!done) error(404, translate('mail_unsub_invalid'));
		return { unsubscribed: kindLabel(done.kind) };
	})
};
