// The offline queue sends a quiz answer, a session log or a peer feedback with an id made on the device, and may send
// it more than once (a response lost on a bad connection, two tabs coming back online): each is stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeProgramme, makeTeam, setup } from '../learning/support';
import { ORIGIN, makeModule, tempDataDir } from '../bites/support';
import { createPair, giveFeedback, writeLog } from '../../../src/lib/server/learning/index';
import * as bites from '../../../src/lib/server/bites/index';
import { db } from '../../../src/lib/server/db/current';
import type { Actor } from '../../../src/lib/server/actor';

let database: TestDatabase;
let admin: Actor, buddy: Actor, newcomer: Actor;
let pairId: string;

beforeAll(async () => {
	database = await setup();
	tempDataDir();
	const orgId = (await makeOrg()).id;
	const teamId = (await makeTeam(orgId, 'Borgerservice')).id;
	admin = await makePerson(orgId, { role: 'admin' });
	const manager = await makePerson(orgId, { teams: [[teamId, 'manager']] });
	buddy = await makePerson(orgId, { teams: [[teamId, 'member']], name: 'Sofie' });
	newcomer = await makePerson(orgId, { teams: [[teamId, 'member']], name: 'Ahmed' });
	const programme = await makeProgramme(manager, teamId, { kind: 'buddy', startDate: '2026-03-01' });
	pairId = (
		await createPair(manager, programme.id, { guideId: buddy.userId, learnerId: newcomer.userId }, '2026-03-01')
	).id;
});

afterAll(async () => {
	await database.close();
});

const log = (clientId?: string) => ({
	heldOn: '2026-03-10',
	occurrenceDate: null,
	minutes: 30,
	practised: `Handover ${clientId ?? 'online'}`,
	skills: '',
	nextStep: '',
	clientId
});

const countLogs = async (practised: string) =>
	(await db().selectFrom('learning_logs').select('id').where('practised', '=', practised).execute()).length;

describe('a session log sent from the offline queue', () => {
	it('is stored once when the same device id is sent twice, and the second send answers with the first log', async () => {
		const first = await writeLog(buddy, pairId, log('log-aaaa-1111'));
		const second = await writeLog(buddy, pairId, log('log-aaaa-1111'));
		expect(second.id).toBe(first.id);
		expect(await countLogs('Handover log-aaaa-1111')).toBe(1);
	});

	it('is stored once when two sends of it arrive at the same time', async () => {
		const sent = await Promise.all([
			writeLog(buddy, pairId, log('log-bbbb-2222')),
			writeLog(buddy, pairId, log('log-bbbb-2222'))
		]);
		expect(sent[0].id).toBe(sent[1].id);
		expect(await countLogs('Handover log-bbbb-2222')).toBe(1);
	});

	it('is a different log for another person, even with the same device id', async () => {
		await writeLog(buddy, pairId, log('log-cccc-3333'));
		await writeLog(newcomer, pairId, log('log-cccc-3333'));
		expect(await countLogs('Handover log-cccc-3333')).toBe(2);
	});

	it('without a device id (a form posted without JavaScript) is stored each time, as before', async () => {
		await writeLog(buddy, pairId, log());
		await writeLog(buddy, pairId, log());
		expect(await countLogs('Handover online')).toBe(2);
	});
});

describe('peer feedback sent from the offline queue', () => {
	it('is stored once when the same device id is sent twice', async () => {
		const feedback = (clientId: string) => ({
			receiverId: newcomer.userId,
			pairId: null,
			situation: 'The Monday handover',
			behaviour: 'You read back each change',
			impact: 'Nobody had to call back',
			feedForward: 'Show the new colleagues how',
			clientId
		});
		const first = await giveFeedback(buddy, feedback('fb-dddd-4444'));
		const again = await giveFeedback(buddy, feedback('fb-dddd-4444'));
		expect(again.id).toBe(first.id);
		const rows = await db().selectFrom('learning_feedback').select('id').where('giver_id', '=', buddy.userId).execute();
		expect(rows).toHaveLength(1);
		await giveFeedback(buddy, feedback('fb-eeee-5555'));
		expect(
			await db().selectFrom('learning_feedback').select('id').where('giver_id', '=', buddy.userId).execute()
		).toHaveLength(2);
	});
});

describe('a quiz answer sent from the offline queue', () => {
	it('is stored once, also when sent again after the learner restarted the module', async () => {
		const { module, questions } = await makeModule(admin);
		const at = (minutes: number) => new Date(Date.UTC(2026, 2, 10, 9, minutes));
		const ctx = { origin: ORIGIN, clientId: 'answer-ffff-6666' };
		await bites.play(newcomer, module.id, { origin: ORIGIN, now: at(0) });
		await bites.answer(newcomer, module.id, questions[0], ['o1'], { ...ctx, now: at(1) });
		await bites.answer(newcomer, module.id, questions[0], ['o1'], { ...ctx, now: at(2) });
		await bites.restart(newcomer, module.id, { origin: ORIGIN, now: at(3) });
		// The new attempt has no answer to this card yet: only the device id keeps the old send from counting again.
		await bites.answer(newcomer, module.id, questions[0], ['o1'], { ...ctx, now: at(4) });
		const rows = await db()
			.selectFrom('bite_answers')
			.select(['id', 'client_id'])
			.where('learner_id', '=', newcomer.userId)
			.where('card_id', '=', questions[0])
			.execute();
		expect(rows).toEqual([{ id: expect.any(String), client_id: 'answer-ffff-6666' }]);
		// A fresh answer in the new attempt, with its own device id, is stored.
		await bites.answer(newcomer, module.id, questions[0], ['o2'], {
			origin: ORIGIN,
			clientId: 'answer-gggg-7777',
			now: at(5)
		});
		expect(
			await db().selectFrom('bite_answers').select('id').where('card_id', '=', questions[0]).execute()
		).toHaveLength(2);
	});
});
