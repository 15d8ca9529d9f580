// Vote rounds: a workshop may vote more than once (one question, then the next), and every round's
// totals are kept. They live in the control doc (server-written, clients read only) as an array
// `voteRounds` of maps { question, totals } in the order the rounds closed. The older `votes` map keeps
// the latest round's totals, so earlier readers still work; a board stored before rounds existed has only
// `votes`, which reads as round 1 and is archived as round 1 when the next vote starts.
import * as Y from 'yjs';
import { LIMITS, listQuestions, readMeta, voteTotals, type ControlDoc } from './doc';

export interface VoteRound {
	/** 1, 2, … in the order the rounds closed */
	round: number;
	/** the question card shown when the round closed ('' when none was) */
	question: string;
	/** note id → dots */
	totals: Map<string, number>;
}

export const voteRoundsOf = (c: ControlDoc) => c.doc.getArray<Y.Map<unknown>>('voteRounds');

function readTotals(raw: unknown): Map<string, number> {
	const out = new Map<string, number>();
	if (raw && typeof raw === 'object') {
		for (const [id, v] of Object.entries(raw as Record<string, unknown>))
			if (typeof v === 'number' && Number.isFinite(v) && v > 0) out.set(id, Math.floor(v));
	}
	return out;
}

export function listVoteRounds(c: ControlDoc): VoteRound[] {
	const out: VoteRound[] = [];
	voteRoundsOf(c).forEach((y) => {
		if (!(y instanceof Y.Map)) return;
		const question = y.get('question');
		out.push({
			round: out.length + 1,
			question: typeof question === 'string' ? question.slice(0, LIMITS.noteText) : '',
			totals: readTotals(y.get('totals'))
		});
	});
	if (!out.length) {
		const legacy = voteTotals(c);
		if (legacy.size) out.push({ round: 1, question: '', totals: legacy });
	}
	return out;
}

/** Server: a stored single tally (from before rounds) becomes round 1 before a new vote clears `votes`. */
export function archiveLegacyVotes(c: ControlDoc) {
	const rounds = voteRoundsOf(c);
	if (rounds.length) return;
	const legacy = voteTotals(c);
	if (legacy.size) rounds.push([roundMap('', legacy)]);
}

/** Server: records a closed round (a round nobody voted in is not kept) and makes it the latest tally. */
export function recordVoteRound(c: ControlDoc, totals: Map<string, number>) {
	archiveLegacyVotes(c);
	for (const key of [...c.votes.keys()]) c.votes.delete(key);
	for (const [noteId, dots] of totals) c.votes.set(noteId, dots);
	if (!totals.size) return;
	const shown = readMeta(c).questionsShown;
	voteRoundsOf(c).push([roundMap(shown > 0 ? (listQuestions(c)[shown - 1] ?? '') : '', totals)]);
}

function roundMap(question: string, totals: Map<string, number>) {
	const y = new Y.Map<unknown>();
	y.set('question', question);
	y.set('totals', Object.fromEntries(totals));
	return y;
}

/** One note's dots in each round ([] when there were no rounds). */
export function noteVotesByRound(rounds: VoteRound[], noteId: string): { round: number; count: number }[] {
	return rounds.map((r) => ({ round: r.round, count: r.totals.get(noteId) ?? 0 }));
}

/** A note's dots over all rounds (the summary sorts by it). */
export function noteVotesTotal(rounds: VoteRound[], noteId: string): number {
	return rounds.reduce((n, r) => n + (r.totals.get(noteId) ?? 0), 0);
}
