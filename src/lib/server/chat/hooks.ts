// Where chat messages go. An organisation's admins add channels (a Teams or Slack incoming webhook, the
// language its messages are written in, whether open survey rounds are announced there); each person may add
// their own webhook or have their nudges posted to one of the channels. A URL is a secret: after saving only
// its hint is shown. A channel whose messages kept failing is marked failing (outbox.ts) until one gets through.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { record } from '../audit/index';
import { Invalid, NotFound } from '../errors';
import { asLocale } from '../i18n';
import type { Actor } from '../actor';
import { urlHint, webhookProblem, type Vendor } from './hosts';

const MAX_CHANNELS = 10;
const SHOWN_MESSAGES = 10;

export interface ChannelFields {
	label: string;
	vendor: Vendor;
	url: string;
	locale: string;
	announceSurveys: boolean;
}

export async function addChannel(actor: Actor, input: ChannelFields): Promise<string> {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const problem = webhookProblem(input.url, input.vendor);
	if (problem) throw new Invalid(problem, 'url');
	const existing = await db()
		.selectFrom('chat_hooks')
		.select('id')
		.where('org_id', '=', actor.orgId)
		.where('user_id', 'is', null)
		.execute();
	if (existing.length >= MAX_CHANNELS) throw new Invalid('chat_error_too_many', 'url');
	const id = newId();
	await db()
		.insertInto('chat_hooks')
		.values({
			id,
			org_id: actor.orgId,
			user_id: null,
			vendor: input.vendor,
			url: input.url,
			url_hint: urlHint(input.url),
			channel_id: null,
			label: input.label,
			locale: asLocale(input.locale),
			announce_surveys: input.announceSurveys ? 1 : 0,
			enabled: 1,
			failing_since: null,
			last_error: null,
			created_at: nowIso()
		})
		.execute();
	await record({
		orgId: actor.orgId,
		actor,
		action: 'chat.channel.add',
		target: id,
		detail: { label: input.label, vendor: input.vendor }
	});
	return id;
}

/** The settings page: every channel (its URL's hint only), whether it is failing, and its latest messages. */
export async function listChannels(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('chat_hooks')
		.select([
			'id',
			'label',
			'vendor',
			'url_hint',
			'locale',
			'announce_surveys',
			'enabled',
			'failing_since',
			'last_error',
			'created_at'
		])
		.where('org_id', '=', actor.orgId)
		.where('user_id', 'is', null)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	const channels = [];
	for (const r of rows) {
		const messages = await db()
			.selectFrom('chat_messages')
			.select(['id', 'kind', 'status', 'attempts', 'last_error', 'created_at'])
			.where('hook_id', '=', r.id)
			.where('org_id', '=', actor.orgId)
			.orderBy('created_at', 'desc')
			.orderBy('id', 'desc')
			.limit(SHOWN_MESSAGES)
			.execute();
		channels.push({
			id: r.id,
			label: r.label,
			vendor: r.vendor as Vendor,
			urlHint: r.url_hint ?? '',
			locale: r.locale,
			announceSurveys: !!r.announce_surveys,
			enabled: !!r.enabled,
			failingSince: r.failing_since,
			lastError: r.last_error,
			messages: messages.map((m) => ({
				id: m.id,
				kind: m.kind,
				status: m.status,
				attempts: m.attempts,
				lastError: m.last_error,
				createdAt: m.created_at
			}))
		});
	}
	return { channels };
}

async function ownChannel(actor: Actor, id: string) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const row = await db()
		.selectFrom('chat_hooks')
		.select(['id', 'label', 'enabled'])
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.where('user_id', 'is', null)
		.executeTakeFirst();
	if (!row) throw new NotFound('chat channel');
	return row;
}

/** Turns a channel on or off; turning it on clears its failing mark (the next message shows whether it works). */
export async function setChannelEnabled(actor: Actor, id: string, enabled: boolean) {
	const channel = await ownChannel(actor, id);
	await db()
		.updateTable('chat_hooks')
		.set(enabled ? { enabled: 1, failing_since: null, last_error: null } : { enabled: 0 })
		.where('id', '=', channel.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	await record({
		orgId: actor.orgId,
		actor,
		action: enabled ? 'chat.channel.enable' : 'chat.channel.disable',
		target: channel.id,
		detail: { label: channel.label }
	});
}

export async function removeChannel(actor: Actor, id: string) {
	const channel = await ownChannel(actor, id);
	await db().deleteFrom('chat_hooks').where('id', '=', channel.id).where('org_id', '=', actor.orgId).execute();
	await record({
		orgId: actor.orgId,
		actor,
		action: 'chat.channel.remove',
		target: channel.id,
		detail: { label: channel.label }
	});
}

/** A person's own choice, as the preferences page shows it: never their URL, only its hint. */
export async function getPersonalChat(actor: Actor) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	const own = await db()
		.selectFrom('chat_hooks')
		.select(['vendor', 'url_hint', 'channel_id', 'failing_since'])
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.executeTakeFirst();
	const channels = await db()
		.selectFrom('chat_hooks')
		.select(['id', 'label'])
		.where('org_id', '=', actor.orgId)
		.where('user_id', 'is', null)
		.where('enabled', '=', 1)
		.orderBy('created_at')
		.execute();
	return {
		target: own ? (own.channel_id ?? 'own') : 'none',
		vendor: (own?.vendor ?? 'slack') as Vendor,
		urlHint: own?.url_hint ?? null,
		failing: !!own?.failing_since,
		channels
	};
}

/**
 * Saves a person's choice: `none`, `own` (their webhook; an empty URL keeps the one saved) or one of the
 * organisation's enabled channels.
 */
export async function setPersonalChat(actor: Actor, input: { target: string; vendor: Vendor; url: string }) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	const current = await db()
		.selectFrom('chat_hooks')
		.select(['id', 'url', 'vendor'])
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.executeTakeFirst();
	let values: { vendor: string | null; url: string | null; url_hint: string | null; channel_id: string | null };
	if (input.target === 'none') {
		if (current) await db().deleteFrom('chat_hooks').where('id', '=', current.id).execute();
		return;
	} else if (input.target === 'own') {
		if (!input.url && current?.url && current.vendor === input.vendor) return;
		if (!input.url) throw new Invalid('chat_error_url', 'url');
		const problem = webhookProblem(input.url, input.vendor);
		if (problem) throw new Invalid(problem, 'url');
		values = { vendor: input.vendor, url: input.url, url_hint: urlHint(input.url), channel_id: null };
	} else {
		const channel = await db()
			.selectFrom('chat_hooks')
			.select('id')
			.where('id', '=', input.target)
			.where('org_id', '=', actor.orgId)
			.where('user_id', 'is', null)
			.where('enabled', '=', 1)
			.executeTakeFirst();
		if (!channel) throw new Invalid('chat_error_channel', 'target');
		values = { vendor: null, url: null, url_hint: null, channel_id: channel.id };
	}
	if (current) await db().deleteFrom('chat_hooks').where('id', '=', current.id).execute();
	await db()
		.insertInto('chat_hooks')
		.values({
			id: newId(),
			org_id: actor.orgId,
			user_id: actor.userId,
			...values,
			label: '',
			locale: 'en',
			announce_surveys: 0,
			enabled: 1,
			failing_since: null,
			last_error: null,
			created_at: nowIso()
		})
		.execute();
}
