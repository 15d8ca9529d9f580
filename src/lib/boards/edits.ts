// Writing into the board's docs: new entities, field changes, a note's text merged by character, and the
// trash. Each call is one step of a transaction the caller opens (or its own).
import * as Y from 'yjs';
import { LIMITS, type BoardDoc, type MineDoc, type Note, type Zone } from './layout';
import { listZones, noteText } from './entities';

/** Random id for entities created in the doc (not secret, only unique). */
export function entityId(): string {
	const bytes = new Uint8Array(12);
	crypto.getRandomValues(bytes);
	let s = '';
	for (const b of bytes) s += (b & 63).toString(36).padStart(2, '0');
	return s.slice(0, 16);
}

function setAll(y: Y.Map<unknown>, values: Record<string, unknown>) {
	for (const [k, v] of Object.entries(values)) y.set(k, v);
}

function newMap(values: Record<string, unknown>): Y.Map<unknown> {
	const y = new Y.Map<unknown>();
	setAll(y, values);
	return y;
}

export function addZone(b: BoardDoc, zone: Omit<Zone, 'id' | 'order'> & { id?: string; order?: number }): string {
	const id = zone.id ?? entityId();
	const order = zone.order ?? Math.max(0, ...listZones(b).map((z) => z.order)) + 1;
	const fields: Record<string, unknown> = { title: zone.title.slice(0, LIMITS.title), color: zone.color, order };
	if (zone.dimension) fields.dimension = zone.dimension.slice(0, 64);
	b.zones.set(id, newMap(fields));
	return id;
}

export function addNote(
	target: BoardDoc | MineDoc,
	note: Partial<Omit<Note, 'id'>> & { text: string; zoneId: string; id?: string }
): string {
	const id = note.id ?? entityId();
	target.notes.set(
		id,
		newMap({
			text: new Y.Text(note.text.slice(0, LIMITS.noteText)),
			color: note.color ?? 'yellow',
			zoneId: note.zoneId,
			authorId: note.authorId ?? '',
			authorName: note.authorName ?? '',
			groupId: note.groupId ?? '',
			order: note.order ?? Date.now(),
			createdAt: note.createdAt ?? new Date().toISOString(),
			actionId: note.actionId ?? '',
			ownerTag: note.ownerTag ?? ''
		})
	);
	return id;
}

export function updateEntity(map: Y.Map<Y.Map<unknown>>, id: string, values: Record<string, unknown>) {
	const y = map.get(id);
	if (y instanceof Y.Map) setAll(y, values);
}

/**
 * Where an editor started: the note's text then, and a position anchored to each of its characters, so
 * what was typed in the editor can be applied where those characters are now, after others' edits.
 */
export interface TextDraft {
	base: string;
	anchors: Y.RelativePosition[] | null;
}

export function startTextDraft(target: BoardDoc | MineDoc, id: string): TextDraft {
	const y = target.notes.get(id);
	const text = y instanceof Y.Map ? y.get('text') : undefined;
	if (!(y instanceof Y.Map)) return { base: '', anchors: null };
	if (!(text instanceof Y.Text)) return { base: noteText(y), anchors: null };
	const base = text.toString();
	const anchors: Y.RelativePosition[] = [];
	for (let i = 0; i <= base.length; i++) anchors.push(Y.createRelativePositionFromTypeIndex(text, i));
	return { base, anchors };
}

/**
 * Changes a note's text by the smallest edit that turns the draft's base (default: the text now) into
 * `value` — one deletion and one insertion between the common prefix and suffix — so two people's edits
 * to one note both survive. A note still holding a plain string becomes a Y.Text on its first edit.
 */
export function setNoteText(target: BoardDoc | MineDoc, id: string, value: string, draft?: TextDraft) {
	const y = target.notes.get(id);
	if (!(y instanceof Y.Map)) return;
	target.doc.transact(() => {
		let text = y.get('text');
		let anchors = draft?.anchors ?? null;
		if (!(text instanceof Y.Text)) {
			text = new Y.Text(noteText(y));
			y.set('text', text);
			anchors = null;
		}
		const ytext = text as Y.Text;
		const base = anchors ? draft!.base : ytext.toString();
		let start = 0;
		while (start < base.length && start < value.length && base[start] === value[start]) start++;
		let tail = 0;
		while (
			tail < base.length - start &&
			tail < value.length - start &&
			base[base.length - 1 - tail] === value[value.length - 1 - tail]
		)
			tail++;
		const at = (i: number) => {
			if (!anchors) return i;
			const abs = Y.createAbsolutePositionFromRelativePosition(anchors[i], target.doc);
			return abs && abs.type === ytext ? abs.index : Math.min(i, ytext.length);
		};
		const from = at(start);
		const to = Math.max(from, at(base.length - tail));
		if (to > from) ytext.delete(from, to - from);
		const room = Math.max(0, LIMITS.noteText - ytext.length);
		const inserted = value.slice(start, value.length - tail).slice(0, room);
		if (inserted) ytext.insert(from, inserted);
	});
}

/** Moves a note to the board's trash (a soft delete the server can check and a facilitator can undo). */
export function trashNote(b: BoardDoc, id: string, by: 'author' | 'facilitator') {
	updateEntity(b.notes, id, { deletedAt: new Date().toISOString(), deletedBy: by });
}

export function restoreNote(b: BoardDoc, id: string) {
	const y = b.notes.get(id);
	if (!(y instanceof Y.Map)) return;
	b.doc.transact(() => {
		y.delete('deletedAt');
		y.delete('deletedBy');
	});
}

export function addGroup(b: BoardDoc, group: { title: string; zoneId: string; id?: string }): string {
	const id = group.id ?? entityId();
	b.groups.set(id, newMap({ title: group.title.slice(0, LIMITS.title), zoneId: group.zoneId, order: Date.now() }));
	return id;
}

export function addComment(b: BoardDoc, comment: { noteId: string; text: string; authorName: string }): string {
	const id = entityId();
	b.comments.set(
		id,
		newMap({
			noteId: comment.noteId,
			text: comment.text.slice(0, LIMITS.comment),
			authorName: comment.authorName,
			createdAt: new Date().toISOString()
		})
	);
	return id;
}

export function addDecision(b: BoardDoc, decision: { text: string; noteId?: string; id?: string }): string {
	const id = decision.id ?? entityId();
	b.decisions.set(
		id,
		newMap({
			text: decision.text.slice(0, LIMITS.decision),
			noteId: decision.noteId ?? '',
			order: Date.now(),
			createdAt: new Date().toISOString(),
			actionId: ''
		})
	);
	return id;
}
