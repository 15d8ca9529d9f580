// What the privacy module asks of boards: forget an erased person inside board documents, and delete
// archived boards past the organisation's retention period.
import { boardDoc, boardDocName, mineDocName } from '$lib/boards/doc';

import { db } from '../db/current';
import { boardSyncAvailable, changeDoc, dropDocs, revalidateBoard } from './live';
import { changeControl, forgetControl } from './control';

/**
 * Replaces an erased person's authorship inside the board documents of the given boards: their notes keep
 * their text (the team's workshop result) but carry the placeholder's id and name; their comments the
 * placeholder's name; their progress entry goes. Overwritten values stay in the update log until the room
 * next compacts (compaction encodes the doc's state, in which Yjs has garbage-collected them). Without a
 * running sync server (scripts) the documents are left as they are and the caller says so.
 */
export async function anonymiseAuthor(
	boardIds: string[],
	person: { id: string; name: string },
	placeholder: { id: string; name: string }
): Promise<boolean> {
	if (!boardSyncAvailable()) return false;
	for (const boardId of boardIds) {
		await changeDoc(boardDocName(boardId), (doc) => {
			const b = boardDoc(doc);
			doc.transact(() => {
				b.notes.forEach((note) => {
					if (note.get('authorId') === person.id) {
						note.set('authorId', placeholder.id);
						note.set('authorName', placeholder.name);
					}
				});
				b.comments.forEach((comment) => {
					if (comment.get('authorName') === person.name) comment.set('authorName', placeholder.name);
				});
			});
		});
		await changeControl(boardId, (c) => {
			if (c.progress.has(person.id)) c.progress.delete(person.id);
		});
	}
	return true;
}

/** The person's private drafts and ballots on these boards. */
export async function deletePrivateDocs(boardIds: string[], participantId: string): Promise<void> {
	await dropDocs(boardIds.map((b) => mineDocName(b, participantId)));
}

/** Boards of an organisation (for export and deletion). */
export async function boardIdsOf(orgId: string): Promise<string[]> {
	return (await db().selectFrom('boards').select('id').where('org_id', '=', orgId).execute()).map((r) => r.id);
}

/** Deletes archived boards whose workshop ended before `cutoff`, with their documents; returns how many. */
export async function purgeArchivedBoards(orgId: string, cutoff: string): Promise<number> {
	const old = await db()
		.selectFrom('boards')
		.select('id')
		.where('org_id', '=', orgId)
		.where('status', '=', 'archived')
		.where((eb) =>
			eb.or([eb('ended_at', '<', cutoff), eb.and([eb('ended_at', 'is', null), eb('updated_at', '<', cutoff)])])
		)
		.execute();
	if (!old.length) return 0;
	const ids = old.map((r) => r.id);
	await db().deleteFrom('boards').where('org_id', '=', orgId).where('id', 'in', ids).execute();
	// As deleteBoard does: close the connections, then forget the documents after any write still queued.
	for (const id of ids) {
		forgetControl(id);
		if (boardSyncAvailable()) await revalidateBoard(id);
	}
	await dropDocs(ids.map(boardDocName));
	return ids.length;
}
