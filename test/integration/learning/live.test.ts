// The team view is a server-authored Yjs document: a teammate following `live/team/<id>` with a stock
// y-websocket client sees a session log appear as soon as another person's log commits.
import http from 'node:http';
import { closableServer } from '../support/http-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import { connect, waitFor, type Client } from '../sync/support/harness';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import { createSession, SESSION_COOKIE } from '../../../src/lib/server/auth/index';
import {
	createPair,
	createProgramme,
	joinProgramme,
	writeLog,
	confirmLog
} from '../../../src/lib/server/learning/index';
import { readTeamView, teamDocName } from '../../../src/lib/learning/team-view';
import { localDate } from '../../../src/lib/server/learning/recurrence';
import type { Actor } from '../../../src/lib/server/actor';
import { Forbidden } from '../../../src/lib/server/errors';
import { app } from '../../../src/lib/server/app/index';

let database: TestDatabase;
let sync: AppSync;
let server: http.Server;
let closable: ReturnType<typeof closableServer>;
let url: string;
const clients: Client[] = [];
let teamId: string;
let manager: Actor, buddy: Actor, newcomer: Actor, teammate: Actor, waiting: Actor;
let pairId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	server = http.createServer();
	closable = closableServer(server);
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync`;

	const org = await makeOrg();
	teamId = (await makeTeam(org.id, 'Borgerservice')).id;
	manager = await makePerson(org.id, { teams: [[teamId, 'manager']], name: 'Mette' });
	buddy = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Sofie' });
	newcomer = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Ahmed' });
	teammate = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Lars' });
	waiting = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Emma' });
	const programme = await createProgramme(manager, {
		teamId,
		kind: 'buddy',
		name: 'Sidemandsoplæring',
		goals: null,
		cadence: 'weekly',
		startDate: '2026-01-05',
		endDate: null,
		sessionCount: null,
		sessionMinutes: 60,
		startTime: '10:00',
		timeZone: 'Europe/Copenhagen'
	});
	pairId = (await createPair(manager, programme.id, { guideId: buddy.userId, learnerId: newcomer.userId })).id;
	await joinProgramme(waiting, programme.id, 'learner');
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await sync.close();
	await closable.close();
	app().sync = undefined;
	await database.close();
});

describe('the live team view', () => {
	it('shows a teammate who learns with whom, who still waits for a buddy, and a new log as it is written', async () => {
		const { token } = await createSession(teammate.userId, teammate.orgId);
		const lars = connect(url, teamDocName(teamId), { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
		clients.push(lars);
		await lars.synced;
		await waitFor(() => readTeamView(lars.doc) !== null, 5000, 'the first projection');
		const before = readTeamView(lars.doc)!;
		expect(before.pairs.map((p) => `${p.guide} → ${p.learner}`)).toEqual(['Sofie → Ahmed']);
		expect(before.unpaired.map((u) => u.name)).toEqual(['Emma']);
		expect(before.recent).toEqual([]);

		const today = localDate(new Date(), 'Europe/Copenhagen');
		const log = await writeLog(buddy, pairId, {
			heldOn: today,
			occurrenceDate: null,
			minutes: 50,
			practised: 'Passport renewals at the counter',
			skills: 'passports',
			nextStep: 'Driving licences'
		});
		await waitFor(() => (readTeamView(lars.doc)?.recent.length ?? 0) === 1, 5000, 'the log in the teammate’s view');
		const after = readTeamView(lars.doc)!;
		expect(after.recent[0]).toMatchObject({ author: 'Sofie', partner: 'Ahmed', minutes: 50, confirmed: false });
		expect(after.weeks.at(-1)!.count).toBe(1);

		// Only the other person of the pair confirms; the view follows.
		await expect(confirmLog(buddy, log.id)).rejects.toBeInstanceOf(Forbidden);
		await expect(confirmLog(teammate, log.id)).rejects.toBeInstanceOf(Forbidden);
		await confirmLog(newcomer, log.id);
		await waitFor(() => readTeamView(lars.doc)?.recent[0]?.confirmed === true, 5000, 'the confirmation');
	});

	it('refuses logs from someone outside the pair', async () => {
		const today = localDate(new Date(), 'Europe/Copenhagen');
		for (const who of [teammate, manager])
			await expect(
				writeLog(who, pairId, {
					heldOn: today,
					occurrenceDate: null,
					minutes: 30,
					practised: 'x',
					skills: '',
					nextStep: ''
				})
			).rejects.toBeInstanceOf(Forbidden);
	});
});
