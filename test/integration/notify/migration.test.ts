// Migration 0023 folds the bites' own nudge table into the one notification store: every review nudge that
// was in `bite_nudges` is in `notifications` afterwards (read or not, emailed or not, as it was), links to the
// review, and counts once a day as before; `bite_nudges` is gone. The award notice's kind becomes
// `bites_credential`. Run against a database holding rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import { migrationProvider } from '../../../src/lib/server/db/migrate';
import { listNotifications, recordNudges, unreadCount } from '../../../src/lib/server/notify/index';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let anna: Actor, bo: Actor;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table the typed schema no longer has
const raw = () => database.db as unknown as Kysely<any>;
const tables = async () => (await database.db.introspection.getTables()).map((t) => t.name);

beforeAll(async () => {
	database = await createTestDatabase();
	const org = await makeOrg();
	anna = await makePerson(org.id);
	bo = await makePerson(org.id);
});

afterAll(async () => {
	await database.close();
});

describe('migration 0023: one notification centre', () => {
	it('moves every bite nudge into notifications and drops bite_nudges', async () => {
		const migration = (await migrationProvider.getMigrations())['0023_notification_centre'];
		// Back to before the migration: the bites' table exists, empty.
		await migration.down!(raw());
		expect(await tables()).toContain('bite_nudges');
		await recordNudges([
			{
				orgId: anna.orgId,
				userId: anna.userId,
				// the award notice's kind before the migration
				kind: 'credential',
				key: 'before',
				messageKey: 'bites_mc_awarded_notice',
				params: { title: 'First aid' },
				link: '/bites/credentials'
			}
		]);
		const nudge = (who: Actor, id: string, day: string, count: number, extra: object = {}) => ({
			id,
			org_id: who.orgId,
			user_id: who.userId,
			kind: 'review',
			count,
			day,
			created_at: `${day}T08:00:00.000Z`,
			emailed_at: null,
			read_at: null,
			...extra
		});
		await raw()
			.insertInto('bite_nudges')
			.values([
				nudge(anna, 'old-read', '2026-03-01', 2, {
					emailed_at: '2026-03-01T08:00:01.000Z',
					read_at: '2026-03-01T12:00:00.000Z'
				}),
				nudge(anna, 'new-unread', '2026-03-02', 1),
				nudge(bo, 'bo-unread', '2026-03-02', 4)
			])
			.execute();

		await migration.up(raw());

		expect(await tables()).not.toContain('bite_nudges');
		const annas = await listNotifications(anna, { locale: 'en', timeZone: 'UTC' });
		expect(annas.map((n) => [n.id, n.kind, n.text, n.link, n.read])).toEqual([
			// the notification written before the migration is the newest (written today)
			[
				annas[0].id,
				'bites_credential',
				'You were awarded the micro-credential First aid.',
				'/bites/credentials',
				false
			],
			[
				'new-unread',
				'bites_review',
				'You have 1 question to review today. It takes a few minutes.',
				'/bites/review',
				false
			],
			[
				'old-read',
				'bites_review',
				'You have 2 questions to review today. It takes a few minutes.',
				'/bites/review',
				true
			]
		]);
		expect(await unreadCount(anna)).toBe(2);
		expect((await listNotifications(bo, { locale: 'da', timeZone: 'UTC' })).map((n) => n.text)).toEqual([
			'Du har 4 spørgsmål at repetere i dag. Det tager få minutter.'
		]);
		const moved = await database.db
			.selectFrom('notifications')
			.select(['id', 'email_state', 'emailed_at', 'created_at'])
			.where('kind', '=', 'bites_review')
			.orderBy('id')
			.execute();
		expect(moved).toEqual([
			{ id: 'bo-unread', email_state: 'off', emailed_at: null, created_at: '2026-03-02T08:00:00.000Z' },
			{ id: 'new-unread', email_state: 'off', emailed_at: null, created_at: '2026-03-02T08:00:00.000Z' },
			{
				id: 'old-read',
				email_state: 'sent',
				emailed_at: '2026-03-01T08:00:01.000Z',
				created_at: '2026-03-01T08:00:00.000Z'
			}
		]);
		// Still once a day: the day's review nudge the bites module would make now is the one moved.
		const again = await recordNudges([
			{
				orgId: anna.orgId,
				userId: anna.userId,
				kind: 'bites_review',
				key: 'bites_review:2026-03-02',
				messageKey: 'bites_nudge_review',
				params: { count: '1' },
				link: '/bites/review'
			}
		]);
		expect(again).toEqual([]);
	});
});
