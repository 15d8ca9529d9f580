// Programmes, participants and buddy checklists: who may run them, who signs off, and that nothing
// crosses to another team's manager or another organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeProgramme, makeTeam, programmeInput, setup } from './support';
import {
	addChecklistItem,
	addParticipant,
	createPair,
	createProgramme,
	joinProgramme,
	listParticipants,
	listPairs,
	pairChecklist,
	removeParticipant,
	signOff,
	undoSignOff,
	updateProgramme
} from '../../../src/lib/server/learning/index';
import type { Actor } from '../../../src/lib/server/actor';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';

let database: TestDatabase;
let teamId: string;
let manager: Actor,
	otherManager: Actor,
	buddy: Actor,
	newcomer: Actor,
	teammate: Actor,
	otherTeamMember: Actor,
	admin: Actor,
	outsider: Actor;

beforeAll(async () => {
	database = await setup();
	const org = await makeOrg();
	teamId = (await makeTeam(org.id, 'Borgerservice')).id;
	const otherTeam = (await makeTeam(org.id, 'IT')).id;
	admin = await makePerson(org.id, { role: 'admin' });
	manager = await makePerson(org.id, { teams: [[teamId, 'manager']] });
	otherManager = await makePerson(org.id, { teams: [[otherTeam, 'manager']] });
	buddy = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Sofie' });
	newcomer = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Ahmed' });
	teammate = await makePerson(org.id, { teams: [[teamId, 'member']] });
	otherTeamMember = await makePerson(org.id, { teams: [[otherTeam, 'member']], name: 'Mentor from IT' });
	outsider = await makePerson((await makeOrg()).id, { role: 'admin' });
});

afterAll(async () => {
	await database.close();
});

describe('programmes', () => {
	it('are started by the team’s manager or an admin, not by a member or another team’s manager', async () => {
		await expect(createProgramme(teammate, programmeInput(teamId))).rejects.toBeInstanceOf(Forbidden);
		await expect(createProgramme(otherManager, programmeInput(teamId))).rejects.toBeInstanceOf(Forbidden);
		await expect(createProgramme(outsider, programmeInput(teamId))).rejects.toBeInstanceOf(NotFound);
		const p = await createProgramme(admin, programmeInput(teamId, { name: 'By the admin' }));
		await expect(
			updateProgramme(otherManager, p.id, { ...programmeInput(teamId), name: 'Hijacked' })
		).rejects.toBeInstanceOf(Forbidden);
		await updateProgramme(manager, p.id, { ...programmeInput(teamId), name: 'Renamed by the manager' });
	});

	it('take anyone in the organisation who joins (a mentor from another team), in a role the kind has', async () => {
		const p = await makeProgramme(manager, teamId, { kind: 'mentoring' });
		await joinProgramme(otherTeamMember, p.id, 'guide');
		await expect(joinProgramme(teammate, p.id, 'peer')).rejects.toBeInstanceOf(Invalid);
		await expect(joinProgramme(outsider, p.id, 'learner')).rejects.toBeInstanceOf(NotFound);
		await expect(addParticipant(manager, p.id, { userId: outsider.userId, role: 'learner' })).rejects.toBeInstanceOf(
			NotFound
		);
		await expect(addParticipant(teammate, p.id, { userId: newcomer.userId, role: 'learner' })).rejects.toBeInstanceOf(
			Forbidden
		);
		expect((await listParticipants(teammate, p.id)).map((x) => [x.name, x.role])).toEqual([
			['Mentor from IT', 'guide']
		]);
	});

	it('end a leaver’s pairs; only a manager removes someone else', async () => {
		const p = await makeProgramme(manager, teamId, { kind: 'buddy' });
		await createPair(manager, p.id, { guideId: buddy.userId, learnerId: newcomer.userId });
		await expect(removeParticipant(teammate, p.id, buddy.userId)).rejects.toBeInstanceOf(Forbidden);
		await removeParticipant(newcomer, p.id, newcomer.userId);
		expect(await listPairs(manager, p.id)).toEqual([]);
	});
});

describe('buddy checklists', () => {
	it('are signed off by the buddy alone — not the new colleague, a teammate, the manager or an admin', async () => {
		const p = await makeProgramme(manager, teamId, { kind: 'buddy', name: 'Counter training' });
		const passports = await addChecklistItem(manager, p.id, { title: 'Passports at the counter' });
		await addChecklistItem(manager, p.id, { title: 'Change of address' });
		await expect(addChecklistItem(teammate, p.id, { title: 'x' })).rejects.toBeInstanceOf(Forbidden);
		const pair = await createPair(manager, p.id, { guideId: buddy.userId, learnerId: newcomer.userId });
		for (const who of [newcomer, teammate, manager, admin])
			await expect(signOff(who, pair.id, passports.id)).rejects.toBeInstanceOf(Forbidden);
		await expect(signOff(outsider, pair.id, passports.id)).rejects.toBeInstanceOf(NotFound);
		await signOff(buddy, pair.id, passports.id);
		await signOff(buddy, pair.id, passports.id);
		const list = await pairChecklist(newcomer, pair.id);
		expect(list.map((i) => [i.title, i.signedBy])).toEqual([
			['Passports at the counter', 'Sofie'],
			['Change of address', null]
		]);
		await expect(pairChecklist(teammate, pair.id)).rejects.toBeInstanceOf(Forbidden);
		expect((await pairChecklist(manager, pair.id)).filter((i) => i.signedAt)).toHaveLength(1);
		await undoSignOff(buddy, pair.id, passports.id);
		const checklist = await pairChecklist(buddy, pair.id);
		expect(checklist.length).toBeGreaterThan(0);
		expect(checklist.every((i) => !i.signedAt)).toBe(true);
	});

	it('belong to buddy training only', async () => {
		const p = await makeProgramme(manager, teamId, { kind: 'peer' });
		await expect(addChecklistItem(manager, p.id, { title: 'x' })).rejects.toBeInstanceOf(Invalid);
	});
});
