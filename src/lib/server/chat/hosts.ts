// Which URLs may be a chat webhook: only the vendors' own incoming-webhook hosts, over https. An admin names
// the URL and our server posts to it, so limiting it to these hosts is also what keeps it from reaching the
// private network (see webhooks/address.ts for the general case). CHAT_WEBHOOK_TEST_HOSTS adds hosts for tests.
import { config } from '../config';

export const VENDORS = ['slack', 'teams'] as const;
export type Vendor = (typeof VENDORS)[number];

/** Slack: https://hooks.slack.com/services/T…/B…/…; Teams: an Office 365 connector or a Workflows (Power Automate) URL. */
function vendorOf(url: URL): Vendor | null {
	const host = url.hostname.toLowerCase();
	if ((host === 'hooks.slack.com' || host === 'hooks.slack-gov.com') && url.pathname.startsWith('/services/'))
		return 'slack';
	if (host.endsWith('.webhook.office.com') && url.pathname.startsWith('/webhookb2/')) return 'teams';
	if (
		(host.endsWith('.logic.azure.com') || host.endsWith('.api.powerplatform.com')) &&
		url.pathname.includes('/workflows/')
	)
		return 'teams';
	return null;
}

/** The message key of what is wrong with a webhook URL for this vendor, or null when it may be used. */
export function webhookProblem(raw: string, vendor: Vendor): string | null {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return 'chat_error_url';
	}
	if (url.username || url.password) return 'chat_error_url';
	if (config.chatTestHosts.includes(url.hostname.toLowerCase())) return null;
	if (url.protocol !== 'https:' || url.port) return 'chat_error_host';
	const found = vendorOf(url);
	if (!found) return 'chat_error_host';
	if (found !== vendor) return 'chat_error_vendor';
	return null;
}

/** What may be shown of a saved URL: its host and last four characters. */
export function urlHint(raw: string): string {
	const url = new URL(raw);
	return `${url.host}/…${raw.slice(-4)}`;
}
