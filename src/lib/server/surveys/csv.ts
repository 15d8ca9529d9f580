// CSV export of exactly what the results page shows the viewer: the same groups, the same hidden
// cells (a hidden group is one row that says so and carries no number).
import { csvCell } from '$lib/csv';
import { textIn } from '$lib/surveys/texts';
import type { ChoiceStats, LikertStats, ScaleStats } from './scoring';
import type { GroupResult, RoundResults } from './results';
import { TOTAL } from './results';

export interface CsvLabels {
	headers: string[];
	wholeRound: string;
	hidden: string;
	dimension: string;
	question: string;
	dontKnow: string;
}

function cell(v: string | number | null | undefined): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return csvCell(v);
	return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

const percent = (v: number | null | undefined) => (v == null ? null : Math.round(v * 1000) / 10);

export function resultsCsv(results: RoundResults, locale: string, labels: CsvLabels): string {
	const rows: (string | number | null)[][] = [labels.headers];
	const groups: GroupResult[] = [results.total, ...results.teams];
	for (const g of groups) {
		const name = g.id === TOTAL ? labels.wholeRound : g.name;
		if (!g.shown || !g.numbers) {
			rows.push([name, labels.hidden]);
			continue;
		}
		const n = g.numbers;
		const rate = percent(n.responseRate);
		for (const d of results.dimensions) {
			const s = n.dimensions[d.id];
			if (!s) continue;
			rows.push([
				name,
				n.responses,
				rate,
				labels.dimension,
				textIn(d.name, locale),
				'',
				s.n,
				s.mean,
				percent(s.favourable),
				percent(s.neutral),
				percent(s.unfavourable),
				null,
				...s.oriented
			]);
		}
		for (const q of results.questions) {
			const s = n.items[q.id];
			if (!s) continue;
			const dimension = results.dimensions.find((d) => d.id === q.dimensionId);
			const base = [
				name,
				n.responses,
				rate,
				labels.question,
				dimension ? textIn(dimension.name, locale) : '',
				textIn(q.text, locale)
			];
			if (s.kind === 'likert') {
				const l = s as LikertStats;
				rows.push([
					...base,
					l.n,
					l.mean,
					percent(l.favourable),
					percent(l.neutral),
					percent(l.unfavourable),
					l.dontKnow,
					...l.counts
				]);
			} else if (s.kind === 'scale10') {
				const sc = s as ScaleStats;
				rows.push([...base, sc.n, sc.mean, null, null, null, sc.dontKnow, ...sc.counts]);
			} else {
				const c = s as ChoiceStats;
				rows.push([...base, c.respondents, null, null, null, null, null, ...c.counts]);
			}
		}
	}
	// A byte-order mark so spreadsheet programs read æ, ø, å and ë correctly.
	return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
