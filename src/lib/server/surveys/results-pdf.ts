// The results of a round as a PDF: drawn from `resultsJson`, the very object the JSON export sends this viewer, so
// the PDF holds no group, number or comment the JSON withholds. A hidden group is a heading and the reason it is
// hidden, nothing else; only the scope's statements and comments are shown, as on the page.
import { m } from '$lib/paraglide/messages.js';
import { fileNameOf } from '../file-names';
import { getLocale } from '$lib/paraglide/runtime.js';
import { formatDate, formatPercent, formatScore } from '$lib/surveys/format';
import { textIn } from '$lib/surveys/texts';
import type { Actor } from '../actor';
import { createPdf, finishPdf, heading, list, paragraph, table, type Column } from '../pdf/index';
import { resultsJson } from './downloads';
import { TOTAL, type GroupResult, type RoundResults } from './results';
import type { ChoiceStats, LikertStats, ScaleStats } from './scoring';

function figureColumns(first: string): Column[] {
	return [
		{ header: first, width: 0.4 },
		{ header: m.surveys_csv_answers(), width: 0.12, align: 'right' },
		{ header: m.surveys_csv_score(), width: 0.12, align: 'right' },
		{ header: m.surveys_csv_favourable(), width: 0.12, align: 'right' },
		{ header: m.surveys_csv_neutral(), width: 0.12, align: 'right' },
		{ header: m.surveys_csv_unfavourable(), width: 0.12, align: 'right' }
	];
}

function drawGroup(doc: PDFKit.PDFDocument, r: RoundResults, g: GroupResult, locale: string) {
	heading(doc, g.id === TOTAL ? m.surveys_whole_round() : g.name, 2);
	if (!g.shown || !g.numbers) {
		paragraph(
			doc,
			g.hiddenBecause === 'sibling' ? m.surveys_hidden_sibling() : m.surveys_hidden_group({ min: r.minimum }),
			{
				muted: true
			}
		);
		return;
	}
	const n = g.numbers;
	paragraph(
		doc,
		`${m.surveys_csv_responses()}: ${n.responses}` +
			(n.responseRate != null ? ` · ${m.surveys_csv_response_rate()}: ${formatPercent(n.responseRate, locale)}` : '')
	);
	const dims = r.dimensions.filter((d) => n.dimensions[d.id]);
	if (dims.length)
		table(
			doc,
			figureColumns(m.surveys_dimension()),
			dims.map((d) => {
				const s = n.dimensions[d.id];
				return [
					textIn(d.name, locale),
					String(s.n),
					formatScore(s.mean, locale),
					formatPercent(s.favourable, locale),
					formatPercent(s.neutral, locale),
					formatPercent(s.unfavourable, locale)
				];
			})
		);
	const items = r.questions.filter((q) => n.items[q.id]);
	if (!items.length) return;
	heading(doc, m.surveys_questions(), 3);
	table(
		doc,
		figureColumns(m.surveys_csv_question()),
		items.map((q) => {
			const s = n.items[q.id];
			const text = textIn(q.text, locale);
			if (s.kind === 'likert') {
				const l = s as LikertStats;
				return [
					text,
					String(l.n),
					formatScore(l.mean, locale),
					formatPercent(l.favourable, locale),
					formatPercent(l.neutral, locale),
					formatPercent(l.unfavourable, locale)
				];
			}
			if (s.kind === 'scale10') {
				const sc = s as ScaleStats;
				return [text, String(sc.n), formatScore(sc.mean, locale), '', '', ''];
			}
			const c = s as ChoiceStats;
			const options = q.options.map((o, i) => `${textIn(o, locale)}: ${c.counts[i] ?? 0}`).join('; ');
			return [`${text}\n${options}`, String(c.respondents), '', '', '', ''];
		})
	);
}

/** Draws the results the JSON export gives; exported for tests that hand it that JSON. */
export function drawResults(r: RoundResults, locale: string): Promise<Uint8Array> {
	const title = `${m.surveys_results()}: ${textIn(r.survey.title, locale)} – ${r.round.name}`;
	const doc = createPdf({ title, lang: locale });
	heading(doc, title, 1);
	paragraph(doc, `${formatDate(r.round.opensOn, locale)} – ${formatDate(r.round.closesOn, locale)}`, { muted: true });
	const scope = r.scope === TOTAL ? m.surveys_whole_round() : (r.teams.find((t) => t.id === r.scope)?.name ?? '');
	paragraph(doc, `${m.surveys_scope()}: ${scope}`, { muted: true });
	for (const g of [r.total, ...r.teams]) {
		// Statements are shown for the scope only (the JSON carries them for no other group).
		drawGroup(doc, r, g, locale);
	}
	if (r.commentsShown && r.comments.some((c) => c.texts.length)) {
		heading(doc, m.surveys_comments(), 2);
		paragraph(doc, m.surveys_comments_random(), { muted: true });
		for (const c of r.comments) {
			if (!c.texts.length) continue;
			const q = r.questions.find((x) => x.id === c.questionId);
			if (q) heading(doc, textIn(q.text, locale), 3);
			list(
				doc,
				c.texts.map((text) => ({ text }))
			);
		}
	}
	return finishPdf(doc, (page, pages) => m.pdf_page({ page, pages }));
}

/** The PDF of what the results JSON gives this person for `scope`, and a file name made from the round. */
export async function resultsPdfFile(actor: Actor, roundId: string, scope: string | null) {
	const results = await resultsJson(actor, roundId, scope);
	const bytes = await drawResults(results, getLocale());
	return { bytes, name: fileNameOf(results.round.name, 'results') };
}
