// A Teams channel the administration set up to announce surveys, turned off for the demo so that nothing is
// posted to the network: /settings/chat shows a configured channel from the first minute. Its address has the
// shape of a Teams webhook and leads nowhere real.
import { loadActor } from '../auth/index';
import { addChannel, listChannels, setChannelEnabled } from '../chat/index';
import type { Actor } from '../actor';
import type { DemoContext } from './context';

export const DEMO_CHAT_URL = 'https://demo.webhook.office.com/webhookb2/samspil-demo/IncomingWebhook/0000/demo';

export async function seedChat(ctx: DemoContext) {
	const admin = (await loadActor(ctx.adminId, ctx.orgId)) as Actor;
	await addChannel(admin, {
		label: 'HR · Trivsel',
		vendor: 'teams',
		url: DEMO_CHAT_URL,
		locale: 'da',
		announceSurveys: true
	});
	const [channel] = (await listChannels(admin)).channels;
	await setChannelEnabled(admin, channel.id, false);
}
