// Outgoing webhooks against both databases, received by a real HTTP server in this test: signed as Standard
// Webhooks documents it (checked here with node:crypto, not with the library that signs), sent once to the hooks
// of the event's organisation that asked for it, retried on the schedule when refused, then the hook is disabled,
// its admins told, and the delivery log shows every attempt. Private addresses are refused unless allowed.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { demoOrg, receiver, type DemoOrg, type Received } from './support';
import * as webhooks from '../../../src/lib/server/webhooks/index';
import * as actions from '../../../src/lib/server/actions/index';
import * as surveys from '../../../src/lib/server/surveys/index';
import * as bites from '../../../src/lib/server/bites/index';
import * as orgs from '../../../src/lib/server/orgs/index';
import { config } from '../../../src/lib/server/config';
import { db } from '../../../src/lib/server/db/current';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { app } from '../../../src/lib/server/app/index';

/** The documented scheme: v1,<base64 HMAC-SHA256 of "id.timestamp.body"> under the base64 key after whsec_. */
function verify(secret: string, r: Received): boolean {
	const id = String(r.headers['webhook-id']);
	const timestamp = String(r.headers['webhook-timestamp']);
	if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
	const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
	const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${r.body}`).digest('base64');
	return String(r.headers['webhook-signature'])
		.split(' ')
		.some((s) => {
			const [version, sig] = s.split(',');
			return (
				version === 'v1' && sig.length === expected.length && timingSafeEqual(Buffer.from(sig), Buffer.from(expected))
			);
		});
}

let database: TestDatabase;
let sync: AppSync;
let a: DemoOrg;
let b: DemoOrg;

beforeAll(async () => {
	database = await createTestDatabase();
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	a = await demoOrg();
	b = await demoOrg();
}, 120_000);
beforeEach(() => {
	config.webhooksAllowPrivate = true;
});
afterAll(async () => {
	config.webhooksAllowPrivate = false;
	await webhooks.deliveriesSettled();
	app().sync = undefined;
	await sync.close();
	await database.close();
});

const team = (org: DemoOrg) => Object.keys(org.manager.teams)[0];

describe('webhooks', () => {
	it('refuses endpoints on private, loopback and link-local addresses unless allowed', async () => {
		config.webhooksAllowPrivate = false;
		for (const url of [
			'http://127.0.0.1:8080/x',
			'http://localhost/x',
			'http://10.1.2.3/x',
			'http://192.168.1.1/x',
			'http://169.254.169.254/latest/meta-data',
			'http://[::1]/x',
			'http://[::ffff:127.0.0.1]/x',
			'http://[fd00::1]/x'
		])
			await expect(webhooks.registerWebhook(a.admin, { url, events: ['action.changed'] }), url).rejects.toMatchObject({
				key: 'error_webhook_private'
			});
		for (const url of ['ftp://example.org/x', 'not a url', 'https://user:pw@203.0.113.5/x'])
			await expect(webhooks.registerWebhook(a.admin, { url, events: ['action.changed'] })).rejects.toMatchObject({
				key: 'error_webhook_url'
			});
		// a public address is fine (nothing is sent: no event is subscribed that happens here)
		const ok = await webhooks.registerWebhook(a.admin, { url: 'https://203.0.113.5/x', events: ['credential.issued'] });
		await webhooks.removeWebhook(a.admin, ok.id);
		expect(webhooks.isPrivateAddress('100.64.0.1')).toBe(true);
		expect(webhooks.isPrivateAddress('8.8.8.8')).toBe(false);
		// only admins manage hooks
		await expect(
			webhooks.registerWebhook(a.manager, { url: 'https://203.0.113.5/x', events: ['action.changed'] })
		).rejects.toMatchObject({ status: 403 });
		// with the flag (tests, local development) a local receiver may be registered
		config.webhooksAllowPrivate = true;
		const local = await webhooks.registerWebhook(a.admin, {
			url: 'http://127.0.0.1:9/x',
			events: ['credential.issued']
		});
		await webhooks.removeWebhook(a.admin, local.id);
	});

	it('delivers a signed event to the hooks of its organisation that asked for it, once', async () => {
		const mine = await receiver();
		const notSubscribed = await receiver();
		const theirs = await receiver();
		const hook = await webhooks.registerWebhook(a.admin, {
			url: mine.url,
			events: ['action.changed', 'survey.round.closed']
		});
		await webhooks.registerWebhook(a.admin, { url: notSubscribed.url, events: ['credential.issued'] });
		await webhooks.registerWebhook(b.admin, { url: theirs.url, events: ['action.changed'] });

		const id = await actions.createOwnAction(a.member, team(a), { title: 'Fredagsdemo for nye kolleger' });
		await webhooks.deliveriesSettled();
		await webhooks.deliverWebhooks(); // a second look finds nothing left to send
		expect(mine.received).toHaveLength(1);
		const [got] = mine.received;
		expect(verify(hook.secret, got)).toBe(true);
		// a changed body does not verify
		expect(verify(hook.secret, { ...got, body: got.body.replace('created', 'removed') })).toBe(false);
		expect(got.headers['webhook-id']).toMatch(/^msg_/);
		const body = JSON.parse(got.body);
		expect(body).toMatchObject({
			type: 'action.changed',
			data: { actionId: id, teamId: team(a), status: 'planned', change: 'created' }
		});
		// ids only: not the action's title, nor anyone's name
		expect(got.body).not.toContain('Fredagsdemo');
		expect(got.body).not.toContain(a.member.name);
		expect(notSubscribed.received).toHaveLength(0);
		expect(theirs.received).toHaveLength(0);

		// a closed survey round: that it closed, where the results are, and the whole round's numbers or none
		// (round-closed-webhook.test.ts proves which)
		const round = await db()
			.selectFrom('survey_rounds')
			.select('id')
			.where('org_id', '=', a.orgId)
			.where('closed_at', 'is', null)
			.executeTakeFirst();
		expect(round, 'the demo has an open round').toBeDefined();
		await surveys.closeRound(a.admin, round!.id);
		await webhooks.deliveriesSettled();
		const closed = JSON.parse(mine.received.at(-1)!.body);
		expect(closed.type).toBe('survey.round.closed');
		expect(Object.keys(closed.data).sort()).toEqual(['closedAt', 'results', 'resultsPath', 'roundId', 'surveyId']);
		expect(closed.data.roundId).toBe(round!.id);

		const log = (await webhooks.listWebhooks(a.admin)).hooks.find((h) => h.id === hook.id)!;
		expect(log.deliveries.every((d) => d.status === 'delivered' && d.attempts === 1 && d.lastStatus === 204)).toBe(
			true
		);
		// the other organisation's admin sees only their own hook
		expect((await webhooks.listWebhooks(b.admin)).hooks.map((h) => h.url)).toEqual([theirs.url]);
		// the log keeps finished deliveries for 30 days, then forgets them
		const later = new Date(Date.now() + webhooks.KEEP_DELIVERIES_MS + 60_000);
		await webhooks.deliverWebhooks(later);
		expect((await webhooks.listWebhooks(a.admin)).hooks.find((h) => h.id === hook.id)!.deliveries).toEqual([]);
		await Promise.all([mine.close(), notSubscribed.close(), theirs.close()]);
		for (const h of (await webhooks.listWebhooks(a.admin)).hooks) await webhooks.removeWebhook(a.admin, h.id);
		for (const h of (await webhooks.listWebhooks(b.admin)).hooks) await webhooks.removeWebhook(b.admin, h.id);
	});

	it('tells a credential was issued by its id, not to whom', async () => {
		const listening = await receiver();
		const hook = await webhooks.registerWebhook(a.admin, { url: listening.url, events: ['credential.issued'] });
		const def = await db()
			.selectFrom('bite_credential_defs')
			.select('id')
			.where('org_id', '=', a.orgId)
			.executeTakeFirstOrThrow();
		const holders = await db()
			.selectFrom('bite_credentials')
			.select('holder_id')
			.where('def_id', '=', def.id)
			.execute();
		const person = (await orgs.listMembers(a.admin, { active: true })).find(
			(p) => p.id !== a.admin.userId && !holders.some((h) => h.holder_id === p.id)
		)!;
		await bites.awardCredential(
			a.admin,
			{ definitionId: def.id, userIds: [person.id], programmeId: '', note: '' },
			'http://samspil.test'
		);
		await webhooks.deliveriesSettled();
		const issued = await db()
			.selectFrom('bite_credentials')
			.select('id')
			.where('def_id', '=', def.id)
			.where('holder_id', '=', person.id)
			.executeTakeFirstOrThrow();
		expect(listening.received).toHaveLength(1);
		expect(verify(hook.secret, listening.received[0])).toBe(true);
		const body = JSON.parse(listening.received[0].body);
		expect(body).toMatchObject({ type: 'credential.issued', data: { credentialId: issued.id, definitionId: def.id } });
		expect(listening.received[0].body).not.toContain(person.name);
		expect(listening.received[0].body).not.toContain(person.id);
		await webhooks.removeWebhook(a.admin, hook.id);
		await listening.close();
	});

	it('retries a failing receiver on the schedule, then disables the hook and tells the admins', async () => {
		const failing = await receiver(500);
		const hook = await webhooks.registerWebhook(a.admin, { url: failing.url, events: ['action.changed'] });
		await actions.createOwnAction(a.manager, team(a), { title: 'Sidemandsoplæring' });
		await webhooks.deliveriesSettled();
		expect(failing.received).toHaveLength(1);

		const delivery = () =>
			db().selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', hook.id).executeTakeFirstOrThrow();
		for (let attempt = 1; attempt < webhooks.MAX_ATTEMPTS; attempt++) {
			const row = await delivery();
			expect(row).toMatchObject({ status: 'queued', attempts: attempt, last_status: 500, last_error: 'HTTP 500' });
			const waited = Date.parse(row.next_attempt_at) - Date.parse(row.created_at);
			expect(waited).toBeGreaterThanOrEqual(webhooks.RETRY_DELAYS_MS[attempt - 1] - 5_000);
			// not before its time
			await webhooks.deliverWebhooks(new Date(Date.parse(row.next_attempt_at) - 1000));
			expect(failing.received).toHaveLength(attempt);
			await webhooks.deliverWebhooks(new Date(row.next_attempt_at));
			expect(failing.received).toHaveLength(attempt + 1);
		}
		// the same message every time (receivers dedupe on webhook-id), each time signed anew
		expect(new Set(failing.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
		expect(failing.received.every((r) => verify(hook.secret, r))).toBe(true);
		expect(await delivery()).toMatchObject({ status: 'dead', attempts: webhooks.MAX_ATTEMPTS });

		const page = (await webhooks.listWebhooks(a.admin)).hooks.find((h) => h.id === hook.id)!;
		expect(page.disabledAt).not.toBeNull();
		expect(page.deliveries[0]).toMatchObject({ status: 'dead', attempts: 5, lastError: 'HTTP 500' });
		const told = await db()
			.selectFrom('notifications')
			.select(['user_id', 'link'])
			.where('org_id', '=', a.orgId)
			.where('kind', '=', 'webhook_disabled')
			.execute();
		expect(told.map((n) => n.user_id)).toContain(a.admin.userId);
		expect(told.every((n) => n.link === '/settings/webhooks')).toBe(true);
		const audit = await db()
			.selectFrom('audit_events')
			.select('target')
			.where('org_id', '=', a.orgId)
			.where('action', '=', 'webhook.disabled')
			.execute();
		expect(audit.map((e) => e.target)).toEqual([hook.id]);

		// a disabled hook gets nothing more until an admin turns it back on
		await actions.createOwnAction(a.manager, team(a), { title: 'Endnu en' });
		await webhooks.deliveriesSettled();
		expect(failing.received).toHaveLength(webhooks.MAX_ATTEMPTS);
		await webhooks.enableWebhook(a.admin, hook.id);
		await actions.createOwnAction(a.manager, team(a), { title: 'Og en til' });
		await webhooks.deliveriesSettled();
		expect(failing.received).toHaveLength(webhooks.MAX_ATTEMPTS + 1);
		await failing.close();
	});
});
