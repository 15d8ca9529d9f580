// What the organisation's export may carry, generated from the schema: every table of the live database
// has a visibility in the privacy registry, and no row of a private table (peer feedback) or an anonymous
// one (survey answers, comments, counts, who answered, whom a reminder reached) reaches the admin's
// download. Survey results leave only through the results views; the export points to them. Private
// feedback leaves only in the giver's and the receiver's own exports.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import { seedDemoInto } from '../../../src/lib/server/demo/index';
import { db } from '../../../src/lib/server/db/current';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import * as surveys from '../../../src/lib/server/surveys/index';
import { giveFeedback, shareFeedback } from '../../../src/lib/server/learning/index';
import { addDays, localDate } from '../../../src/lib/surveys/status';
import {
	exportMyData,
	exportOrganisation,
	TABLE_VISIBILITY,
	type OrgExport
} from '../../../src/lib/server/privacy/index';
import { columns } from './schema';
import type { Actor } from '../../../src/lib/server/actor';
import { app } from '../../../src/lib/server/app/index';
import type { RegistryDb } from '../../../src/lib/server/privacy/index';

type Person = Actor & { password: string };
let database: TestDatabase;
let sync: AppSync;
let dataDir: string;
let orgId: string;
let admin: Person;
let giver: Person;
let receiver: Person;
let confidant: Person;
let bystander: Person;
let feedbackId: string;
const anyDb = () => db() as unknown as RegistryDb;

// Texts that exist once in the database, so finding them anywhere in a download is a leak.
const LONE_COMMENT = 'Only I answered in this team, and my manager must never read this';
const FEEDBACK = {
	situation: 'The budget meeting on Thursday, said only to you',
	behaviour: 'You interrupted the new colleague twice',
	impact: 'She did not speak again for the rest of the meeting',
	feedForward: 'Ask her first next time'
};

const hidden = Object.entries(TABLE_VISIBILITY)
	.filter(([, v]) => v === 'private' || v === 'anonymous')
	.map(([t]) => t);

beforeAll(async () => {
	database = await createTestDatabase();
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-org-export-'));
	app().dataDir = dataDir;
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	orgId = (await makeOrg('Nordhavn Kommune')).id;
	admin = await makePerson(orgId, { role: 'admin' });
	// The demo fills every module through its real functions: rounds with answers and comments, feedback.
	await seedDemoInto(orgId, admin.userId, 'demo-password-long');

	// A team of three where one person answers and writes a comment, and their manager reminds the rest.
	const team = await makeTeam(orgId, 'Lille hold');
	const lead = await makePerson(orgId, { teams: [[team.id, 'manager']] });
	const lone = await makePerson(orgId, { teams: [[team.id, 'member']] });
	await makePerson(orgId, { teams: [[team.id, 'member']] });
	const [{ id: surveyId }] = await surveys.listSurveys(admin);
	const today = localDate(new Date(), 'Europe/Copenhagen');
	const round = await surveys.openRound(admin, surveyId, {
		name: 'Lille runde',
		teamIds: [team.id],
		opensOn: addDays(today, -1),
		closesOn: addDays(today, 7)
	});
	const questions = await surveys.roundQuestions(lone, round.id);
	const form = new FormData();
	let commented = false;
	for (const q of questions) {
		if (q.kind === 'text' && !commented) {
			form.append(surveys.fieldName(q.id), LONE_COMMENT);
			commented = true;
		} else if (q.kind === 'likert') form.append(surveys.fieldName(q.id), '2');
	}
	const parsed = surveys.parseAnswers(questions, form);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed));
	await surveys.submitResponse(lone, round.id, parsed.value);
	await surveys.remindRound(lead, round.id);

	// Feedback from one colleague to another, which the receiver shares with a confidant.
	giver = await makePerson(orgId);
	receiver = await makePerson(orgId);
	confidant = await makePerson(orgId);
	bystander = await makePerson(orgId);
	feedbackId = (await giveFeedback(giver, { receiverId: receiver.userId, pairId: null, ...FEEDBACK })).id;
	await shareFeedback(receiver, feedbackId, confidant.userId);
}, 180_000);

afterAll(async () => {
	app().sync = undefined;
	await sync.close();
	await database.close();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

const rowsOf = async (table: string): Promise<Record<string, unknown>[]> =>
	anyDb().selectFrom(table).selectAll().where('org_id', '=', orgId).execute();

/** Whether `text` (a JSON document) holds `value` as written inside a JSON string. */
const holds = (text: string, value: string) => text.includes(JSON.stringify(value).slice(1, -1));

describe('the privacy registry', () => {
	it('gives every table in the database a visibility', async () => {
		const tables = [...new Set((await columns()).map((c) => c.table))];
		expect(tables.length).toBeGreaterThan(60);
		expect(tables.filter((t) => !(t in TABLE_VISIBILITY))).toEqual([]);
		expect(Object.keys(TABLE_VISIBILITY).filter((t) => !tables.includes(t))).toEqual([]);
	});

	it('notices a new table without one', async () => {
		await sql`create table scratch_secrets (id text primary key, org_id text not null)`.execute(db());
		try {
			const tables = new Set((await columns()).map((c) => c.table));
			expect([...tables].filter((t) => !(t in TABLE_VISIBILITY))).toEqual(['scratch_secrets']);
		} finally {
			await sql`drop table scratch_secrets`.execute(db());
		}
	});

	it('counts peer feedback as private and survey answers and participation as anonymous', () => {
		expect(hidden).toEqual(
			expect.arrayContaining([
				'learning_feedback',
				'learning_feedback_shares',
				'survey_pending_counts',
				'survey_publication',
				'survey_counts',
				'survey_dimension_counts',
				'survey_comments',
				'survey_participation',
				'survey_reminders'
			])
		);
	});
});

describe("the organisation's export", () => {
	let data: OrgExport;
	let text: string;

	beforeAll(async () => {
		data = await exportOrganisation(admin);
		text = JSON.stringify(data);
	});

	it("carries exactly the tables the registry calls the organisation's", async () => {
		const withOrg = new Set((await columns()).filter((c) => c.column === 'org_id').map((c) => c.table));
		const shared = [...withOrg].filter((t) => TABLE_VISIBILITY[t] === 'organisation').sort();
		expect(shared.length).toBeGreaterThan(40);
		expect(Object.keys(data.tables).sort()).toEqual(shared);
	});

	it('holds no row or value of a private or anonymous table', async () => {
		// What the export may legitimately hold: the values of the organisation's own records and accounts.
		const allowed = new Set<string>();
		for (const [table, v] of Object.entries(TABLE_VISIBILITY)) {
			if (v !== 'organisation') continue;
			for (const row of await rowsOf(table)) for (const value of Object.values(row)) allowed.add(String(value));
		}
		for (const p of data.people) for (const value of Object.values(p)) allowed.add(String(value));
		for (const value of Object.values(data.organisation)) allowed.add(String(value));

		const needles: { table: string; value: string }[] = [];
		for (const table of hidden) {
			const rows = await rowsOf(table);
			expect(rows.length, `${table} is seeded, so the check can fail`).toBeGreaterThan(0);
			for (const row of rows) {
				for (const value of Object.values(row)) {
					if (typeof value === 'string' && value.length >= 6 && !allowed.has(value)) needles.push({ table, value });
				}
			}
		}
		expect(needles.length).toBeGreaterThan(100);
		const leaked = needles.filter((n) => holds(text, n.value));
		expect(leaked.map((n) => n.table).filter((t, i, all) => all.indexOf(t) === i)).toEqual([]);
		// Counts hold nothing but ids and numbers the export has anyway: that they are absent is the check.
		expect(hidden.filter((t) => t in data.tables)).toEqual([]);
	});

	it("holds neither the lone respondent's comment nor the private feedback", () => {
		expect(holds(text, LONE_COMMENT)).toBe(false);
		for (const value of Object.values(FEEDBACK)) expect(holds(text, value)).toBe(false);
		expect(text).not.toContain(feedbackId);
	});

	it("points to each round's results exports instead of carrying its answers", async () => {
		const rounds = await rowsOf('survey_rounds');
		expect(rounds.length).toBeGreaterThan(2);
		expect(data.surveys.rounds.map((r) => r.id).sort()).toEqual(rounds.map((r) => r.id).sort());
		for (const r of data.surveys.rounds) {
			expect(r.results).toEqual({
				page: `/surveys/rounds/${r.id}/results`,
				json: `/surveys/rounds/${r.id}/results.json`,
				csv: `/surveys/rounds/${r.id}/results.csv`
			});
			expect(r.teamIds.length).toBeGreaterThan(0);
		}
		// The survey's own questions are the organisation's, and stay.
		expect(data.tables.survey_questions.length).toBeGreaterThan(10);
	});

	it("makes the pointers absolute when told the app's address", async () => {
		const withOrigin = await exportOrganisation(admin, new Date(), 'https://samspil.example');
		expect(withOrigin.surveys.rounds.length).toBeGreaterThan(0);
		for (const r of withOrigin.surveys.rounds)
			expect(r.results.json).toBe(`https://samspil.example/surveys/rounds/${r.id}/results.json`);
	});
});

describe("a person's own export", () => {
	const feedbackIn = async (p: Person) => {
		const mine = await exportMyData(p);
		return {
			rows: (mine.tables.learning_feedback ?? []).filter((r) => r.id === feedbackId),
			text: JSON.stringify(mine)
		};
	};

	it('carries the feedback for its giver and its receiver', async () => {
		for (const p of [giver, receiver]) {
			const { rows } = await feedbackIn(p);
			expect(rows).toHaveLength(1);
			expect(rows[0]).toMatchObject({ situation: FEEDBACK.situation, feed_forward: FEEDBACK.feedForward });
		}
	});

	it('does not carry it for anyone else, not even the person it was shared with', async () => {
		for (const p of [bystander, confidant, admin]) {
			const { rows, text } = await feedbackIn(p);
			expect(rows).toEqual([]);
			for (const value of Object.values(FEEDBACK)) expect(holds(text, value)).toBe(false);
		}
	});
});
