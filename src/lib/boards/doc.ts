// The board's Y.Doc layout, declared once and used by the UI, the server and the tests.
//
// Three kinds of documents per board:
//   board/<id>                    the shared board (zones, notes, groups, comments, decisions): everyone on
//                                 the board receives and writes all of it
//   board/<id>/control            facilitation state (phase, timer, lock, anonymous mode, question deck,
//                                 vote totals, progress, follow-me focus): written only by the server (form
//                                 actions); clients may only read it, so a modified client cannot change the
//                                 phase or the tally
//   board/<id>/mine/<participant> one participant's hidden work: notes written during silent writing and
//                                 dot votes before voting closes. Only that participant may open it; the
//                                 server moves its contents into the shared doc at reveal / tallies the
//                                 votes at close. Hiding is therefore real: what is hidden never reaches
//                                 another participant's browser.
import * as Y from 'yjs';

export const PHASES = ['open', 'write', 'group', 'vote', 'discuss', 'decide'] as const;
export type Phase = (typeof PHASES)[number];

export const COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type Color = (typeof COLORS)[number];

export interface Meta {
	title: string;
	phase: Phase;
	locked: boolean;
	anonymous: boolean;
	ended: boolean;
	voteBudget: number;
	/** number of question cards revealed (0 = none yet) */
	questionsShown: number;
	/** epoch ms when the shared timer ends; 0 = no timer */
	timerEndsAt: number;
	timerSeconds: number;
	/** bumped by the server on every reveal / vote close, so clients can announce it */
	revision: number;
	/** the note or zone id the facilitator asks everyone to follow ('' = not leading) */
	followFocus: string;
}

export interface Zone {
	id: string;
	title: string;
	color: Color;
	order: number;
}

export interface Note {
	id: string;
	text: string;
	color: Color;
	zoneId: string;
	/** '' when written anonymously */
	authorId: string;
	authorName: string;
	groupId: string;
	order: number;
	createdAt: string;
	/** set when the note became an action item */
	actionId: string;
	/** HMAC tag only the author's client and the server can tie to the author (ownership.ts); '' on old notes */
	ownerTag: string;
	/** set when the note was deleted: it is in the board's trash, from which a facilitator restores it */
	deletedAt: string;
	deletedBy: '' | 'author' | 'facilitator';
}

export interface Group {
	id: string;
	title: string;
	zoneId: string;
	order: number;
}

export interface Comment {
	id: string;
	noteId: string;
	text: string;
	authorName: string;
	createdAt: string;
}

export interface Decision {
	id: string;
	text: string;
	noteId: string;
	order: number;
	createdAt: string;
	actionId: string;
}

export interface Progress {
	name: string;
	/** the participant said they are done writing */
	done: boolean;
	/** dots spent in the current vote (a count only: which notes stays hidden) */
	votesUsed: number;
}

/** Size limits the UI enforces and the server applies when it copies content. */
export const LIMITS = { noteText: 500, title: 120, comment: 500, decision: 500, questions: 60 } as const;

type Entity = Zone | Note | Group | Comment | Decision;

/** Typed access to the shared board document. */
export function boardDoc(doc: Y.Doc) {
	return {
		doc,
		zones: doc.getMap<Y.Map<unknown>>('zones'),
		notes: doc.getMap<Y.Map<unknown>>('notes'),
		groups: doc.getMap<Y.Map<unknown>>('groups'),
		comments: doc.getMap<Y.Map<unknown>>('comments'),
		decisions: doc.getMap<Y.Map<unknown>>('decisions')
	};
}
export type BoardDoc = ReturnType<typeof boardDoc>;

/**
 * Typed access to the board's control document (server-authored; clients connect read-only). Boards made
 * before it existed kept these maps in the shared doc: `legacyControl` reads them for a one-time copy.
 */
export function controlDoc(doc: Y.Doc) {
	return {
		doc,
		meta: doc.getMap<unknown>('meta'),
		questions: doc.getArray<string>('questions'),
		/** note id → dots, written by the server when voting closes */
		votes: doc.getMap<number>('votes'),
		/** participant id → progress ({ name, done, votesUsed }), written by the server */
		progress: doc.getMap<Y.Map<unknown>>('progress')
	};
}
export type ControlDoc = ReturnType<typeof controlDoc>;

/** The pre-control layout: facilitation maps inside the shared doc (read only for migration). */
export const legacyControl = (doc: Y.Doc) => controlDoc(doc);

/** Typed access to one participant's private document. */
export function mineDoc(doc: Y.Doc) {
	return {
		doc,
		notes: doc.getMap<Y.Map<unknown>>('notes'),
		/** note id → dots this participant gave */
		votes: doc.getMap<number>('votes')
	};
}
export type MineDoc = ReturnType<typeof mineDoc>;

export function boardDocName(boardId: string) {
	return `board/${boardId}`;
}

export function controlDocName(boardId: string) {
	return `board/${boardId}/control`;
}

export function mineDocName(boardId: string, participantId: string) {
	return `board/${boardId}/mine/${participantId}`;
}

export const META_DEFAULTS: Meta = {
	title: '',
	phase: 'open',
	locked: false,
	anonymous: false,
	ended: false,
	voteBudget: 5,
	questionsShown: 0,
	timerEndsAt: 0,
	timerSeconds: 0,
	revision: 0,
	followFocus: ''
};

export function readMeta(b: ControlDoc): Meta {
	const out = { ...META_DEFAULTS } as Record<string, unknown>;
	for (const key of Object.keys(META_DEFAULTS)) {
		const v = b.meta.get(key);
		if (v !== undefined && typeof v === typeof (META_DEFAULTS as unknown as Record<string, unknown>)[key]) out[key] = v;
	}
	if (!PHASES.includes(out.phase as Phase)) out.phase = 'open';
	return out as unknown as Meta;
}

const str = (v: unknown, max = 10_000) => (typeof v === 'string' ? v.slice(0, max) : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const color = (v: unknown): Color => (COLORS.includes(v as Color) ? (v as Color) : 'yellow');

/** Reads a Y.Map entity defensively: a participant may have written anything into the shared doc. */
export function readZone(id: string, y: Y.Map<unknown>): Zone {
	return { id, title: str(y.get('title'), LIMITS.title), color: color(y.get('color')), order: num(y.get('order')) };
}

/** A note's text: a Y.Text (merged by character), or a plain string on notes written before that. */
function noteText(y: Y.Map<unknown>): string {
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
		deletedBy: y.get('deletedBy') === 'author' || y.get('deletedBy') === 'facilitator' ? (y.get('deletedBy') as 'author' | 'facilitator') : ''
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
	return out.sort((a, b) => ('order' in a && 'order' in b ? (a.order as number) - (b.order as number) : 0) || a.id.localeCompare(b.id));
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

export function voteTotals(b: ControlDoc): Map<string, number> {
	const out = new Map<string, number>();
	b.votes.forEach((v, id) => {
		if (typeof v === 'number' && v > 0) out.set(id, Math.floor(v));
	});
	return out;
}

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
	b.zones.set(id, newMap({ title: zone.title.slice(0, LIMITS.title), color: zone.color, order }));
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
		while (tail < base.length - start && tail < value.length - start && base[base.length - 1 - tail] === value[value.length - 1 - tail]) tail++;
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
		newMap({ noteId: comment.noteId, text: comment.text.slice(0, LIMITS.comment), authorName: comment.authorName, createdAt: new Date().toISOString() })
	);
	return id;
}

export function addDecision(b: BoardDoc, decision: { text: string; noteId?: string; id?: string }): string {
	const id = decision.id ?? entityId();
	b.decisions.set(
		id,
		newMap({ text: decision.text.slice(0, LIMITS.decision), noteId: decision.noteId ?? '', order: Date.now(), createdAt: new Date().toISOString(), actionId: '' })
	);
	return id;
}

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
export function reorderNote(b: BoardDoc, noteId: string, zones: Zone[], notes: Note[], direction: 'up' | 'down' | 'left' | 'right') {
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

/** Puts a note into a zone (drag and drop), after the note it was dropped on or at the end. */
export function dropNote(b: BoardDoc, noteId: string, zoneId: string, notes: Note[], beforeId?: string) {
	const list = notesInZone(notes, zoneId).filter((n) => n.id !== noteId);
	let order: number;
	const i = beforeId ? list.findIndex((n) => n.id === beforeId) : -1;
	if (i < 0) order = (list.at(-1)?.order ?? 0) + 1;
	else order = ((list[i - 1]?.order ?? list[i].order - 2) + list[i].order) / 2;
	updateEntity(b.notes, noteId, { zoneId, order });
}

/** Dots one participant spent, from their private doc. */
export function votesUsed(mine: MineDoc): number {
	let n = 0;
	mine.votes.forEach((v) => (n += typeof v === 'number' && v > 0 ? Math.floor(v) : 0));
	return n;
}

/**
 * Sums votes from every participant, each clamped to the budget (a participant who wrote more dots into
 * their own doc than the budget allows gets only the first `budget`, in note-id order).
 */
export function tallyVotes(ballots: Map<string, number>[], budget: number, validNotes: Set<string>): Map<string, number> {
	const totals = new Map<string, number>();
	for (const ballot of ballots) {
		let left = budget;
		for (const [noteId, raw] of [...ballot].sort(([a], [b]) => a.localeCompare(b))) {
			if (!validNotes.has(noteId) || left <= 0) continue;
			const dots = Math.min(left, Math.max(0, Math.floor(raw)));
			if (!dots) continue;
			totals.set(noteId, (totals.get(noteId) ?? 0) + dots);
			left -= dots;
		}
	}
	return totals;
}
