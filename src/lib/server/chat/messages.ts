// The bodies the vendors' incoming webhooks accept, built from a few plain strings already in the reader's
// language: Microsoft Teams gets a message with one Adaptive Card (version 1.4) attachment, Slack gets Block Kit
// blocks with a plain `text` fallback (what notifications and old clients show). Text goes in as plain text
// (Slack `plain_text`; Teams TextBlocks, whose small Markdown subset a title could at worst make bold), so a
// survey's title cannot turn into a mention or a link. Callers put no answers, feedback or participation in.
import type { Vendor } from './hosts';

export interface ChatMessage {
	title: string;
	/** a paragraph under the title, optional */
	text?: string;
	/** the button's label and the absolute link back into the app */
	action: { label: string; url: string };
}

/** Slack's documented limits (Block Kit reference): section text 3000, button text 75, URL 3000 characters. */
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function slackBody(message: ChatMessage) {
	const blocks: object[] = [
		{ type: 'section', text: { type: 'plain_text', text: cut(message.title, 3000), emoji: false } }
	];
	if (message.text) blocks.push({ type: 'section', text: { type: 'plain_text', text: cut(message.text, 3000) } });
	blocks.push({
		type: 'actions',
		elements: [
			{
				type: 'button',
				action_id: 'open',
				text: { type: 'plain_text', text: cut(message.action.label, 75) },
				url: message.action.url
			}
		]
	});
	return { text: cut(`${message.title} ${message.action.url}`, 3000), blocks };
}

export function teamsBody(message: ChatMessage) {
	const body: object[] = [{ type: 'TextBlock', text: message.title, weight: 'bolder', size: 'medium', wrap: true }];
	if (message.text) body.push({ type: 'TextBlock', text: message.text, wrap: true });
	return {
		type: 'message',
		attachments: [
			{
				contentType: 'application/vnd.microsoft.card.adaptive',
				contentUrl: null,
				content: {
					$schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
					type: 'AdaptiveCard',
					version: '1.4',
					body,
					actions: [{ type: 'Action.OpenUrl', title: message.action.label, url: message.action.url }]
				}
			}
		]
	};
}

export function chatBody(vendor: Vendor, message: ChatMessage): object {
	return vendor === 'slack' ? slackBody(message) : teamsBody(message);
}
