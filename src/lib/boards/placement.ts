// Where zones and notes sit: moving by keyboard and dropping by pointer, by order numbers placed between
// neighbours, so concurrent moves by two people never corrupt the list.
import { type BoardDoc, type Note, type Zone } from './layout';
import { listZones } from './entities';
import { updateEntity } from './edits';

/** Moves a zone one place up or down by swapping orders with its neighbour. */
export function moveZone(b: BoardDoc, id: string, delta: -1 | 1) {
	const zones = listZones(b);
	const i = zones.findIndex((z) => z.id === id);
	const j = i + delta;
	if (i < 0 || j < 0 || j >= zones.length) return;
	b.doc.transact(() => {
		updateEntity(b.zones, zones[i].id, { order: zones[j].order });
		updateEntity(b.zones, zones[j].id, { order: zones[i].order });
		if (zones[i].order === zones[j].order) updateEntity(b.zones, zones[i].id, { order: zones[j].order + delta });
	});
}

/** Notes of a zone in display order. */
export function notesInZone(notes: Note[], zoneId: string) {
	return notes.filter((n) => n.zoneId === zoneId).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * Moves a note within its zone (delta ±1) or to a neighbouring zone, placing it between its new
 * neighbours by order, so concurrent moves by two people never corrupt the list.
 */
export function reorderNote(
	b: BoardDoc,
	noteId: string,
	zones: Zone[],
	notes: Note[],
	direction: 'up' | 'down' | 'left' | 'right'
) {
	const note = notes.find((n) => n.id === noteId);
	if (!note) return;
	if (direction === 'left' || direction === 'right') {
		const zi = zones.findIndex((z) => z.id === note.zoneId);
		const target = zones[zi + (direction === 'left' ? -1 : 1)];
		if (!target) return;
		const last = notesInZone(notes, target.id).at(-1);
		updateEntity(b.notes, noteId, { zoneId: target.id, groupId: '', order: (last?.order ?? 0) + 1 });
		return;
	}
	const list = notesInZone(notes, note.zoneId);
	const i = list.findIndex((n) => n.id === noteId);
	if (direction === 'up' && i > 0) {
		const before = list[i - 2]?.order ?? list[i - 1].order - 2;
		updateEntity(b.notes, noteId, { order: (before + list[i - 1].order) / 2 });
	} else if (direction === 'down' && i < list.length - 1) {
		const after = list[i + 2]?.order ?? list[i + 1].order + 2;
		updateEntity(b.notes, noteId, { order: (after + list[i + 1].order) / 2 });
	}
}

/**
 * Puts a note into a zone (drag and drop): before the note `beforeId`, after the note `afterId`, or at the end;
 * `groupId` (when given) is the group it lands in ('' for none).
 */
export function dropNote(
	b: BoardDoc,
	noteId: string,
	zoneId: string,
	notes: Note[],
	place: { beforeId?: string; afterId?: string; groupId?: string } = {}
) {
	const list = notesInZone(notes, zoneId).filter((n) => n.id !== noteId);
	let order: number;
	const before = place.beforeId ? list.findIndex((n) => n.id === place.beforeId) : -1;
	const after = place.afterId ? list.findIndex((n) => n.id === place.afterId) : -1;
	if (before >= 0) order = ((list[before - 1]?.order ?? list[before].order - 2) + list[before].order) / 2;
	else if (after >= 0) order = (list[after].order + (list[after + 1]?.order ?? list[after].order + 2)) / 2;
	else order = (list.at(-1)?.order ?? 0) + 1;
	updateEntity(
		b.notes,
		noteId,
		place.groupId === undefined ? { zoneId, order } : { zoneId, order, groupId: place.groupId }
	);
}

/** Where on a note a drop lands: its upper quarter places before it, its lower quarter after, the middle groups. */
export function dropPlaceOn(offsetY: number, height: number): 'before' | 'group' | 'after' {
	const at = height > 0 ? offsetY / height : 0.5;
	return at < 0.25 ? 'before' : at > 0.75 ? 'after' : 'group';
}
