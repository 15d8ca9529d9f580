// From results to dialogue: the lowest-scoring dimensions of what the viewer can see become the zones of
// a dialogue board, each with question cards built from its items. Pure functions over RoundResults,
// so the board, the Markdown agenda and the tests share one definition.
import { textIn } from '$lib/surveys/texts';
import { catalogueDimensionOf } from '$lib/actions/dimensions';
import type { Actor } from '../actor';
import { Invalid } from '../errors';
import { createBoard, writeTemplate } from '../boards/index';
import type { LikertStats } from './scoring';
import type { RoundResults } from './results';
import { TOTAL, getRoundResults } from './results';

export interface AgendaZone {
	dimensionId: string;
	key: string | null;
	title: string;
	mean: number;
	favourable: number | null;
	/** the dimension's items, lowest first, as statements to talk about */
	items: { text: string; mean: number | null; reverse: boolean }[];
	/** dialogue questions for the zone */
	questions: string[];
}

export interface DialogueAgenda {
	title: string;
	scopeName: string;
	responses: number;
	zones: AgendaZone[];
}

export interface AgendaLabels {
	title: (p: { survey: string; round: string }) => string;
	wholeRound: string;
	/** the three questions asked of every zone; `{dimension}` is the zone's name */
	prompts: ((p: { dimension: string }) => string)[];
}

/** The `count` lowest dimensions of the results' scope, or null when the scope's numbers are hidden. */
export function dialogueAgenda(
	results: RoundResults,
	locale: string,
	labels: AgendaLabels,
	count = 3
): DialogueAgenda | null {
	const group = results.scope === TOTAL ? results.total : results.teams.find((t) => t.id === results.scope);
	if (!group?.shown || !group.numbers) return null;
	const numbers = group.numbers;
	const ranked = results.dimensions
		.filter((d) => numbers.dimensions[d.id]?.mean != null)
		.sort((a, b) => numbers.dimensions[a.id].mean! - numbers.dimensions[b.id].mean! || a.position - b.position)
		.slice(0, count);
	if (ranked.length === 0) return null;
	return {
		title: labels.title({ survey: textIn(results.survey.title, locale), round: results.round.name }),
		scopeName: group.id === TOTAL ? labels.wholeRound : group.name,
		responses: numbers.responses,
		zones: ranked.map((d) => {
			const name = textIn(d.name, locale);
			const items = results.questions
				.filter((q) => q.dimensionId === d.id && q.kind === 'likert')
				.map((q) => ({
					text: textIn(q.text, locale),
					mean: (numbers.items[q.id] as LikertStats | undefined)?.mean ?? null,
					reverse: q.reverse
				}))
				.sort((a, b) => (a.mean ?? 6) - (b.mean ?? 6));
			return {
				dimensionId: d.id,
				key: d.key,
				title: name,
				mean: numbers.dimensions[d.id].mean!,
				favourable: numbers.dimensions[d.id].favourable,
				items,
				questions: labels.prompts.map((p) => p({ dimension: name }))
			};
		})
	};
}

const one = (n: number) => n.toFixed(1);
const pct = (n: number | null) => (n == null ? '–' : `${Math.round(n * 100)} %`);

/** The agenda as Markdown, for printing or pasting into any board or meeting note. */
export function agendaMarkdown(
	agenda: DialogueAgenda,
	labels: { scope: string; responses: string; score: string; favourable: string; statements: string; questions: string }
): string {
	const lines = [
		`# ${agenda.title}`,
		'',
		`${labels.scope}: ${agenda.scopeName} · ${labels.responses}: ${agenda.responses}`,
		''
	];
	agenda.zones.forEach((z, i) => {
		lines.push(
			`## ${i + 1}. ${z.title}`,
			'',
			`${labels.score}: ${one(z.mean)} / 5 · ${labels.favourable}: ${pct(z.favourable)}`,
			'',
			`### ${labels.statements}`,
			''
		);
		for (const item of z.items) lines.push(`- “${item.text}” (${item.mean == null ? '–' : one(item.mean)})`);
		lines.push('', `### ${labels.questions}`, '');
		for (const q of z.questions) lines.push(`- ${q}`);
		lines.push('');
	});
	return lines.join('\n');
}

/** The agenda in the shape of a board template: one zone per dimension, question cards per zone. */
export function agendaBoardContent(agenda: DialogueAgenda, roundId?: string) {
	const colors = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
	return {
		// Each zone knows the dimension it stands for, and the board its round: an action decided in a zone
		// takes that dimension and the round's score as its baseline (the actions module reads them).
		surveyRoundId: roundId,
		zones: agenda.zones.map((z, i) => ({
			title: z.title,
			color: colors[i % colors.length],
			dimension: catalogueDimensionOf(z.key) ?? undefined
		})),
		questions: agenda.zones
			.flatMap((z) => [...z.items.map((item) => `${z.title}: “${item.text}”`), ...z.questions])
			.slice(0, 60)
	};
}

/**
 * "Discuss these results": a dialogue board (the boards module's) for the scope shown — a team's board
 * when the scope is a team (or the round has one team), else an organisation-wide one — whose zones are
 * the lowest dimensions and whose question cards are their statements and dialogue questions.
 */
export async function discussResults(
	actor: Actor,
	roundId: string,
	scope: string,
	locale: string,
	labels: AgendaLabels
): Promise<{ boardId: string }> {
	const results = await getRoundResults(actor, roundId, scope);
	const agenda = dialogueAgenda(results, locale, labels);
	if (!agenda) throw new Invalid('error_surveys_nothing_to_discuss');
	const teamId =
		results.scope !== TOTAL ? results.scope : results.round.teams.length === 1 ? results.round.teams[0].id : undefined;
	const board = await createBoard(actor, { title: agenda.title.slice(0, 120), teamId }, locale);
	await writeTemplate(board.id, board.title, agendaBoardContent(agenda, roundId));
	return { boardId: board.id };
}
