// Removing documents for good: a deleted board, an erased person's private drafts, a deleted organisation.
// The sync server owns doc_updates/doc_snapshots; this is its one way to forget a document. A room that is
// loaded at that moment is closed by the caller's revalidation (access is gone with the SQL rows), so it
// has no one to write for afterwards.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Deletes every document named exactly `prefix` or below it (`prefix/...`). */
export async function deleteDocuments(db: Kysely<Database>, prefixes: string[]): Promise<number> {
	let deleted = 0;
	for (const prefix of prefixes) {
		const below = `${prefix}/`;
		// substr rather than LIKE: ids may hold '_', a LIKE wildcard, and the two databases escape differently.
		const match = sql<boolean>`(doc = ${prefix} or substr(doc, 1, cast(${below.length} as integer)) = ${below})`;
		const u = await db.deleteFrom('doc_updates').where(match).executeTakeFirst();
		const s = await db.deleteFrom('doc_snapshots').where(match).executeTakeFirst();
		deleted += Number(u.numDeletedRows) + Number(s.numDeletedRows);
	}
	return deleted;
}
