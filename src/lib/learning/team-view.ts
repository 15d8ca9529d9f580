// The team view's live document, `live/team/<teamId>`: written by the server after each committed
// change (a log, a pairing, a moved session), read by every open team page. The learning module keeps
// its part under one map, `learning`, so other modules can add theirs to the same team document.
import type * as Y from 'yjs';
import type { Kind } from './labels';

export interface TeamViewPair {
	id: string;
	programme: string;
	kind: Kind;
	guide: string;
	learner: string;
	round: number | null;
}

export interface TeamViewSession {
	pairId: string;
	/** ISO instant */
	start: string;
	minutes: number;
	programme: string;
	people: string;
	status: 'planned' | 'moved' | 'skipped';
	logged: boolean;
}

export interface TeamViewWeek {
	/** Monday, YYYY-MM-DD */
	week: string;
	count: number;
}

export interface TeamViewLog {
	id: string;
	author: string;
	partner: string;
	heldOn: string;
	minutes: number;
	programme: string;
	confirmed: boolean;
}

export interface TeamViewData {
	pairs: TeamViewPair[];
	week: TeamViewSession[];
	weeks: TeamViewWeek[];
	unpaired: { name: string; programme: string; kind: 'buddy' | 'mentoring' }[];
	recent: TeamViewLog[];
}

export const TEAM_VIEW_KEYS = ['pairs', 'week', 'weeks', 'unpaired', 'recent'] as const;

export function teamDocName(teamId: string) {
	return `live/team/${teamId}`;
}

/** Writes only what changed, so an unchanged projection adds nothing to the document's log. */
export function writeTeamView(doc: Y.Doc, data: TeamViewData) {
	const map = doc.getMap('learning');
	for (const key of TEAM_VIEW_KEYS) {
		if (JSON.stringify(map.get(key)) !== JSON.stringify(data[key])) map.set(key, data[key]);
	}
}

/** Null until the server has written the view once. */
export function readTeamView(doc: Y.Doc): TeamViewData | null {
	const map = doc.getMap('learning');
	if (!map.has('pairs')) return null;
	const out: Record<string, unknown> = {};
	for (const key of TEAM_VIEW_KEYS) out[key] = map.get(key) ?? [];
	return out as unknown as TeamViewData;
}
