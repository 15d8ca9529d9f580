// Reading the board's entities out of its docs, defensively: a participant may have written anything
// into the shared doc, so every field is checked and cut to size.
import * as Y from 'yjs';
import {
	COLORS,
	LIMITS,
	type BoardDoc,
	type Color,
	type Comment,
	type ControlDoc,
	type Decision,
	type Group,
	type MineDoc,
	type Note,
	type Progress,
	type Zone
} from './layout';

type Entity = Zone | Note | Group | Comment | Decision;

const str = (v: unknown, max = 10_000) => (typeof v === 'string' ? v.slice(0, max) : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const color = (v: unknown): Color => (COLORS.includes(v as Color) ? (v as Color) : 'yellow');

/** Reads a Y.Map entity defensively: a participant may have written anything into the shared doc. */
export function readZone(id: string, y: Y.Map<unknown>): Zone {
	const zone: Zone = {
		id,
		title: str(y.get('title'), LIMITS.title),
		color: color(y.get('color')),
		order: num(y.get('order'))
	};
	const dimension = str(y.get('dimension'), 64);
	if (dimension) zone.dimension = dimension;
	return zone;
}

/** A note's text: a Y.Text (merged by character), or a plain string on notes written before that. */
export function noteText(y: Y.Map<unknown>): string {
	const text = y.get('text');
	return text instanceof Y.Text ? text.toString().slice(0, LIMITS.noteText) : str(text, LIMITS.noteText);
}

export function readNote(id: string, y: Y.Map<unknown>): Note {
	return {
		id,
		text: noteText(y),
		color: color(y.get('color')),
		zoneId: str(y.get('zoneId')),
		authorId: str(y.get('authorId')),
		authorName: str(y.get('authorName'), LIMITS.title),
		groupId: str(y.get('groupId')),
		order: num(y.get('order')),
		createdAt: str(y.get('createdAt')),
		actionId: str(y.get('actionId')),
		ownerTag: str(y.get('ownerTag'), 64),
		deletedAt: str(y.get('deletedAt'), 40),
		deletedBy:
			y.get('deletedBy') === 'author' || y.get('deletedBy') === 'facilitator'
				? (y.get('deletedBy') as 'author' | 'facilitator')
				: ''
	};
}

export function readGroup(id: string, y: Y.Map<unknown>): Group {
	return { id, title: str(y.get('title'), LIMITS.title), zoneId: str(y.get('zoneId')), order: num(y.get('order')) };
}

export function readComment(id: string, y: Y.Map<unknown>): Comment {
	return {
		id,
		noteId: str(y.get('noteId')),
		text: str(y.get('text'), LIMITS.comment),
		authorName: str(y.get('authorName'), LIMITS.title),
		createdAt: str(y.get('createdAt'))
	};
}

export function readDecision(id: string, y: Y.Map<unknown>): Decision {
	return {
		id,
		text: str(y.get('text'), LIMITS.decision),
		noteId: str(y.get('noteId')),
		order: num(y.get('order')),
		createdAt: str(y.get('createdAt')),
		actionId: str(y.get('actionId'))
	};
}

export function readProgress(y: Y.Map<unknown>): Progress {
	return { name: str(y.get('name'), LIMITS.title), done: y.get('done') === true, votesUsed: num(y.get('votesUsed')) };
}

function readAll<T extends Entity>(map: Y.Map<Y.Map<unknown>>, read: (id: string, y: Y.Map<unknown>) => T): T[] {
	const out: T[] = [];
	map.forEach((y, id) => {
		if (y instanceof Y.Map) out.push(read(id, y));
	});
	return out.sort(
		(a, b) => ('order' in a && 'order' in b ? (a.order as number) - (b.order as number) : 0) || a.id.localeCompare(b.id)
	);
}

export const listZones = (b: BoardDoc) => readAll(b.zones, readZone);
/** The notes on the board (those in the trash are not). */
export const listNotes = (b: BoardDoc | MineDoc) => readAll(b.notes, readNote).filter((n) => !n.deletedAt);
/** The board's trash: deleted notes, newest deletion first. */
export const listTrash = (b: BoardDoc) =>
	readAll(b.notes, readNote)
		.filter((n) => n.deletedAt)
		.sort((a, c) => c.deletedAt.localeCompare(a.deletedAt));
export const listGroups = (b: BoardDoc) => readAll(b.groups, readGroup);
export const listDecisions = (b: BoardDoc) => readAll(b.decisions, readDecision);
export const listComments = (b: BoardDoc) =>
	readAll(b.comments, readComment).sort((a, c) => a.createdAt.localeCompare(c.createdAt));
export const listQuestions = (b: ControlDoc) => b.questions.toArray().filter((q) => typeof q === 'string');

/** Each zone's own deck and the cards drawn from it so far (the last one drawn is the zone's current card). */
export function zoneDecks(b: ControlDoc): Record<string, { cards: string[]; drawn: number }> {
	const out: Record<string, { cards: string[]; drawn: number }> = {};
	for (const [zoneId, deck] of b.zoneQuestions.entries()) {
		if (!(deck instanceof Y.Array)) continue;
		const cards = deck.toArray().filter((q): q is string => typeof q === 'string');
		const drawn = b.zoneShown.get(zoneId);
		out[zoneId] = { cards, drawn: typeof drawn === 'number' ? Math.max(0, Math.min(cards.length, drawn)) : 0 };
	}
	return out;
}

export function voteTotals(b: ControlDoc): Map<string, number> {
	const out = new Map<string, number>();
	b.votes.forEach((v, id) => {
		if (typeof v === 'number' && v > 0) out.set(id, Math.floor(v));
	});
	return out;
}
