// The loop as one chain, against real modules: a survey round → "Discuss these results" makes a board whose
// zones know their dimension → a decision in a zone becomes an action with that dimension and the round's
// score as baseline → the next round closes → before/after on the action and in the board's action items
// (the board summary's data). The survey's anonymity rules hold throughout: a withheld figure stays withheld.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, person, reload, type World } from './support/world';
import { answer } from '../surveys/support';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import * as surveys from '../../../src/lib/server/surveys/index';
import * as boards from '../../../src/lib/server/boards/index';
import { changeDoc } from '../../../src/lib/server/boards/live';
import { addDecision, addNote, boardDoc, boardDocName } from '../../../src/lib/boards/doc';
import {
	createActionFromBoard,
	dimensionBeforeAfter,
	getItem,
	getPlan,
	listBoardActionItems,
	makeActionItems,
	updateItem
} from '../../../src/lib/server/actions/index';
import type { Actor } from '../../../src/lib/server/actor';
import { app } from '../../../src/lib/server/app/index';

let database: TestDatabase;
let sync: AppSync;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const labels = {
	title: ({ round }: { round: string }) => `Dialogue ${round}`,
	wholeRound: 'Everyone',
	prompts: [({ dimension }: { dimension: string }) => `What explains ${dimension}?`]
};

/** A round of the survey for `teamIds`, everyone in `people` answering so each dimension scores `scoreOf(key)`. */
async function runRound(
	admin: Actor,
	survey: surveys.SurveyView,
	name: string,
	teamIds: string[],
	people: Actor[],
	scoreOf: (key: string | null) => number
) {
	const { id } = await surveys.openRound(admin, survey.id, { name, teamIds, opensOn: day(-1), closesOn: day(14) });
	const keyOf = new Map(survey.dimensions.map((d) => [d.id, d.key]));
	for (const who of people) {
		await answer(who, id, (q) => {
			if (q.kind !== 'likert') return null;
			const score = scoreOf(keyOf.get(q.dimensionId ?? '') ?? null);
			return String(q.reverse ? 6 - score : score);
		});
	}
	await surveys.closeRound(admin, id);
	return id;
}

/** A note in the zone standing for `dimension`, a decision made from it; returns the decision's id. */
async function decideIn(boardId: string, actor: Actor, dimension: string, text: string) {
	const zone = (await boards.boardSnapshot(actor, boardId)).zones.find((z) => z.dimension === dimension);
	expect(zone, `a zone for ${dimension}`).toBeTruthy();
	let decisionId = '';
	await changeDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		const noteId = addNote(b, { text, zoneId: zone!.id });
		decisionId = addDecision(b, { text, noteId });
	});
	return decisionId;
}

beforeAll(async () => {
	database = await createTestDatabase();
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
}, 60_000);

afterAll(async () => {
	app().sync = undefined;
	await sync.close();
	await database.close();
});

describe('round → board → decision → action → next round', () => {
	let w: World;
	let team: Actor[];
	let survey: surveys.SurveyView;
	let boardId: string;
	let itemId: string;

	beforeAll(async () => {
		w = await makeWorld();
		const more = [];
		for (const name of ['Sofie Lindholm', 'Ahmed Hassan', 'Emma Clarke', 'Lars Thygesen'])
			more.push(await person(w.orgId, name, 'member', [[w.teamA, 'member']]));
		team = [w.manager, w.member, ...more];
		w.admin = await reload(w.admin);
		survey = await surveys.getSurvey(w.admin, (await surveys.copyInstrument(w.admin)).id);
	}, 60_000);

	it('a board from the results knows its round, each zone its dimension', async () => {
		const roundId = await runRound(w.admin, survey, 'Spring', [w.teamA], team, (key) =>
			key === 'learning_together' ? 2 : key === 'feedback' ? 3 : 5
		);
		({ boardId } = await surveys.discussResults(w.manager, roundId, w.teamA, 'en', labels));
		const zones = (await boards.boardSnapshot(w.manager, boardId)).zones;
		expect(zones.length).toBeGreaterThan(0);
		expect(zones.map((z) => z.dimension)).toContain('learning_together');
		expect(await boards.sourceOrigin(w.manager, boardId, 'no-such-note')).toEqual({ roundId, dimension: null });
	});

	it('a decision in a zone becomes an action with its dimension and the round as baseline', async () => {
		const decisionId = await decideIn(boardId, w.manager, 'learning_together', 'Every newcomer gets a buddy');
		expect(await makeActionItems(w.manager, boardId, [decisionId])).toEqual({ made: 1 });
		const item = (await getPlan(w.member, w.teamA, 'en')).find((i) => i.boardId === boardId)!;
		expect(item).toMatchObject({ dimension: 'learning_together', baseline: { label: 'Spring', score: 2 } });
		itemId = item.id;
		// Only the before is known: no after, no change.
		expect(await dimensionBeforeAfter(w.member, itemId)).toMatchObject({
			before: { label: 'Spring', score: 2 },
			after: null,
			change: null
		});
	});

	it('the next round shows before/after on the action and in the board summary', async () => {
		await runRound(w.admin, survey, 'Autumn', [w.teamA], team, (key) => (key === 'learning_together' ? 4 : 5));
		const ba = await dimensionBeforeAfter(w.member, itemId);
		expect(ba).toMatchObject({
			before: { label: 'Spring', score: 2 },
			after: { label: 'Autumn', score: 4 },
			change: 2
		});
		const [onBoard] = await listBoardActionItems(w.member, boardId);
		expect(onBoard).toMatchObject({ itemId, dimension: 'learning_together', beforeAfter: ba });
	});

	it('a round whose figure is withheld gives no after and no change', async () => {
		// Three answers: below the minimum group size of five, so the team's numbers are withheld.
		await runRound(w.admin, survey, 'Winter', [w.teamA], team.slice(0, 3), () => 1);
		const ba = await dimensionBeforeAfter(w.member, itemId);
		expect(ba).toMatchObject({ before: { label: 'Spring', score: 2 }, after: { label: 'Winter', score: null } });
		expect(ba!.change).toBeNull();
	});

	it('the person creating the action may change its dimension; the baseline comes from the board’s round', async () => {
		const item = await getItem(w.manager, itemId, 'en');
		await updateItem(w.manager, itemId, {
			title: item.title,
			status: item.status,
			ownerId: null,
			startDate: null,
			dueDate: null,
			reviewDate: null,
			indicator: null,
			target: null,
			notes: null,
			dimension: 'feedback'
		});
		expect(await getItem(w.manager, itemId, 'en')).toMatchObject({
			dimension: 'feedback',
			baseline: { label: 'Spring', score: 3 }
		});
	});
});

describe('a baseline the survey withholds stays withheld', () => {
	it('an organisation-wide results board: a decision taken onto a small team’s plan has no baseline figure', async () => {
		const w = await makeWorld();
		const big = [w.manager, w.member];
		for (const name of ['Sofie Lindholm', 'Ahmed Hassan', 'Emma Clarke', 'Lars Thygesen'])
			big.push(await person(w.orgId, name, 'member', [[w.teamA, 'member']]));
		const small = [w.otherMember, w.otherManager, await person(w.orgId, 'Ida Lund', 'member', [[w.teamB, 'member']])];
		w.admin = await reload(w.admin);
		const survey = await surveys.getSurvey(w.admin, (await surveys.copyInstrument(w.admin)).id);
		const roundId = await runRound(w.admin, survey, 'Spring', [w.teamA, w.teamB], [...big, ...small], (key) =>
			key === 'learning_together' ? 2 : 5
		);
		// The whole round (nine answers) is shown; team B's three are below the minimum.
		const { boardId } = await surveys.discussResults(w.admin, roundId, surveys.TOTAL, 'en', labels);
		const decisionId = await decideIn(boardId, w.admin, 'learning_together', 'Pair up for home visits');
		const { id } = await createActionFromBoard(w.admin, {
			teamId: w.teamB,
			boardId,
			noteId: decisionId,
			title: 'Pair up for home visits'
		});
		const item = await getItem(w.admin, id, 'en');
		expect(item.dimension).toBe('learning_together');
		expect(item.baseline).toMatchObject({ score: null });
		expect(await dimensionBeforeAfter(w.admin, id)).toMatchObject({ before: { score: null }, change: null });
	});
});
