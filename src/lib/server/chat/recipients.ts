// Who gets which chat message. A person's messages (their nudges, survey invitation and reminder, "your action
// is due") go where they chose on their preferences page, in their language, and only when their switch for
// that kind is on: the same switch as for email (notify/prefs.ts), so one "off" stops both. A channel gets the
// announcement that a survey round is open — never who has or has not answered.
import { db } from '../db/current';
import { config } from '../config';
import { emailContacts } from '../auth/index';
import { asLocale, translateIn, type Locale } from '../i18n';
// Not '../notify/index': notify's scheduler queues chat messages, so its index importing this would be a cycle.
import { wantsOutsideApp } from '../notify/prefs';
import { formatParams } from '../notify/language';
import { chatBody, type ChatMessage } from './messages';
import { queueChats, type QueuedChat } from './outbox';
import type { Vendor } from './hosts';

/**
 * Kinds that say something about one person's participation in a survey: posted only to that person's own
 * webhook, never to a shared channel, where they would tell colleagues who has not answered yet.
 */
const PRIVATE_KINDS = new Set(['survey_invitation', 'survey_reminder']);

export interface PersonalChat {
	orgId: string;
	userId: string;
	/** the preference it falls under, e.g. actions_nudge */
	kind: string;
	/** a path in the app */
	link: string;
	content: (locale: Locale, person: { timeZone: string }) => { title: string; text?: string };
}

interface Target {
	hookId: string;
	vendor: Vendor;
}

/** Where a person's own messages go, or null: their own webhook, or an enabled organisation channel. */
async function targetOf(orgId: string, userId: string, kind: string): Promise<Target | null> {
	const own = await db()
		.selectFrom('chat_hooks')
		.select(['id', 'vendor', 'url', 'channel_id', 'enabled'])
		.where('org_id', '=', orgId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (!own || !own.enabled) return null;
	if (own.url && own.vendor) return { hookId: own.id, vendor: own.vendor as Vendor };
	if (!own.channel_id || PRIVATE_KINDS.has(kind)) return null;
	const channel = await db()
		.selectFrom('chat_hooks')
		.select(['id', 'vendor'])
		.where('id', '=', own.channel_id)
		.where('org_id', '=', orgId)
		.where('enabled', '=', 1)
		.executeTakeFirst();
	return channel?.vendor ? { hookId: channel.id, vendor: channel.vendor as Vendor } : null;
}

function message(locale: Locale, content: { title: string; text?: string }, link: string): ChatMessage {
	return {
		...content,
		action: { label: translateIn(locale, 'chat_open_in_app'), url: `${config.publicOrigin}${link}` }
	};
}

/** Queues each person's message where they want it; returns how many were queued. */
export async function queuePersonalChats(items: PersonalChat[], now = new Date()): Promise<number> {
	const out: QueuedChat[] = [];
	for (const item of items) {
		const target = await targetOf(item.orgId, item.userId, item.kind);
		if (!target || !(await wantsOutsideApp(item.orgId, item.userId, item.kind))) continue;
		// Only members of the organisation (someone removed since gets nothing).
		const [person] = await emailContacts(item.orgId, [item.userId]);
		if (!person) continue;
		const locale = asLocale(person.locale);
		const content = item.content(locale, { timeZone: person.time_zone });
		out.push({
			orgId: item.orgId,
			hookId: target.hookId,
			kind: item.kind,
			body: chatBody(target.vendor, message(locale, content, item.link))
		});
	}
	return queueChats(out, now);
}

/** The notification centre's nudges as chat messages: the same text as in the app, in the reader's language. */
export function nudgeChats(
	nudges: {
		orgId: string;
		userId: string;
		kind: string;
		messageKey: string;
		params: Record<string, string>;
		link: string;
	}[]
): PersonalChat[] {
	return nudges.map((n) => ({
		orgId: n.orgId,
		userId: n.userId,
		kind: n.kind,
		link: n.link,
		content: (locale, person) => ({
			title: translateIn(locale, n.messageKey, formatParams(n.params, locale, person.timeZone))
		})
	}));
}

/**
 * A survey round opened: each channel that announces surveys says so, in its language, with a link to answer.
 * It names the survey, the round and the closing day only.
 */
export async function announceRound(
	orgId: string,
	round: { id: string; name: string; survey: (locale: Locale) => string; closesOn: string },
	now = new Date()
): Promise<number> {
	const channels = await db()
		.selectFrom('chat_hooks')
		.select(['id', 'vendor', 'locale'])
		.where('org_id', '=', orgId)
		.where('user_id', 'is', null)
		.where('enabled', '=', 1)
		.where('announce_surveys', '=', 1)
		.execute();
	return queueChats(
		channels.map((c) => {
			const locale = asLocale(c.locale);
			const params = { survey: round.survey(locale), round: round.name, closes: round.closesOn };
			return {
				orgId,
				hookId: c.id,
				kind: 'survey_invitation',
				body: chatBody(
					c.vendor as Vendor,
					message(
						locale,
						{
							title: translateIn(locale, 'chat_round_open_title', params),
							text: translateIn(locale, 'chat_round_open_text', params)
						},
						`/surveys/rounds/${round.id}`
					)
				)
			};
		}),
		now
	);
}
