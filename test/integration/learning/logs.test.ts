// Session logs: dated within the programme, and listed newest session first wherever "latest" is shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeProgramme, makeTeam, setup } from './support';
import { createPair, teamSnapshot, writeLog, listLogs } from '../../../src/lib/server/learning/index';
import type { Actor } from '../../../src/lib/server/actor';
import { Invalid } from '../../../src/lib/server/errors';

let database: TestDatabase;
let orgId: string;
let teamId: string;
let manager: Actor, buddy: Actor, newcomer: Actor;

beforeAll(async () => {
	database = await setup();
	orgId = (await makeOrg()).id;
	teamId = (await makeTeam(orgId, 'Borgerservice')).id;
	manager = await makePerson(orgId, { teams: [[teamId, 'manager']] });
	buddy = await makePerson(orgId, { teams: [[teamId, 'member']], name: 'Sofie' });
	newcomer = await makePerson(orgId, { teams: [[teamId, 'member']], name: 'Ahmed' });
});

afterAll(async () => {
	await database.close();
});

const entry = (heldOn: string) => ({
	heldOn,
	occurrenceDate: null,
	minutes: 30,
	practised: `Session of ${heldOn}`,
	skills: '',
	nextStep: ''
});

describe('session logs', () => {
	it('refuse a session dated before the programme starts, naming the date field', async () => {
		const p = await makeProgramme(manager, teamId, { kind: 'buddy', startDate: '2026-03-10' });
		const pair = await createPair(manager, p.id, { guideId: buddy.userId, learnerId: newcomer.userId }, '2026-03-01');
		const err = await writeLog(buddy, pair.id, entry('2026-03-09')).catch((e) => e);
		expect(err).toBeInstanceOf(Invalid);
		expect(err.field).toBe('heldOn');
		await writeLog(buddy, pair.id, entry('2026-03-10'));
		expect((await listLogs(buddy, pair.id)).map((l) => l.held_on)).toEqual(['2026-03-10']);
	});

	it('are listed in the team view newest session first, however late one was written down', async () => {
		const p = await makeProgramme(manager, teamId, { kind: 'buddy', name: 'Order', startDate: '2026-01-05' });
		const pair = await createPair(manager, p.id, { guideId: buddy.userId, learnerId: newcomer.userId }, '2026-01-01');
		for (const day of ['2026-02-02', '2026-02-16', '2026-01-12', '2026-02-09'])
			await writeLog(buddy, pair.id, entry(day));
		const recent = (await teamSnapshot(orgId, teamId, new Date('2026-03-01T12:00:00Z'))).recent.map((l) => l.heldOn);
		expect(recent.length).toBeGreaterThan(0);
		expect(recent).toEqual([...recent].sort().reverse());
	});
});
