// Who wrote a note, as the server can check it without the shared doc saying so: each participant's owner
// key is an HMAC of a server secret, the board and the participant, handed only to that participant's
// page. Their client tags each note with HMAC(owner key, note id) (src/lib/boards/ownership.ts); the server
// recomputes the key from the connection's principal. Other participants see only per-note random-looking
// tags, which neither name the author nor link two of their notes.
import { createHmac } from 'node:crypto';
import { derivedSecret } from '../bites/keys';
import { noteOwnerTag } from '../../boards/ownership';

export function noteOwnerKey(boardId: string, participantId: string): string {
	return createHmac('sha256', derivedSecret('samspil-board-note-owners'))
		.update(`${boardId}\n${participantId}`)
		.digest('base64url');
}

/** Whether `participantId` wrote the note (by its tag; notes from before tags: by a non-empty author id). */
export function ownsNote(
	boardId: string,
	participantId: string,
	noteId: string,
	note: { ownerTag: string; authorId: string }
) {
	if (note.ownerTag) return note.ownerTag === noteOwnerTag(noteOwnerKey(boardId, participantId), noteId);
	return note.authorId !== '' && note.authorId === participantId;
}
