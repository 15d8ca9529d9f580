// Participants write the shared board doc directly, so "a guest deletes only their own notes" is checked
// here, on every update a connection sends to board/<id>, before the room applies it. An update is
// refused when it would remove a note that exists (a map delete or an overwrite of its entry), trash or
// restore one (`deletedAt`/`deletedBy`), or rewrite an existing note's `ownerTag` — unless the sender may
// delete that note: its author (by owner tag, see ownership.ts) or a facilitator of the board. Everything
// else in a note (text, colour, place) stays editable by everyone on the board, as before. Reactions
// (`reactions`, see reactions.ts) are each person's own: an update may add or take back only reactions
// whose tag is the sender's (their owner key's HMAC of the note and reaction), so none is forged, inflated
// or removed for someone else.
import * as Y from 'yjs';
import type { Principal } from '../sync/index';
import { readNote } from '../../boards/doc';
import { noteOwnerKey, ownsNote } from './ownership';
import { parseReactionKey, reactionTag } from '../../boards/reactions';

const GUARDED_FIELDS = new Set(['deletedAt', 'deletedBy', 'ownerTag']);
const NEW = Symbol('created in this update');

/** Facilitators per board, as the permission check (which every connection passes first) last saw them. */
const facilitators = new Map<string, boolean>();
export function rememberFacilitator(boardId: string, userId: string, facilitates: boolean) {
	if (facilitators.size > 50_000) facilitators.clear();
	facilitators.set(`${boardId}\n${userId}`, facilitates);
}

type Touched = Map<string, 'remove' | 'owner'>;

/**
 * What an update touches that the guard checks: the existing notes it would remove, trash, restore or re-own
 * (note id → what), and the keys of the reactions map it would set or delete.
 */
export function guardedChanges(doc: Y.Doc, update: Uint8Array): { notes: Touched; reactionKeys: Set<string> } {
	const notes = doc.getMap<Y.Map<unknown>>('notes');
	const reactions = doc.getMap('reactions');
	const reactionKeys = new Set<string>();
	const store = doc.store;
	const { structs, ds } = Y.decodeUpdate(update);
	const inStore = (id: Y.ID) => Y.getState(store, id.client) > id.clock;
	const inUpdate = (id: Y.ID) =>
		structs.find((s) => s.id.client === id.client && s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
	const touched: Touched = new Map();
	const touch = (noteId: string, what: 'remove' | 'owner') =>
		touched.get(noteId) !== 'owner' && touched.set(noteId, what);

	/** The type an item of the update goes into and its map key (parent null: under a type it creates). */
	const placeOf = (item: Y.Item, depth = 0): { parent: unknown; key: string | null } => {
		if (item.parent !== null) {
			if (typeof item.parent === 'string') return { parent: doc.share.get(item.parent) ?? null, key: item.parentSub };
			if (item.parent instanceof Y.ID) {
				if (!inStore(item.parent)) return { parent: NEW, key: item.parentSub };
				const p = Y.getItem(store, item.parent);
				return {
					parent: p instanceof Y.Item && p.content instanceof Y.ContentType ? p.content.type : null,
					key: item.parentSub
				};
			}
			return { parent: item.parent, key: item.parentSub };
		}
		const ref = item.origin ?? item.rightOrigin;
		if (!ref) return { parent: null, key: null };
		if (inStore(ref)) {
			const o = Y.getItem(store, ref);
			return o instanceof Y.Item ? { parent: o.parent, key: o.parentSub } : { parent: null, key: null };
		}
		const u = inUpdate(ref);
		return u instanceof Y.Item && depth < 10_000 ? placeOf(u, depth + 1) : { parent: null, key: null };
	};
	/** The note id when `type` is a note's own map (an existing one). */
	const noteOf = (type: unknown) => {
		if (!(type instanceof Y.Map) || !type._item || type._item.deleted || type._item.parent !== notes) return null;
		return type._item.parentSub;
	};

	for (const struct of structs) {
		if (!(struct instanceof Y.Item) || Y.getState(store, struct.id.client) >= struct.id.clock + struct.length) continue;
		const { parent, key } = placeOf(struct);
		if (!key) continue;
		if (parent === notes && notes.has(key)) touch(key, 'remove');
		if (parent === reactions) reactionKeys.add(key);
		const noteId = noteOf(parent);
		if (noteId && GUARDED_FIELDS.has(key)) touch(noteId, key === 'ownerTag' ? 'owner' : 'remove');
	}
	// Deleting a note's entry deletes its fields too: those count as the note's removal, not as a re-owning.
	const removedEntries = new Set<string>();
	const fieldDeletes: [string, string][] = [];
	ds.clients.forEach((ranges, client) => {
		const list = store.clients.get(client);
		if (!list) return;
		for (const { clock, len } of ranges) {
			if (clock >= Y.getState(store, client)) continue;
			for (let i = Y.findIndexSS(list, clock); i < list.length && list[i].id.clock < clock + len; i++) {
				const item = list[i];
				if (!(item instanceof Y.Item) || item.deleted || !item.parentSub) continue;
				if (item.parent === notes && notes._map.get(item.parentSub) === item) removedEntries.add(item.parentSub);
				if (item.parent === reactions) reactionKeys.add(item.parentSub);
				const noteId = noteOf(item.parent);
				if (
					noteId &&
					GUARDED_FIELDS.has(item.parentSub) &&
					(item.parent as Y.Map<unknown>)._map.get(item.parentSub) === item
				)
					fieldDeletes.push([noteId, item.parentSub]);
			}
		}
	});
	for (const noteId of removedEntries) touch(noteId, 'remove');
	for (const [noteId, field] of fieldDeletes)
		if (!removedEntries.has(noteId)) touch(noteId, field === 'ownerTag' ? 'owner' : 'remove');
	return { notes: touched, reactionKeys };
}

/** Whether every reaction key is well formed and carries the participant's own tag. */
function ownReactions(keys: Set<string>, boardId: string, participantId: string) {
	const ownerKey = noteOwnerKey(boardId, participantId);
	for (const key of keys) {
		const r = parseReactionKey(key);
		if (!r || r.tag !== reactionTag(ownerKey, r.noteId, r.reaction)) return false;
	}
	return true;
}

/** Whether `principal` may send `update` to board/<boardId> (see the top of this file). */
export function mayApplyBoardUpdate(
	principal: Principal | undefined,
	boardId: string,
	doc: Y.Doc,
	update: Uint8Array
): boolean {
	const { notes: touched, reactionKeys } = guardedChanges(doc, update);
	if (touched.size === 0 && reactionKeys.size === 0) return true;
	if (!principal) return false;
	const participantId = principal.kind === 'guest' ? principal.guestId : principal.actor.userId;
	if (reactionKeys.size && !ownReactions(reactionKeys, boardId, participantId)) return false;
	const facilitates = principal.kind === 'user' && facilitators.get(`${boardId}\n${participantId}`) === true;
	const notes = doc.getMap<Y.Map<unknown>>('notes');
	for (const [noteId, what] of touched) {
		if (what === 'owner') return false;
		if (facilitates) continue;
		const y = notes.get(noteId);
		if (!(y instanceof Y.Map) || !ownsNote(boardId, participantId, noteId, readNote(noteId, y))) return false;
	}
	return true;
}
