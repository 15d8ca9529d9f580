// The demo organisation's notification centre looks lived-in: its people have read and unread notifications
// of several kinds, each linking into the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { listNotifications, unreadCount } from '../../../src/lib/server/notify/index';
import { loadActor } from '../../../src/lib/server/auth/index';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let ctx: Awaited<ReturnType<typeof seedDemoInto>>;
const actorOf = async (name: string): Promise<Actor> =>
	(await loadActor(ctx.people.find((p) => p.name === name)!.id, ctx.orgId))!;

beforeAll(async () => {
	database = await createTestDatabase();
	const org = await makeOrg('Nordhavn Kommune');
	const admin = await makePerson(org.id, { role: 'admin', name: 'Birgitte Lund' });
	ctx = await seedDemoInto(org.id, admin.userId, 'demo-password-long');
}, 120_000);

afterAll(async () => {
	await database.close();
});

describe('the demo notifications', () => {
	it('give colleagues read and unread notifications of several kinds, each with a link', async () => {
		const emma = await actorOf('Emma Clarke');
		const list = await listNotifications(emma, { locale: 'en', timeZone: 'Europe/Copenhagen' });
		expect(list.length).toBeGreaterThan(1);
		expect(list.some((n) => n.read)).toBe(true);
		expect(list.some((n) => !n.read)).toBe(true);
		for (const n of list) expect(n.link).toMatch(/^\/[a-z]/);
		expect(list.find((n) => n.kind === 'bites_review' && !n.read)?.text).toMatch(/to review today/);
		expect(await unreadCount(emma)).toBe(list.filter((n) => !n.read).length);

		const kinds = new Set<string>();
		for (const p of ctx.people) {
			for (const n of await listNotifications(await actorOf(p.name), { locale: 'en', timeZone: 'UTC' }))
				kinds.add(n.kind);
		}
		expect([...kinds]).toEqual(expect.arrayContaining(['bites_review', 'bites_credential', 'actions_nudge']));
	});
});
