// The counting behind every results view, all in SQL over what is published (publication.ts): responses per
// team, Likert answers per dimension and value, answers per question and value, and the published comments.
// What comes back is a few thousand counts even for 10,000 responses; nothing here decides what may be shown
// (result-groups.ts and anonymity.ts do).
import { sql } from 'kysely';
import { db } from '../db/current';
import { DONT_KNOW_VALUE } from '$lib/surveys/kinds';
import type { ValueCount } from './scoring';
import type { QuestionView } from './survey-rows';
import { publishedCounts, type Published } from './publication';

export type DimensionCounts = Map<string, number[]>;

/** Published responses per round and team: the only response counts any view uses. */
export function responsesByTeam(orgId: string, roundIds: string[]): Promise<Map<string, Published>> {
	return publishedCounts(db(), orgId, roundIds);
}

/**
 * Likert answers per dimension and value (reverse-scored statements already turned round), per round
 * and per team when `byTeam`: read from survey_dimension_counts, which each submission keeps up to date.
 */
export async function dimensionCounts(
	orgId: string,
	roundIds: string[],
	options: { byTeam: boolean; teamIds?: string[] }
) {
	const out = new Map<string, Map<string, DimensionCounts>>();
	if (roundIds.length === 0 || options.teamIds?.length === 0) return out;
	let q = db()
		.selectFrom('survey_dimension_counts')
		.select(['round_id', 'dimension_id', 'value'])
		.where('org_id', '=', orgId)
		.where('round_id', 'in', roundIds);
	if (options.teamIds) q = q.where('team_id', 'in', options.teamIds);
	const rows = options.byTeam
		? await q.select(['team_id', 'n']).execute()
		: await q
				.select([sql<string>`''`.as('team_id'), (eb) => eb.fn.sum<number>('n').as('n')])
				.groupBy(['round_id', 'dimension_id', 'value'])
				.execute();
	for (const r of rows) {
		let byTeam = out.get(r.round_id);
		if (!byTeam) out.set(r.round_id, (byTeam = new Map()));
		let dims = byTeam.get(r.team_id);
		if (!dims) byTeam.set(r.team_id, (dims = new Map()));
		let counts = dims.get(r.dimension_id);
		if (!counts) dims.set(r.dimension_id, (counts = [0, 0, 0, 0, 0]));
		counts[Number(r.value) - 1] += Number(r.n);
	}
	return out;
}

/** Value counts per question for a group of teams in one round (the statements of the group shown). */
export async function itemCounts(orgId: string, roundId: string, teamIds: string[]) {
	const out = new Map<string, ValueCount[]>();
	if (teamIds.length === 0) return out;
	const rows = await db()
		.selectFrom('survey_counts')
		.select(['question_id', 'value', (eb) => eb.fn.sum<number>('n').as('n')])
		.where('org_id', '=', orgId)
		.where('round_id', '=', roundId)
		.where('team_id', 'in', teamIds)
		.groupBy(['question_id', 'value'])
		.execute();
	for (const r of rows) {
		let counts = out.get(r.question_id);
		if (!counts) out.set(r.question_id, (counts = []));
		counts.push({ value: Number(r.value) === DONT_KNOW_VALUE ? null : Number(r.value), count: Number(r.n) });
	}
	return out;
}

export function sumDimensions(parts: (DimensionCounts | undefined)[]): DimensionCounts {
	const out: DimensionCounts = new Map();
	for (const part of parts) {
		if (!part) continue;
		for (const [d, counts] of part) {
			const acc = out.get(d) ?? [0, 0, 0, 0, 0];
			for (let i = 0; i < 5; i++) acc[i] += counts[i];
			out.set(d, acc);
		}
	}
	return out;
}

/** How many comments per question a page shows: a random sample of a large round is read; all of it is not. */
export const COMMENTS_SHOWN = 100;

export async function comments(orgId: string, roundId: string, teamId: string | null, questions: QuestionView[]) {
	const open = questions.filter((x) => x.kind === 'text');
	return Promise.all(
		open.map(async (x) => {
			let q = db()
				.selectFrom('survey_comments')
				.where('org_id', '=', orgId)
				.where('round_id', '=', roundId)
				.where('question_id', '=', x.id)
				.where('published', '=', 1);
			if (teamId) q = q.where('team_id', '=', teamId);
			// Random order, so the order of comments says nothing about who wrote them or when.
			const [rows, count] = await Promise.all([
				q
					.select('text')
					.orderBy(sql`random()`)
					.limit(COMMENTS_SHOWN)
					.execute(),
				q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
			]);
			return { questionId: x.id, texts: rows.map((r) => r.text), total: Number(count?.n ?? 0) };
		})
	);
}
