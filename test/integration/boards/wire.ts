// What a stock y-websocket client received, read back from its raw frames: the document updates (whose every
// item carries the Yjs client id that wrote it) and the presence entries (keyed by client id). The anonymity
// tests use it to look for anything that links a note to its author.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { boardDoc } from '../../../src/lib/boards/doc';

export interface Presence {
	clientId: number;
	state: unknown;
	json: string;
}

/** Splits what a client received into document updates and presence entries (y-websocket's framing). */
export function readWire(wire: Buffer[]) {
	const updates: Uint8Array[] = [];
	const presence: Presence[] = [];
	for (const frame of wire) {
		const decoder = decoding.createDecoder(new Uint8Array(frame));
		const type = decoding.readVarUint(decoder);
		if (type === 0) {
			const step = decoding.readVarUint(decoder);
			if (step === 1 || step === 2) updates.push(decoding.readVarUint8Array(decoder));
		} else if (type === 1) {
			const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
			const count = decoding.readVarUint(inner);
			for (let i = 0; i < count; i++) {
				const clientId = decoding.readVarUint(inner);
				decoding.readVarUint(inner); // clock
				const json = decoding.readVarString(inner);
				presence.push({ clientId, state: JSON.parse(json), json });
			}
		}
	}
	return { updates, presence };
}

/** Every client id that wrote an item in these updates. */
export function writers(updates: Uint8Array[]): Set<number> {
	const out = new Set<number>();
	for (const update of updates) for (const struct of Y.decodeUpdate(update).structs) out.add(struct.id.client);
	return out;
}

/** Client ids of every item that made or changed this note, overwritten values included. */
export function noteWriters(updates: Uint8Array[], noteId: string): Set<number> {
	const doc = new Y.Doc({ gc: false });
	for (const update of updates) Y.applyUpdate(doc, update);
	const note = boardDoc(doc).notes.get(noteId);
	const out = new Set<number>();
	if (!note?._item) return out;
	out.add(note._item.id.client);
	for (const last of note._map.values()) {
		for (let item: Y.Item | null = last; item; item = item.left) out.add(item.id.client);
	}
	return out;
}
