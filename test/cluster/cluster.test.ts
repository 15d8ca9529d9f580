// Scale-out, proven on a real cluster: two production instances over one PostgreSQL database and one
// Redis, real y-websocket clients with real sessions. Needs the build (`npm run build`) and PostgreSQL
// (CLUSTER_DATABASE_URL, else TEST_DATABASE_URL, else the local default); starts its own redis-server.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../src/lib/server/db/index';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { createApp } from '../../src/lib/server/app/index';
import { createBoard } from '../../src/lib/server/boards/index';
import { createOwnAction } from '../../src/lib/server/actions/index';
import { queueEmails } from '../../src/lib/server/mail/index';
import { makeOrg, makePerson, makeTeam, startSync, type Person } from '../integration/boards/support';
import { storedDoc, waitFor, type Client } from '../integration/sync/support/harness';
import { startSmtp, type CapturingSmtp } from '../integration/support/smtp';
import { createDatabase, failoverProxy, jobLooks, startInstance, startRedis, type Instance } from './support/cluster';
import { boardClients, expectConverged, typeAway } from './support/clients';

/** lets the test read each instance's /metrics */
const METRICS_TOKEN = randomBytes(16).toString('hex');
const baseDbUrl =
	process.env.CLUSTER_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let database: Awaited<ReturnType<typeof createDatabase>>;
let opened: OpenedDatabase;
let redis: Awaited<ReturnType<typeof startRedis>>;
let smtp: CapturingSmtp;
let a: Instance;
let b: Instance;
let people: Person[] = [];
const boards: string[] = [];
let actionId: string;
const clients = boardClients();
const open = clients.open;

beforeAll(async () => {
	database = await createDatabase(baseDbUrl);
	opened = await openDatabase(database.url);
	await migrateToLatest(opened.db);
	createApp({ db: opened.db, kind: 'postgres' });

	const org = await makeOrg('Cluster');
	const team = await makeTeam(org);
	people = [];
	for (let i = 0; i < 4; i++)
		people.push(await makePerson(org, i === 0 ? 'admin' : 'member', [[team, i === 0 ? 'manager' : 'member']]));
	// Boards are made through the module, which writes their control doc: an in-process sync server for that.
	const seeding = await startSync();
	for (let i = 0; i < 3; i++)
		boards.push((await createBoard(people[0].actor, { title: `Board ${i}`, teamId: team })).id);
	await seeding.stop();
	// A reminder that is due: the action's review date has come.
	actionId = await createOwnAction(people[0].actor, team, {
		title: 'Pair on Fridays',
		ownerId: people[1].actor.userId,
		reviewDate: '2020-01-01'
	});

	smtp = await startSmtp();
	redis = await startRedis();
	const env = {
		DATABASE_URL: database.url,
		DATABASE_POOL_SIZE: '5',
		REDIS_URL: redis.url,
		REDIS_PREFIX: `cluster-${randomBytes(4).toString('hex')}:`,
		SECRET_KEY: randomBytes(32).toString('hex'),
		SMTP_URL: smtp.url,
		// One reminder run per hour: every run the test sees is the first one.
		NUDGE_INTERVAL_SECONDS: '3600',
		METRICS_TOKEN
	};
	a = await startInstance('a', env);
	b = await startInstance('b', env);
}, 120_000);

const looks = (instance: Instance) => jobLooks(instance, METRICS_TOKEN);

afterAll(async () => {
	clients.destroyAll();
	await Promise.allSettled([a?.kill(), b?.kill()]);
	await redis?.stop();
	await smtp?.close();
	await opened?.close();
	await database?.drop();
});

describe('two instances on PostgreSQL and Redis', () => {
	it('converges clients on both instances and shows everyone present on both', async () => {
		const onA = [open(a.syncURL, boards[0], people[0]), open(a.syncURL, boards[0], people[1])];
		const onB = [open(b.syncURL, boards[0], people[2]), open(b.syncURL, boards[0], people[3])];
		const all = [...onA, ...onB];
		await Promise.all(all.map((c) => c.synced));
		// Each client claims a name; the server announces who the person is (sync/presence.ts).
		all.forEach((c, i) => c.provider.awareness.setLocalStateField('user', { name: `person ${i}` }));

		onA[0].map.set('from-a', 'hello');
		await waitFor(() => onB[0].map.get('from-a') === 'hello', 5000, 'an edit on A to reach B');
		onB[1].map.set('from-b', 'hi');
		await waitFor(() => onA[1].map.get('from-b') === 'hi', 5000, 'an edit on B to reach A');

		const stop = typeAway(all, 'p');
		// Typing on both instances at once: each client has seen plenty of the others' keys before it stops.
		await waitFor(() => all.every((c) => c.map.size >= 200), 10_000, 'the typing to reach everyone');
		stop();
		await expectConverged(all);

		// Others as the server announces them (a client's own entry is its local state, name as it claimed it).
		const names = (c: Client) =>
			[...c.provider.awareness.getStates()]
				.filter(([id]) => id !== c.provider.awareness.clientID)
				.map(([, s]) => (s as { user?: { name: string } }).user?.name)
				.filter(Boolean)
				.sort();
		const others = (i: number) =>
			people
				.slice(0, 4)
				.filter((_, j) => j !== i)
				.map((p) => p.actor.name)
				.sort();
		await waitFor(
			() => all.every((c, i) => names(c).join() === others(i).join()),
			5000,
			'everyone to see everyone present'
		);

		// A person leaving on B disappears on A too.
		onB[1].provider.disconnect();
		await waitFor(() => !names(onA[0]).includes(people[3].actor.name), 5000, 'presence to leave on A');
	}, 60_000);

	it('counts failed sign-ins across both instances (the limit is global)', async () => {
		const email = people[3].actor.email;
		const attempt = (instance: Instance, password: string) =>
			fetch(`${instance.baseURL}/signin`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: instance.baseURL, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ email, password })
			});
		// The right password works on B before…
		expect((await attempt(b, 'correct horse battery')).status).toBe(303);
		// …then ten failures (the per-account limit), spread over both instances…
		for (let i = 0; i < 10; i++) expect((await attempt(i % 2 ? a : b, `wrong ${i}`)).status).toBe(400);
		// …lock the account on both, though each instance saw only five.
		expect((await attempt(a, 'correct horse battery')).status).toBe(429);
		expect((await attempt(b, 'correct horse battery')).status).toBe(429);
	}, 60_000);

	it('keeps both instances serving when Redis stops, reports degraded, and converges when it is back', async () => {
		const onA = [open(a.syncURL, boards[1], people[0]), open(a.syncURL, boards[1], people[1])];
		const onB = [open(b.syncURL, boards[1], people[2]), open(b.syncURL, boards[1], people[3])];
		const all = [...onA, ...onB];
		await Promise.all(all.map((c) => c.synced));
		const stop = typeAway(all, 'r', 10);
		await waitFor(() => all.every((c) => c.map.size >= 40), 10_000, 'the typing to reach everyone');

		await redis.stop();
		await waitFor(
			async () => (await a.health()).status === 'degraded' && (await b.health()).status === 'degraded',
			10_000,
			'degraded health'
		);
		expect(await a.health()).toMatchObject({ status: 'degraded', redis: 'down' });
		// Each instance still serves its own clients.
		onA[0].map.set('during-outage-a', 1);
		await waitFor(() => onA[1].map.has('during-outage-a'), 5000, 'A to serve its clients without Redis');
		onB[0].map.set('during-outage-b', 1);
		await waitFor(() => onB[1].map.has('during-outage-b'), 5000, 'B to serve its clients without Redis');
		// Typing goes on through the outage: forty more rounds reach each instance's own clients.
		const sizes = all.map((c) => c.map.size);
		await waitFor(() => all.every((c, i) => c.map.size >= sizes[i] + 2 * 40), 10_000, 'typing during the outage');

		await redis.start();
		await waitFor(
			async () => (await a.health()).status === 'ok' && (await b.health()).status === 'ok',
			10_000,
			'health back to ok'
		);
		stop();
		const keys = await expectConverged(all, 20_000);
		expect(keys.has('during-outage-a') && keys.has('during-outage-b')).toBe(true);
		// And the database holds all of it.
		const stored = (await storedDoc(opened.db, `board/${boards[1]}`)).getMap('m');
		expect([...keys].filter((k) => !stored.has(k))).toEqual([]);
	}, 90_000);

	it('fires a due reminder once with two instances running', async () => {
		// The reminder job was due when both instances started; both have looked many times since. (Before the
		// SIGKILL test: an instance killed while it holds the job's lease keeps it from the other for 60 s.)
		const db = opened.db;
		await waitFor(
			async () =>
				(
					await db
						.selectFrom('job_runs')
						.select('id')
						.where('job', '=', 'notify.nudges')
						.where('status', '=', 'done')
						.execute()
				).length > 0,
			20_000,
			'the reminder job to run'
		);
		await waitFor(() => smtp.inbox.length >= 1, 10_000, 'the reminder email');
		// A second run (the failure this guards against) could only show after a full look by each instance that
		// began after the first run was done: two more finished looks each (the first may have begun before).
		const looked = await Promise.all([a, b].map(looks));
		await waitFor(
			async () => (await Promise.all([a, b].map(looks))).every((n, i) => n >= looked[i] + 2),
			20_000,
			'both instances to look for due jobs again'
		);
		const runs = await db
			.selectFrom('job_runs')
			.select(['owner', 'status'])
			.where('job', '=', 'notify.nudges')
			.execute();
		expect(runs.map((r) => r.status)).toEqual(['done']);
		const nudges = await db
			.selectFrom('notifications')
			.select('id')
			.where('dedupe_key', 'like', `%${actionId}%`)
			.execute();
		expect(nudges).toHaveLength(1);
		expect(smtp.inbox).toHaveLength(1);
	}, 60_000);

	it('sends each email of the outbox once with two instances delivering', async () => {
		// Thirty emails queued at once (as a survey round's invitations are): both instances' outbox jobs and their
		// looks after the nudge run may take them; each must arrive exactly once.
		const subjects = Array.from({ length: 30 }, (_, i) => `Outbox ${i}`);
		await queueEmails(
			opened.db,
			subjects.map((subject, i) => ({
				orgId: null,
				userId: null,
				to: `person${i}@cluster.test`,
				kind: 'survey_invitation',
				locale: 'en',
				subject,
				text: subject,
				html: `<p>${subject}</p>`
			}))
		);
		const arrived = () => smtp.inbox.filter((m) => /^Subject: Outbox \d+$/m.test(m.raw));
		await waitFor(() => arrived().length >= subjects.length, 40_000, 'every queued email');
		const looked = await Promise.all([a, b].map(looks));
		await waitFor(
			async () => (await Promise.all([a, b].map(looks))).every((n, i) => n >= looked[i] + 2),
			20_000,
			'both instances to look for due jobs again'
		);
		const received = arrived().map((m) => m.raw.match(/^Subject: (Outbox \d+)$/m)![1]);
		expect(received.sort()).toEqual([...subjects].sort());
		const rows = await opened.db
			.selectFrom('mail_outbox')
			.select('status')
			.where('subject', 'like', 'Outbox %')
			.execute();
		expect(rows).toHaveLength(subjects.length);
		expect(rows.every((r) => r.status === 'sent')).toBe(true);
	}, 90_000);

	it('moves the clients of an instance killed with SIGKILL mid-edit to the other one, losing nothing anyone saw', async () => {
		const balancer = await failoverProxy([a.port, b.port]);
		try {
			const onA = [open(balancer.syncURL, boards[2], people[0]), open(balancer.syncURL, boards[2], people[1])];
			const onB = [open(b.syncURL, boards[2], people[2]), open(b.syncURL, boards[2], people[3])];
			const all = [...onA, ...onB];
			await Promise.all(all.map((c) => c.synced));
			const stop = typeAway(all, 'k', 2);
			await waitFor(() => onB[0].map.size > 200, 15_000, 'edits flowing');

			await a.kill('SIGKILL');
			// B's own clients go on typing after the kill: a hundred more rounds reach them.
			const size = onB[0].map.size;
			await waitFor(() => onB[0].map.size >= size + 2 * 100, 15_000, 'typing after the kill');
			stop();
			// A's clients reconnect through the balancer, to B.
			await waitFor(
				() => onA.every((c) => c.provider.wsconnected && c.provider.synced),
				15_000,
				"A's clients to reconnect"
			);
			const keys = await expectConverged(all, 20_000);
			expect(keys.size).toBeGreaterThan(200);
			const stored = (await storedDoc(opened.db, `board/${boards[2]}`)).getMap('m');
			await waitFor(
				async () => {
					const s = (await storedDoc(opened.db, `board/${boards[2]}`)).getMap('m');
					return [...keys].every((k) => s.has(k));
				},
				10_000,
				'the database to hold every key'
			);
			void stored;
		} finally {
			await balancer.close();
		}
	}, 90_000);
});
