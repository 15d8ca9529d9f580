// The live results document `live/survey/<roundId>`: written by the server after each committed
// response, read by the full-screen live page through y-websocket. It only ever holds what the results
// rules allow for the whole round — below the minimum it holds no numbers at all, not even a count.
import type * as Y from 'yjs';
import type { Texts } from './texts';

export function liveDocName(roundId: string) {
	return `live/survey/${roundId}`;
}

export interface LiveDimension {
	id: string;
	key: string | null;
	name: Texts;
	mean: number | null;
	favourable: number | null;
	neutral: number | null;
	unfavourable: number | null;
}

export interface LiveItem {
	id: string;
	dimensionId: string | null;
	text: Texts;
	reverse: boolean;
	mean: number | null;
	favourable: number | null;
	neutral: number | null;
	unfavourable: number | null;
}

export interface LiveSnapshot {
	roundId: string;
	roundName: string;
	surveyTitle: Texts;
	status: 'scheduled' | 'open' | 'closed';
	minimum: number;
	/** false: fewer than `minimum` answers so far; then `responses` is null and the lists are empty */
	shown: boolean;
	responses: number | null;
	dimensions: LiveDimension[];
	items: LiveItem[];
	/** increases with every write, so a client can tell a fresh snapshot from the one it has */
	version: number;
}

const MAP = 'live';
const KEY = 'snapshot';

export function readLiveSnapshot(doc: Y.Doc): LiveSnapshot | null {
	const value = doc.getMap(MAP).get(KEY);
	return value && typeof value === 'object' ? (value as LiveSnapshot) : null;
}

/**
 * Writes a snapshot only when it says something new: a rewrite of the same numbers (or a version that
 * counts writes) would itself tell a watching client the moment someone submitted.
 */
export function writeLiveSnapshot(doc: Y.Doc, snapshot: Omit<LiveSnapshot, 'version'>) {
	const previous = readLiveSnapshot(doc);
	if (previous) {
		const { version, ...content } = previous;
		if (JSON.stringify(content) === JSON.stringify(snapshot)) return;
		void version;
	}
	doc.getMap(MAP).set(KEY, { ...snapshot, version: (previous?.version ?? 0) + 1 });
}
