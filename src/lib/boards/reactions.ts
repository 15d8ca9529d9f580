// Quick reactions on a note (+1, heart, idea, question): a show of feeling, never counted as votes. They live in the
// shared doc's `reactions` map under "<note id> <reaction> <tag>", where the tag is HMAC(owner key, note and
// reaction) — the same owner key that tags a person's notes (ownership.ts). The reacting client and the server can
// recompute it, so a person takes back only their own reaction and the server refuses forged ones; nobody else can
// tell who reacted, nor link two reactions of one person (the tag differs per note and reaction), which anonymous
// boards require.
import type * as Y from 'yjs';
import { noteOwnerTag } from './ownership';

export const REACTIONS = ['+1', 'heart', 'idea', 'question'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** The reacting person's tag for one reaction on one note ('' without an owner key). */
export function reactionTag(ownerKey: string, noteId: string, reaction: Reaction): string {
	return noteOwnerTag(ownerKey, `${noteId}/reaction/${reaction}`);
}

export function reactionKey(noteId: string, reaction: Reaction, tag: string) {
	return `${noteId} ${reaction} ${tag}`;
}

export function parseReactionKey(key: string): { noteId: string; reaction: Reaction; tag: string } | null {
	const [noteId, reaction, tag, ...rest] = key.split(' ');
	if (rest.length || !noteId || !/^[0-9a-f]{32}$/.test(tag ?? '')) return null;
	if (!(REACTIONS as readonly string[]).includes(reaction)) return null;
	return { noteId, reaction: reaction as Reaction, tag };
}

/** note id → reaction → the tags of those who reacted so (well-formed keys only). */
export type NoteReactions = Map<string, Map<Reaction, string[]>>;

export function readReactions(map: Y.Map<unknown>): NoteReactions {
	const out: NoteReactions = new Map();
	for (const key of map.keys()) {
		const r = parseReactionKey(key);
		if (!r) continue;
		let byReaction = out.get(r.noteId);
		if (!byReaction) out.set(r.noteId, (byReaction = new Map()));
		byReaction.set(r.reaction, [...(byReaction.get(r.reaction) ?? []), r.tag]);
	}
	return out;
}

/** Adds or takes back the holder of `ownerKey`'s reaction; returns whether it is on afterwards. */
export function toggleReaction(map: Y.Map<unknown>, ownerKey: string, noteId: string, reaction: Reaction): boolean {
	const tag = reactionTag(ownerKey, noteId, reaction);
	if (!tag) return false;
	const key = reactionKey(noteId, reaction, tag);
	if (map.has(key)) {
		map.delete(key);
		return false;
	}
	map.set(key, 1);
	return true;
}
