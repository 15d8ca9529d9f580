// Chat messages that arrive: a real HTTP receiver in this process plays Teams and Slack. Every body the app
// posts is checked against the vendors' schema (test/fixtures/chat), in the recipient's language, with a link
// back to the app; a person who turned a kind off gets none (the same switch as email); a channel never learns
// who has or has not answered; a failing webhook is retried on the schedule and then shown as failing.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { createTestDatabase, type TestDatabase } from '../support/db';
import { instrumentSurvey, makeOrg, openRoundFor, answer, uniform, type Org } from '../surveys/support';
import { config } from '../../../src/lib/server/config';
import * as chat from '../../../src/lib/server/chat/index';
import * as surveys from '../../../src/lib/server/surveys/index';
import { runNudges, setEmailPrefs, EMAIL_KINDS } from '../../../src/lib/server/notify/index';
import { updateProfile } from '../../../src/lib/server/auth/index';
import { Forbidden, Invalid } from '../../../src/lib/server/errors';
import type { Actor } from '../../../src/lib/server/actor';

interface Received {
	path: string;
	body: Record<string, unknown>;
}

const fixture = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../fixtures/chat/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft06);
/** The published file names itself with draft-04's `id`; Ajv 8 reads only `$id` (draft-06 onwards). */
const { id: cardSchemaId, ...cardSchema } = fixture('adaptive-card.schema.json');
const adaptiveCard: ValidateFunction = ajv.compile({ ...cardSchema, $id: cardSchemaId });
const slackBlocks: ValidateFunction = ajv.compile(fixture('slack-blocks.schema.json'));

/** Every body must be what the vendor documents; a Teams body is a message with one Adaptive Card 1.4/1.5. */
function expectValid(r: Received) {
	if (r.path.startsWith('/slack/')) {
		expect(slackBlocks(r.body), JSON.stringify(slackBlocks.errors)).toBe(true);
		return;
	}
	expect(r.body.type).toBe('message');
	const attachments = r.body.attachments as { contentType: string; content: Record<string, unknown> }[];
	expect(attachments).toHaveLength(1);
	expect(attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
	expect(['1.4', '1.5']).toContain(attachments[0].content.version);
	expect(adaptiveCard(attachments[0].content), JSON.stringify(adaptiveCard.errors)).toBe(true);
}

let database: TestDatabase;
let server: http.Server;
let base = '';
const received: Received[] = [];
const at = (path: string) => received.filter((r) => r.path === path);
const textOf = (r: Received) => JSON.stringify(r.body);

let org: Org;
let survey: Awaited<ReturnType<typeof instrumentSurvey>>;
let teamId: string;
let dane: Actor, dutch: Actor, quiet: Actor, inChannel: Actor;

async function person(name: string, locale: string): Promise<Actor> {
	const p = await org.person(name, { teams: [[teamId, 'member']] });
	await updateProfile(p, { name, locale, timeZone: 'Europe/Copenhagen' });
	return p;
}

beforeAll(async () => {
	database = await createTestDatabase();
	server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			received.push({ path: req.url ?? '', body: JSON.parse(raw) });
			res.writeHead(req.url?.includes('/fail') ? 500 : 200).end('ok');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	config.chatTestHosts = ['127.0.0.1'];

	org = await makeOrg('Fjordby');
	survey = await instrumentSurvey(org.admin);
	teamId = (await org.team('Ward 7')).id;
	dane = await person('Peter', 'da');
	dutch = await person('Daan', 'nl');
	quiet = await person('Quinn', 'en');
	inChannel = await person('Signe', 'sv');
});

afterAll(async () => {
	config.chatTestHosts = [];
	await new Promise((resolve) => server?.close(resolve));
	await database?.close();
});

describe('configuring chat', () => {
	it('accepts only the vendors’ incoming-webhook hosts, and only admins add channels', async () => {
		config.chatTestHosts = [];
		const fields = { label: 'HR', locale: 'en', announceSurveys: true };
		const refused = async (url: string, vendor: 'slack' | 'teams') =>
			chat.addChannel(org.admin, { ...fields, url, vendor }).then(
				() => 'accepted',
				(e) => (e instanceof Invalid ? e.message : String(e))
			);
		expect(await refused('https://example.com/services/T0/B0/x', 'slack')).toBe('chat_error_host');
		expect(await refused('http://hooks.slack.com/services/T0/B0/x', 'slack')).toBe('chat_error_host');
		expect(await refused('https://hooks.slack.com.evil.test/services/x', 'slack')).toBe('chat_error_host');
		expect(await refused('https://hooks.slack.com/services/T0/B0/x', 'teams')).toBe('chat_error_vendor');
		expect(await refused('https://x.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d', 'slack')).toBe(
			'chat_error_vendor'
		);
		expect(await refused('not a url', 'teams')).toBe('chat_error_url');
		expect(await refused('https://x.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d', 'teams')).toBe('accepted');
		expect(
			await refused(
				'https://prod-01.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke',
				'teams'
			)
		).toBe('accepted');
		await expect(
			chat.addChannel(dane, { ...fields, url: 'https://hooks.slack.com/services/T0/B0/x', vendor: 'slack' })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(chat.listChannels(dane)).rejects.toBeInstanceOf(Forbidden);
		for (const c of (await chat.listChannels(org.admin)).channels) await chat.removeChannel(org.admin, c.id);
		config.chatTestHosts = ['127.0.0.1'];
	});

	it('never shows a saved webhook address again, only its hint', async () => {
		const secret = 'https://hooks.slack.com/services/T000/B000/VerySecretToken1234';
		config.chatTestHosts = [];
		await chat.addChannel(org.admin, {
			label: 'Secret',
			vendor: 'slack',
			url: secret,
			locale: 'en',
			announceSurveys: false
		});
		await chat.setPersonalChat(dutch, { target: 'own', vendor: 'slack', url: secret });
		config.chatTestHosts = ['127.0.0.1'];
		const page = JSON.stringify(await chat.listChannels(org.admin));
		expect(page).not.toContain('VerySecretToken');
		expect(page).toContain('hooks.slack.com/…1234');
		const own = await chat.getPersonalChat(dutch);
		expect(JSON.stringify(own)).not.toContain('VerySecretToken');
		expect(own).toMatchObject({ target: 'own', vendor: 'slack', urlHint: 'hooks.slack.com/…1234' });
		for (const c of (await chat.listChannels(org.admin)).channels) await chat.removeChannel(org.admin, c.id);
		await chat.setPersonalChat(dutch, { target: 'none', vendor: 'slack', url: '' });
		expect((await chat.getPersonalChat(dutch)).target).toBe('none');
	});
});

describe('messages', () => {
	let channelId: string;

	beforeAll(async () => {
		channelId = await chat.addChannel(org.admin, {
			label: 'Trivsel',
			vendor: 'teams',
			url: `${base}/teams/channel`,
			locale: 'da',
			announceSurveys: true
		});
		await chat.setPersonalChat(dane, { target: 'own', vendor: 'teams', url: `${base}/teams/peter` });
		await chat.setPersonalChat(dutch, { target: 'own', vendor: 'slack', url: `${base}/slack/daan` });
		await chat.setPersonalChat(quiet, { target: 'own', vendor: 'slack', url: `${base}/slack/quinn` });
		await chat.setPersonalChat(inChannel, { target: channelId, vendor: 'slack', url: '' });
		// Quinn turned off survey invitations and action follow-ups by email (keeping the latter in the app): the
		// email switch, which chat follows too.
		const off = ['survey_invitation:email', 'actions_review:email'];
		await setEmailPrefs(
			quiet,
			new Set(EMAIL_KINDS.flatMap((k) => [`${k.kind}:email`, `${k.kind}:app`]).filter((box) => !off.includes(box)))
		);
	});

	it('a round that opens is announced in the channel in its language, and invites each person on their own webhook', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [teamId], 'Forår');
		await surveys.inviteOpenedRounds();
		await surveys.inviteOpenedRounds();
		await chat.deliverChats();
		const link = `${config.publicOrigin}/surveys/rounds/${roundId}`;

		const [announced, ...more] = at('/teams/channel');
		expect(more).toHaveLength(0);
		expect(textOf(announced)).toMatch(/En undersøgelse er åben/);
		expect(textOf(announced)).toContain(link);
		// Nothing about who is in the team or has answered: no one's name.
		for (const p of [dane, dutch, quiet, inChannel]) expect(textOf(announced)).not.toContain(p.name);

		expect(at('/teams/peter')).toHaveLength(1);
		expect(textOf(at('/teams/peter')[0])).toMatch(/Åbn i Samspil/);
		expect(at('/slack/daan')).toHaveLength(1);
		const toDaan = at('/slack/daan')[0].body as { text: string };
		expect(toDaan.text).toContain(link);
		expect(JSON.stringify(toDaan)).toMatch(/Openen in Samspil/);
		expect(at('/slack/quinn')).toHaveLength(0);
		for (const r of received) expectValid(r);
	});

	it('a reminder reaches only those who have not answered, on their own webhook, never in the channel', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [teamId], 'Påmindelse');
		await surveys.inviteOpenedRounds();
		await chat.deliverChats();
		await answer(dutch, roundId, uniform(4));
		const before = {
			channel: at('/teams/channel').length,
			peter: at('/teams/peter').length,
			daan: at('/slack/daan').length
		};
		await surveys.remindRound(org.admin, roundId);
		await chat.deliverChats();
		expect(at('/teams/peter')).toHaveLength(before.peter + 1);
		expect(textOf(at('/teams/peter').at(-1)!)).toMatch(/Påmindelse/);
		expect(at('/slack/daan')).toHaveLength(before.daan);
		expect(at('/teams/channel')).toHaveLength(before.channel);
		for (const r of received) expectValid(r);
	});

	it('a nudge (your action is due) goes where each person chose, in their language; one who turned it off gets none', async () => {
		const before = received.length;
		const nudge = (p: Actor) => ({
			orgId: org.id,
			userId: p.userId,
			kind: 'actions_review',
			key: `chat-test:${p.userId}`,
			messageKey: 'actions_notify_review',
			params: { title: 'Ny vagtplan', team: 'Ward 7' },
			link: '/actions'
		});
		const { created, chatted } = await runNudges([async () => [dane, dutch, quiet, inChannel].map(nudge)]);
		// Quinn still has it in the app, but not in chat.
		expect(created).toBe(4);
		expect(chatted).toBe(3);
		await chat.deliverChats();
		const fresh = received.slice(before);
		expect(fresh.map((r) => r.path).sort()).toEqual(['/slack/daan', '/teams/channel', '/teams/peter']);
		for (const r of fresh) {
			expectValid(r);
			expect(textOf(r)).toContain(`${config.publicOrigin}/actions`);
			expect(textOf(r)).toContain('Ny vagtplan');
		}
		// Run again: the nudge is the same one, so nothing is posted twice.
		expect((await runNudges([async () => [dane, dutch, quiet, inChannel].map(nudge)])).chatted).toBe(0);
	});

	it('a failing webhook is tried again on the schedule, then shown as failing until a message gets through', async () => {
		const failing = await chat.addChannel(org.admin, {
			label: 'Broken',
			vendor: 'slack',
			url: `${base}/slack/fail`,
			locale: 'en',
			announceSurveys: true
		});
		await openRoundFor(org.admin, survey.id, [teamId], 'Retry');
		await surveys.inviteOpenedRounds();
		let now = Date.now();
		await chat.deliverChats(new Date(now));
		expect(at('/slack/fail')).toHaveLength(1);
		// Not due again before its delay.
		await chat.deliverChats(new Date(now + chat.RETRY_DELAYS_MS[0] - 1000));
		expect(at('/slack/fail')).toHaveLength(1);
		for (let i = 0; i < chat.MAX_ATTEMPTS - 1; i++) {
			now += chat.RETRY_DELAYS_MS[i];
			await chat.deliverChats(new Date(now));
			expect(at('/slack/fail')).toHaveLength(i + 2);
		}
		await chat.deliverChats(new Date(now + 24 * 3600_000));
		expect(at('/slack/fail')).toHaveLength(chat.MAX_ATTEMPTS);
		for (const r of at('/slack/fail')) expectValid(r);

		const shown = (await chat.listChannels(org.admin)).channels.find((c) => c.id === failing)!;
		expect(shown.failingSince).not.toBeNull();
		expect(shown.lastError).toBe('HTTP 500');
		expect(shown.messages[0]).toMatchObject({ status: 'dead', attempts: chat.MAX_ATTEMPTS });
		const healthy = (await chat.listChannels(org.admin)).channels.find((c) => c.id !== failing)!;
		expect(healthy.failingSince).toBeNull();
		expect(healthy.messages.every((m) => m.status === 'sent')).toBe(true);

		// Turned off: nothing is queued for it; turned on again, its failing mark is gone.
		await chat.setChannelEnabled(org.admin, failing, false);
		await chat.setChannelEnabled(org.admin, failing, true);
		expect((await chat.listChannels(org.admin)).channels.find((c) => c.id === failing)!.failingSince).toBeNull();
	});

	it('the schemas refuse what the vendors would refuse (a check that can fail)', () => {
		const card = chat.teamsBody({ title: 'T', action: { label: 'Open', url: 'https://x.test/' } }).attachments[0]
			.content;
		expect(adaptiveCard(card)).toBe(true);
		expect(adaptiveCard({ ...card, type: 'Card' })).toBe(false);
		expect(adaptiveCard({ ...card, actions: [{ type: 'Action.OpenUrl', title: 'x' }] })).toBe(false);
		const slack = chat.slackBody({ title: 'T', action: { label: 'Open', url: 'https://x.test/' } });
		expect(slackBlocks(slack)).toBe(true);
		expect(
			slackBlocks({ ...slack, blocks: [{ type: 'section', text: { type: 'plain_text', text: 'x'.repeat(3001) } }] })
		).toBe(false);
		const long = chat.slackBody({
			title: 'x'.repeat(5000),
			action: { label: 'y'.repeat(100), url: 'https://x.test/' }
		});
		expect(slackBlocks(long), JSON.stringify(slackBlocks.errors)).toBe(true);
	});
});
