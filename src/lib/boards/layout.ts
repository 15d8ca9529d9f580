// The board's Y.Doc layout: the three kinds of documents (see doc.ts), their names, the shapes read from
// them, and the facilitation state's defaults.
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
	/** ms left on a paused timer (timerEndsAt is then 0); 0 = not paused */
	timerPausedLeft: number;
	/** bumped by the server on every reveal / vote close, so clients can announce it */
	revision: number;
	/** the note or zone id the facilitator asks everyone to follow ('' = not leading) */
	followFocus: string;
	/** the survey round whose results the board discusses ("Discuss these results"); '' for other boards */
	surveyRoundId: string;
	/** a workshop session is open for guests (its code is not here: members who are not guests need not see it) */
	sessionOpen: boolean;
}

export interface Zone {
	id: string;
	title: string;
	color: Color;
	order: number;
	/** the action dimension the zone stands for (a board made from survey results); '' or absent = none */
	dimension?: string;
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

/** Typed access to the shared board document. */
export function boardDoc(doc: Y.Doc) {
	return {
		doc,
		zones: doc.getMap<Y.Map<unknown>>('zones'),
		notes: doc.getMap<Y.Map<unknown>>('notes'),
		groups: doc.getMap<Y.Map<unknown>>('groups'),
		comments: doc.getMap<Y.Map<unknown>>('comments'),
		decisions: doc.getMap<Y.Map<unknown>>('decisions'),
		/** quick reactions on notes, "<note> <reaction> <tag>" → 1 (see reactions.ts) */
		reactions: doc.getMap<unknown>('reactions')
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
		/** zone id → that zone's own question cards (a template with a deck per zone) */
		zoneQuestions: doc.getMap<Y.Array<string>>('zoneQuestions'),
		/** zone id → how many of its cards have been drawn */
		zoneShown: doc.getMap<number>('zoneShown'),
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
	timerPausedLeft: 0,
	revision: 0,
	followFocus: '',
	surveyRoundId: '',
	sessionOpen: false
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
