// A board's summary as a PDF (what the summary page shows, and what the browser's print dialog used to make):
// title and date, decisions, action items, vote rounds, then every zone with its notes, their votes per round and
// comments. Plain data in: the boards module (boardSummary) and the actions module have applied their rules,
// including anonymous notes, which arrive without an author.
import { m } from '$lib/paraglide/messages.js';
import { createPdf, finishPdf } from './document';
import { heading, list, paragraph } from './blocks';

export interface BoardSummaryData {
	title: string;
	zones: {
		title: string;
		notes: {
			text: string;
			author: string;
			group: string;
			votes: { round: number; count: number }[];
			comments: { text: string; author: string }[];
		}[];
	}[];
	rounds: { round: number; question: string }[];
	decisions: { text: string; action: boolean }[];
	/** the board's actions; where an action is linked to a survey dimension, its score before and after */
	actions: {
		title: string;
		beforeAfter?: {
			before: { label: string; score: number | null } | null;
			after: { label: string; score: number | null } | null;
		} | null;
	}[];
}

function beforeAfterOf(a: BoardSummaryData['actions'][number], locale: string): string | undefined {
	const ba = a.beforeAfter;
	if (!ba || (!ba.before && !ba.after)) return undefined;
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	const side = (s: { label: string; score: number | null } | null) =>
		s ? `${s.label}: ${s.score == null ? '–' : number.format(s.score)}` : '…';
	return `${m.actions_before_after()}: ${side(ba.before)} -> ${side(ba.after)}`;
}

function votesOf(votes: { round: number; count: number }[]): string[] {
	if (votes.length === 1) return [m.boards_votes({ count: votes[0].count })];
	return votes.map((v) => m.boards_round_votes(v));
}

export function boardSummaryPdf(data: BoardSummaryData, locale: string, today = new Date()): Promise<Uint8Array> {
	const doc = createPdf({ title: data.title, lang: locale, subject: m.boards_summary() });
	heading(doc, data.title, 1);
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(today);
	paragraph(doc, `${m.boards_summary()} · ${date}`, { muted: true });

	heading(doc, m.boards_decisions(), 2);
	if (data.decisions.length)
		list(
			doc,
			data.decisions.map((d) => ({ text: d.action ? `${d.text} [${m.boards_action_badge()}]` : d.text }))
		);
	else paragraph(doc, m.boards_no_decisions(), { muted: true });

	if (data.actions.length) {
		heading(doc, m.boards_actions_title(), 2);
		list(
			doc,
			data.actions.map((a) => ({ text: a.title, detail: beforeAfterOf(a, locale) }))
		);
	}
	if (data.rounds.length > 1) {
		heading(doc, m.boards_vote_rounds(), 2);
		list(
			doc,
			data.rounds.map((r) => ({
				text: m.boards_vote_round({ round: r.round }) + (r.question ? `: ${r.question}` : '')
			}))
		);
	}
	for (const z of data.zones) {
		heading(doc, z.title, 2);
		if (!z.notes.length) {
			paragraph(doc, m.boards_zone_empty(), { muted: true });
			continue;
		}
		list(
			doc,
			z.notes.map((n) => ({
				text: n.text,
				detail: [
					[n.author || m.boards_anonymous(), n.group, ...votesOf(n.votes)].filter(Boolean).join(' · '),
					...n.comments.map((c) => `${c.author || m.boards_anonymous()}: ${c.text}`)
				].join('\n')
			}))
		);
	}
	return finishPdf(doc, (page, pages) => m.pdf_page({ page, pages }));
}
