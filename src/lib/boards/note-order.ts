// The order in which the canvas and the list view show a zone's notes. One place, because the server picks a big
// board's first screen by it (live/server-view.ts) and the browser must then show the very same notes.
import type { Group, Note, Zone } from './doc';

/** Notes a zone shows at first: a laptop screen's worth about twice over (components/note-window.svelte.ts). */
export const FIRST_NOTES = 30;

/** The canvas: each zone's notes by order (then id); a note of a zone that no longer exists shows in the first zone. */
export function notesByZone<T extends Note>(zones: Zone[], notes: T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const z of zones) out.set(z.id, []);
	const first = zones[0]?.id;
	for (const n of notes) {
		const list = out.get(n.zoneId) ?? (first ? out.get(first) : undefined);
		list?.push(n);
	}
	for (const list of out.values()) list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	return out;
}

/** A zone's notes (from `notesByZone`) as the canvas stacks them: each of its groups' notes, then the loose ones. */
export function canvasOrder<T extends Note>(notes: T[], groups: Group[]) {
	const loose = notes.filter((n) => !n.groupId || !groups.some((g) => g.id === n.groupId));
	return { loose, ordered: [...groups.flatMap((g) => notes.filter((n) => n.groupId === g.id)), ...loose] };
}

/** A zone's notes as the list view shows them: by order (a tie keeps the notes' own order). */
export function listOrder<T extends Note>(zoneId: string, notes: T[]): T[] {
	return notes.filter((n) => n.zoneId === zoneId).sort((a, b) => a.order - b.order);
}
