// One notification centre: the bites' daily-review nudges (`bite_nudges`) move into `notifications`, the one
// store every nudge and notice is written to and read from, and their own table goes; the credential award
// notice's kind is renamed `bites_credential`.
// A review nudge was unique per person, kind and day; in `notifications` that is its dedupe key.

const REVIEW = { kind: 'bites_review', messageKey: 'bites_nudge_review', link: '/bites/review' };
/** rows per INSERT: far below SQLite's and PostgreSQL's bound-parameter limits */
const BATCH = 200;

/** @param {{ org_id: string, user_id: string, day: string }} row */
const reviewKey = (row) => `${row.org_id}:${row.user_id}:${REVIEW.kind}:${row.day}`;

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const rows = await db.selectFrom('bite_nudges').selectAll().orderBy('created_at').execute();
	for (let i = 0; i < rows.length; i += BATCH) {
		await db
			.insertInto('notifications')
			.values(
				rows.slice(i, i + BATCH).map((r) => ({
					id: r.id,
					org_id: r.org_id,
					user_id: r.user_id,
					kind: REVIEW.kind,
					message_key: REVIEW.messageKey,
					params: JSON.stringify({ count: String(r.count) }),
					link: REVIEW.link,
					dedupe_key: reviewKey(r),
					in_app: 1,
					// its email, if any, went out through the outbox when it was made
					email_state: r.emailed_at ? 'sent' : 'off',
					emailed_at: r.emailed_at,
					read_at: r.read_at,
					created_at: r.created_at
				}))
			)
			.onConflict((oc) => oc.column('dedupe_key').doNothing())
			.execute();
	}
	await db.schema.dropTable('bite_nudges').execute();
	// The credential award notice's kind takes its module's prefix, like every other kind.
	await db.updateTable('notifications').set({ kind: 'bites_credential' }).where('kind', '=', 'credential').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.updateTable('notifications').set({ kind: 'credential' }).where('kind', '=', 'bites_credential').execute();
	await db.schema
		.createTable('bite_nudges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('count', 'integer', (c) => c.notNull())
		.addColumn('day', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('emailed_at', 'text')
		.addColumn('read_at', 'text')
		.addUniqueConstraint('bite_nudges_user_day', ['org_id', 'user_id', 'kind', 'day'])
		.execute();
	const rows = await db.selectFrom('notifications').selectAll().where('kind', '=', REVIEW.kind).execute();
	for (let i = 0; i < rows.length; i += BATCH) {
		await db
			.insertInto('bite_nudges')
			.values(
				rows.slice(i, i + BATCH).map((r) => ({
					id: r.id,
					org_id: r.org_id,
					user_id: r.user_id,
					kind: 'review',
					count: Number(JSON.parse(r.params).count ?? 0),
					day: r.dedupe_key.split(':').pop(),
					created_at: r.created_at,
					emailed_at: r.emailed_at,
					read_at: r.read_at
				}))
			)
			.execute();
	}
	await db.deleteFrom('notifications').where('kind', '=', REVIEW.kind).execute();
}
