// The `survey.round.closed` webhook carries the whole round's aggregates under the anonymity rules (issue 23): the
// response count and each dimension's mean and shares, the same numbers the results view shows the organisation's
// admins, once the whole round has at least the minimum group size; nothing below it; never a team's numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { receiver } from '../api/support';
import * as webhooks from '../../../src/lib/server/webhooks/index';
import * as surveys from '../../../src/lib/server/surveys/index';
import * as orgs from '../../../src/lib/server/orgs/index';
import { config } from '../../../src/lib/server/config';
import { answer, makeTwoTeams, openRoundFor, uniform } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	config.webhooksAllowPrivate = true;
});
afterAll(async () => {
	config.webhooksAllowPrivate = false;
	await database.close();
});

describe('the survey.round.closed webhook', () => {
	it('carries the whole round’s numbers once it has enough answers, none below the minimum, never a team’s', async () => {
		const { org, a, b, survey } = await makeTwoTeams();
		const listening = await receiver();
		await webhooks.registerWebhook(org.admin, { url: listening.url, events: ['survey.round.closed'] });
		const closed = async (roundId: string) => {
			await surveys.closeRound(org.admin, roundId);
			await webhooks.deliveriesSettled();
			const got = listening.received.map((r) => JSON.parse(r.body)).find((e) => e.data.roundId === roundId);
			expect(got, 'the round’s event arrived').toBeDefined();
			return got;
		};

		// Four answers in a round of one team: below the minimum group size (5), so no number leaves.
		const small = await openRoundFor(org.admin, survey.id, [a.id], 'Small');
		for (const person of a.members.slice(0, 4)) await answer(person, small.id, uniform(4));
		const few = await closed(small.id);
		expect(few.data.results).toBeNull();
		expect(Object.keys(few.data).sort()).toEqual(['closedAt', 'results', 'resultsPath', 'roundId', 'surveyId']);

		// Ten answers over two teams: the whole round's numbers, as the admins' results view has them.
		const spring = await openRoundFor(org.admin, survey.id, [a.id, b.id], 'Spring');
		for (const person of a.members) await answer(person, spring.id, uniform(4));
		for (const person of b.members.slice(0, 5)) await answer(person, spring.id, uniform(2));
		const event = await closed(spring.id);
		const view = await surveys.getRoundResults(org.admin, spring.id);
		expect(view.total.shown).toBe(true);
		expect(event.data.results.responses).toBe(10);
		const dimensions = event.data.results.dimensions as {
			id: string;
			key: string | null;
			mean: number;
			favourable: number;
		}[];
		expect(dimensions.length).toBeGreaterThan(0);
		for (const d of dimensions) {
			const shown = view.total.numbers!.dimensions[d.id];
			expect(d.mean).toBe(shown.mean);
			expect(d.favourable).toBe(shown.favourable);
			expect(d.mean).toBe(3); // five at 4 and five at 2
		}
		// Nothing per team: neither team's id nor name, nor its own count.
		const body = listening.received.find((r) => r.body.includes(spring.id))!.body;
		for (const team of [a, b]) {
			expect(body).not.toContain(team.id);
			expect(body).not.toContain(team.name);
		}
		await listening.close();
	});

	it('holds to the organisation’s own minimum group size, read without anyone signed in', async () => {
		const { org, a, survey } = await makeTwoTeams();
		await orgs.updateOrganisation(org.admin, { name: 'Lowered minimum', minGroupSize: 3 });
		const listening = await receiver();
		await webhooks.registerWebhook(org.admin, { url: listening.url, events: ['survey.round.closed'] });

		// Four answers: too few under the default of five, enough under this organisation's three.
		const round = await openRoundFor(org.admin, survey.id, [a.id], 'Autumn');
		for (const person of a.members.slice(0, 4)) await answer(person, round.id, uniform(4));
		await surveys.closeRound(org.admin, round.id);
		await webhooks.deliveriesSettled();
		const events = listening.received.map((r) => JSON.parse(r.body)).filter((e) => e.data.roundId === round.id);
		expect(events).toHaveLength(1);
		const view = await surveys.getRoundResults(org.admin, round.id);
		expect(view.total.shown).toBe(true);
		expect(events[0].data.results.responses).toBe(view.total.numbers!.responses);
		await listening.close();
	});
});
