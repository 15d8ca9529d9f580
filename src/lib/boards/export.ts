// A board as Markdown and CSV: every zone, note (with its votes and comments), group and decision.
// Note text is written as text: HTML in a note never becomes markup in the Markdown, and a cell that
// starts like a spreadsheet formula is neutralised in the CSV.
import type { Comment, Decision, Group, Note, Zone } from './doc';

export interface BoardSnapshot {
	title: string;
	zones: Zone[];
	notes: Note[];
	groups: Group[];
	comments: Comment[];
	decisions: Decision[];
	votes: Map<string, number>;
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

function zoneNotes(s: BoardSnapshot, zoneId: string) {
	return s.notes.filter((n) => n.zoneId === zoneId).sort((a, b) => a.order - b.order);
}

export function toMarkdown(s: BoardSnapshot, l: ExportLabels): string {
	const lines: string[] = [`# ${markdownText(s.title)}`, ''];
	const known = new Set(s.zones.map((z) => z.id));
	const orphans = s.notes.filter((n) => !known.has(n.zoneId));
	const sections = [...s.zones.map((z) => ({ title: z.title, notes: zoneNotes(s, z.id) })), ...(orphans.length ? [{ title: l.noZone, notes: orphans }] : [])];
	for (const section of sections) {
		lines.push(`## ${markdownText(section.title)}`, '');
		for (const n of section.notes) {
			const votes = s.votes.get(n.id) ?? 0;
			const group = s.groups.find((g) => g.id === n.groupId);
			const meta = [
				`${l.author}: ${markdownText(n.authorName || l.anonymous)}`,
				`${l.votes}: ${votes}`,
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

/** One CSV cell: quoted, quotes doubled, formula starts defused with a leading apostrophe. */
export function csvCell(value: string | number): string {
	let s = String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv(s: BoardSnapshot, l: ExportLabels): string {
	const rows: (string | number)[][] = [[l.kind, l.zone, l.group, l.note, l.author, l.votes]];
	const zoneTitle = (id: string) => s.zones.find((z) => z.id === id)?.title ?? l.noZone;
	for (const z of s.zones.length ? s.zones : []) {
		for (const n of zoneNotes(s, z.id)) {
			rows.push([l.note, z.title, s.groups.find((g) => g.id === n.groupId)?.title ?? '', n.text, n.authorName || l.anonymous, s.votes.get(n.id) ?? 0]);
			for (const c of s.comments.filter((c) => c.noteId === n.id)) rows.push([l.comment, z.title, '', c.text, c.authorName || l.anonymous, '']);
		}
	}
	const known = new Set(s.zones.map((z) => z.id));
	for (const n of s.notes.filter((n) => !known.has(n.zoneId))) rows.push([l.note, zoneTitle(n.zoneId), '', n.text, n.authorName || l.anonymous, s.votes.get(n.id) ?? 0]);
	for (const d of s.decisions) rows.push([l.decision, '', '', d.text, '', '']);
	// A byte-order mark makes spreadsheet programs read the file as UTF-8 (æ, ø, å).
	return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
