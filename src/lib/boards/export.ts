// A board as Markdown and CSV: every zone, note (with its votes and comments), group and decision.
// Note text is written as text: HTML in a note never becomes markup in the Markdown, and a cell that
// starts like a spreadsheet formula is neutralised in the CSV.
// Every vote round gets its own number (one "Votes" when there was at most one round).
import type { Comment, Decision, Group, Note, Zone } from './doc';
import type { VoteRound } from './rounds';
import { csvCell, csvFile } from '../csv';

export interface BoardSnapshot {
	title: string;
	zones: Zone[];
	notes: Note[];
	groups: Group[];
	comments: Comment[];
	decisions: Decision[];
	/** the latest round's totals */
	votes: Map<string, number>;
	/** every closed vote round, oldest first */
	rounds: VoteRound[];
}

export interface ExportLabels {
	zone: string;
	note: string;
	author: string;
	votes: string;
	group: string;
	comments: string;
	decisions: string;
	kind: string;
	decision: string;
	comment: string;
	anonymous: string;
	noZone: string;
	action: string;
	/** column / label for one round's votes when there were several */
	votesInRound: (round: number) => string;
}

/** Escapes text so Markdown renderers show it literally (HTML included). */
export function markdownText(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
		.replace(/\r?\n/g, ' ')
		.replace(/^(\s*)([-=]|\d+\.)/, '$1\\$2');
}

/** A note's votes as label/value pairs: one per round when there were several, else one "Votes". */
function voteCells(s: BoardSnapshot, l: ExportLabels, noteId: string): [string, number][] {
	if (s.rounds.length > 1) return s.rounds.map((r) => [l.votesInRound(r.round), r.totals.get(noteId) ?? 0]);
	return [[l.votes, (s.rounds[0]?.totals ?? s.votes).get(noteId) ?? 0]];
}

function voteHeaders(s: BoardSnapshot, l: ExportLabels): string[] {
	return s.rounds.length > 1 ? s.rounds.map((r) => l.votesInRound(r.round)) : [l.votes];
}

function zoneNotes(s: BoardSnapshot, zoneId: string) {
	return s.notes.filter((n) => n.zoneId === zoneId).sort((a, b) => a.order - b.order);
}

export function toMarkdown(s: BoardSnapshot, l: ExportLabels): string {
	const lines: string[] = [`# ${markdownText(s.title)}`, ''];
	const known = new Set(s.zones.map((z) => z.id));
	const orphans = s.notes.filter((n) => !known.has(n.zoneId));
	const sections = [
		...s.zones.map((z) => ({ title: z.title, notes: zoneNotes(s, z.id) })),
		...(orphans.length ? [{ title: l.noZone, notes: orphans }] : [])
	];
	for (const section of sections) {
		lines.push(`## ${markdownText(section.title)}`, '');
		for (const n of section.notes) {
			const group = s.groups.find((g) => g.id === n.groupId);
			const meta = [
				`${l.author}: ${markdownText(n.authorName || l.anonymous)}`,
				...voteCells(s, l, n.id).map(([label, votes]) => `${label}: ${votes}`),
				...(group ? [`${l.group}: ${markdownText(group.title)}`] : []),
				...(n.actionId ? [l.action] : [])
			];
			lines.push(`- ${markdownText(n.text)} (${meta.join(', ')})`);
			for (const c of s.comments.filter((c) => c.noteId === n.id)) {
				lines.push(`  - ${markdownText(c.authorName || l.anonymous)}: ${markdownText(c.text)}`);
			}
		}
		lines.push('');
	}
	lines.push(`## ${l.decisions}`, '');
	for (const d of s.decisions) lines.push(`1. ${markdownText(d.text)}${d.actionId ? ` (${l.action})` : ''}`);
	lines.push('');
	return lines.join('\n');
}

/** One CSV cell: quoted, quotes doubled, formula starts defused (the app's one CSV writer, $lib/csv). */
export { csvCell };

export function toCsv(s: BoardSnapshot, l: ExportLabels): string {
	const rows: (string | number)[][] = [[l.kind, l.zone, l.group, l.note, l.author, ...voteHeaders(s, l)]];
	const votes = (id: string) => voteCells(s, l, id).map(([, n]) => n);
	const blank = voteHeaders(s, l).map(() => '');
	const zoneTitle = (id: string) => s.zones.find((z) => z.id === id)?.title ?? l.noZone;
	for (const z of s.zones.length ? s.zones : []) {
		for (const n of zoneNotes(s, z.id)) {
			rows.push([
				l.note,
				z.title,
				s.groups.find((g) => g.id === n.groupId)?.title ?? '',
				n.text,
				n.authorName || l.anonymous,
				...votes(n.id)
			]);
			for (const c of s.comments.filter((c) => c.noteId === n.id))
				rows.push([l.comment, z.title, '', c.text, c.authorName || l.anonymous, ...blank]);
		}
	}
	const known = new Set(s.zones.map((z) => z.id));
	for (const n of s.notes.filter((n) => !known.has(n.zoneId)))
		rows.push([l.note, zoneTitle(n.zoneId), '', n.text, n.authorName || l.anonymous, ...votes(n.id)]);
	for (const d of s.decisions) rows.push([l.decision, '', '', d.text, '', ...blank]);
	return csvFile(rows);
}
