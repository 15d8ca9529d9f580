// Anonymity over time: two things anyone can see — two reads of the results (page, JSON, CSV), two
// states of the live document — never differ by fewer than the minimum group of responses. Results
// advance in published steps per team; roll-ups are sums of published steps; comments have their own,
// larger step.
import { describe, expect, it } from 'vitest';
import * as surveys from '../../../src/lib/server/surveys/index';
import type { Actor } from '../../../src/lib/server/actor';
import { answer, instrumentSurvey, makeOrg, openRoundFor, type Org } from './support';
import { CSV_LABELS, liveSurveys } from './live-support';
import type { LiveSnapshot } from '../../../src/lib/surveys/live';

const { liveDoc } = liveSurveys();
const csvLabels = CSV_LABELS;

/** What a person can read from the JSON API (the page shows the same object): comments in a fixed order to compare. */
async function readJson(actor: Actor, roundId: string, scope: string = surveys.TOTAL) {
	const r = await surveys.getRoundResults(actor, roundId, scope);
	return JSON.parse(JSON.stringify({ ...r, comments: r.comments.map((c) => ({ ...c, texts: [...c.texts].sort() })) }));
}

/** Person i's answers: every statement i % 5 + 1, everything else answered, and a comment that names them. */
const distinct = (i: number) => (q: surveys.QuestionView) =>
	q.kind === 'likert'
		? String((i % 5) + 1)
		: q.kind === 'text'
			? `comment of person ${i}`
			: q.kind === 'scale10'
				? String(i % 11)
				: q.kind === 'single'
					? '0'
					: q.kind === 'multiple'
						? ['0']
						: null;

describe('surveys over time: the three attacks of issue 16', () => {
	it('a plain member reading the JSON and CSV before and after a colleague answers learns nothing', async () => {
		const org = await makeOrg();
		const team = await org.teamOf('Borgerservice', 12);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id]);
		for (const [i, m] of team.members.slice(1, 9).entries()) await answer(m, roundId, distinct(i));
		const reader = team.members[1];

		const before = await readJson(reader, roundId, team.id);
		const csvBefore = surveys.resultsCsv(await surveys.getRoundResults(reader, roundId, team.id), 'en', csvLabels);
		expect(before.total.shown).toBe(true);
		expect(before.commentsShown).toBe(true);

		// Her answers differ from everyone's in every statement and she writes a comment.
		await answer(team.members[9], roundId, (q) =>
			q.kind === 'likert' ? '5' : q.kind === 'text' ? 'the victim’s comment' : distinct(3)(q)
		);

		expect(await readJson(reader, roundId, team.id)).toEqual(before);
		expect(surveys.resultsCsv(await surveys.getRoundResults(reader, roundId, team.id), 'en', csvLabels)).toBe(
			csvBefore
		);
	}, 90_000);

	it('the lone respondent of a team below the minimum does not move the round total', async () => {
		const org = await makeOrg();
		const large = await org.teamOf('Large', 14);
		const lone = await org.teamOf('Lone', 1);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [large.id, lone.id]);
		for (const [i, m] of large.members.entries()) await answer(m, roundId, distinct(i));

		const before = await readJson(large.members[3], roundId);
		expect(before.total.shown).toBe(true);
		await answer(lone.members[0], roundId, distinct(99));
		expect(await readJson(large.members[3], roundId)).toEqual(before);
		expect(await readJson(org.admin, roundId)).toEqual(await readJson(org.admin, roundId));
	}, 90_000);

	it('the live document does not change when one person answers, and advances in whole steps', async () => {
		const org = await makeOrg();
		const team = await org.teamOf('Hjemmeplejen', 12);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id]);
		for (const [i, m] of team.members.slice(0, 6).entries()) await answer(m, roundId, distinct(i));
		await surveys.publishLive(org.admin, roundId);
		const before = await liveDoc(roundId);
		expect(before!.shown).toBe(true);

		await answer(team.members[6], roundId, distinct(6));
		// Not even the document's version moves: a client sees no update at the moment she submits.
		expect(await liveDoc(roundId)).toEqual(before);

		for (const [i, m] of team.members.slice(7, 10).entries()) await answer(m, roundId, distinct(7 + i));
		const after = await liveDoc(roundId);
		expect(after!.responses! - before!.responses!).toBeGreaterThanOrEqual(before!.minimum);
	}, 90_000);
});

/** A small deterministic generator, so a failing sequence can be replayed from its seed. */
function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface GroupRead {
	responses: number | null;
	body: string;
}
/** One read of one view, as numbers per group that may be compared with the previous read of the same view. */
interface ViewRead {
	groups: Map<string, GroupRead>;
	/** every comment text of the view, sorted */
	comments: string[] | null;
	whole: string;
}

function resultsRead(r: surveys.RoundResults): ViewRead {
	const groups = new Map<string, GroupRead>();
	for (const g of [r.total, ...r.teams])
		groups.set(`group:${g.id}`, { responses: g.numbers?.responses ?? null, body: JSON.stringify(g) });
	for (const p of r.trend) groups.set(`trend:${p.roundId}`, { responses: p.responses, body: JSON.stringify(p) });
	const comments = r.comments.flatMap((c) => c.texts).sort();
	return { groups, comments, whole: JSON.stringify({ ...r, comments: comments }) };
}

function csvRead(csv: string): ViewRead {
	const groups = new Map<string, GroupRead>();
	for (const line of csv.split('\r\n').slice(1).filter(Boolean)) {
		const [name, responses] = line.split(',');
		const g = groups.get(name) ?? { responses: /^\d+$/.test(responses) ? Number(responses) : null, body: '' };
		g.body += line + '\n';
		groups.set(name, g);
	}
	return { groups, comments: null, whole: csv };
}

function liveRead(s: LiveSnapshot | null): ViewRead {
	const groups = new Map<string, GroupRead>();
	if (s) groups.set('live', { responses: s.responses, body: JSON.stringify(s) });
	return { groups, comments: null, whole: JSON.stringify(s) };
}

/** How many number pairs and comment lists the property compared (so it cannot pass on hidden views alone). */
const compared = { numbers: 0, steps: 0, commentSteps: 0 };

/** The rule itself: between two reads of one view, every number moves by nothing or by at least a whole step. */
function expectNoSmallDifference(
	view: string,
	before: ViewRead,
	after: ViewRead,
	minimum: number,
	commentMinimum: number
) {
	for (const [key, a] of after.groups) {
		const b = before.groups.get(key);
		if (!b || b.responses === null || a.responses === null) continue;
		const moved = Math.abs(a.responses - b.responses);
		compared.numbers++;
		if (moved) compared.steps++;
		if (moved === 0) expect(a.body, `${view} ${key}: same responses, so the same numbers`).toBe(b.body);
		else expect(moved, `${view} ${key}: moved by ${moved} responses`).toBeGreaterThanOrEqual(minimum);
	}
	if (before.comments && after.comments) {
		const added = after.comments.filter((c) => !before.comments!.includes(c));
		// Comments are only ever added (an empty list before is a subset of anything).
		for (const c of before.comments) expect(after.comments, `${view}: comments only ever added`).toContain(c);
		if (added.length) compared.commentSteps++;
		if (added.length)
			expect(added.length, `${view}: ${added.length} new comments at once`).toBeGreaterThanOrEqual(commentMinimum);
	}
	const unmoved =
		after.groups.size === before.groups.size &&
		[...after.groups].every(([key, a]) => before.groups.get(key)?.responses === a.responses) &&
		before.comments?.length === after.comments?.length;
	if (unmoved) expect(after.whole, `${view}: nothing moved, so nothing differs`).toBe(before.whole);
}

describe('surveys over time: a property over random sequences of answers and reads', () => {
	for (const seed of [1, 2, 3]) {
		it(`no view of any role ever moves by less than the minimum group (seed ${seed})`, async () => {
			const rnd = random(seed);
			const org: Org = await makeOrg();
			const teams: Awaited<ReturnType<Org['teamOf']>>[] = [];
			for (let t = 0; t < 3; t++) teams.push(await org.teamOf(`T${t}`, 1 + Math.floor(rnd() * 13)));
			const survey = await instrumentSurvey(org.admin);
			const { id: roundId } = await openRoundFor(
				org.admin,
				survey.id,
				teams.map((t) => t.id)
			);
			// Every answer carries a comment, so the comment lists' steps can be counted.
			const people = teams.flatMap((t) => t.members.map((m) => ({ actor: m, team: t.id })));
			for (let i = people.length - 1; i > 0; i--) {
				const j = Math.floor(rnd() * (i + 1));
				[people[i], people[j]] = [people[j], people[i]];
			}
			const viewers: [string, Actor][] = [
				['admin', org.admin],
				...teams.flatMap((t, i) => [
					[`manager${i}`, t.manager] as [string, Actor],
					...(t.members[1] ? [[`member${i}`, t.members[1]] as [string, Actor]] : [])
				])
			];
			const last = new Map<string, ViewRead>();
			let reads = 0;
			const readEverything = async () => {
				const results = await surveys.getRoundResults(org.admin, roundId);
				const min = results.minimum;
				const cmin = results.commentMinimum;
				for (const [who, actor] of viewers) {
					for (const scope of [surveys.TOTAL, ...teams.map((t) => t.id)]) {
						const r = await surveys.getRoundResults(actor, roundId, scope);
						if (r.scope !== scope) continue;
						for (const [view, read] of [
							[`${who} json ${scope}`, resultsRead(r)],
							[`${who} csv ${scope}`, csvRead(surveys.resultsCsv(r, 'en', csvLabels))]
						] as const) {
							const previous = last.get(view);
							if (previous) expectNoSmallDifference(view, previous, read, min, cmin);
							last.set(view, read);
							reads++;
						}
					}
				}
				const live = liveRead(await liveDoc(roundId));
				const previous = last.get('live');
				if (previous) expectNoSmallDifference('live', previous, live, min, cmin);
				last.set('live', live);
			};
			for (const [i, p] of people.entries()) {
				await answer(p.actor, roundId, distinct(i), { teamId: p.team });
				if (rnd() < 0.6) await readEverything();
			}
			await readEverything();
			expect(reads).toBeGreaterThan(0);
			expect(compared.numbers, 'numbers compared between reads').toBeGreaterThan(0);
			expect(compared.steps, 'steps seen').toBeGreaterThan(0);
		}, 300_000);
	}
});
