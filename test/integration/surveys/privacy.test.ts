import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, usingPostgres, type TestDatabase } from '../support/db';
import * as surveys from '../../../src/lib/server/surveys/index';
import { answer, instrumentSurvey, makeOrg, openRoundFor, tableRows, type Org } from './support';

let database: TestDatabase;
let org: Org;
let team: Awaited<ReturnType<Org['teamOf']>>;
let roundId: string;

const ANSWER_TABLES = [
	'survey_publication',
	'survey_counts',
	'survey_pending_counts',
	'survey_dimension_counts',
	'survey_pending_dimension_counts',
	'survey_comments'
];

beforeAll(async () => {
	database = await createTestDatabase();
	org = await makeOrg();
	team = await org.teamOf('Borgerservice', 8);
	const survey = await instrumentSurvey(org.admin);
	roundId = (await openRoundFor(org.admin, survey.id, [team.id])).id;
	// Each person answers in a way that would identify them if rows could be lined up: person i gives
	// every Likert item the value (i % 5) + 1 and writes "from person i".
	for (const [i, m] of team.members.entries()) {
		await answer(m, roundId, (q) =>
			q.kind === 'likert' ? String((i % 5) + 1) : q.kind === 'text' ? `from person ${i}` : null
		);
	}
});

afterAll(async () => {
	await database.close();
});

async function columnsOf(table: string) {
	const tables = await database.db.introspection.getTables();
	const t = tables.find((x) => x.name === table);
	if (!t) throw new Error(`no table ${table}`);
	return t.columns.map((c) => ({ name: c.name, type: c.dataType.toLowerCase(), autoIncrement: c.isAutoIncrementing }));
}

async function foreignKeyTargets(table: string): Promise<string[]> {
	if (usingPostgres) {
		const r = await sql<{ target: string }>`
			select ccu.table_name as target from information_schema.table_constraints tc
			join information_schema.constraint_column_usage ccu on tc.constraint_name = ccu.constraint_name and tc.table_schema = ccu.table_schema
			where tc.constraint_type = 'FOREIGN KEY' and tc.table_name = ${table} and tc.table_schema = current_schema()`.execute(
			database.db
		);
		return r.rows.map((x) => x.target);
	}
	const r = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${table})`.execute(database.db);
	return r.rows.map((x) => x.table);
}

describe('surveys: the database cannot link a response to its author', () => {
	it('has no user, person, time or sequence column in any table that holds answers', async () => {
		for (const table of ANSWER_TABLES) {
			const columns = await columnsOf(table);
			for (const c of columns) {
				expect(c.name, `${table}.${c.name}`).not.toMatch(
					/user|author|person|member|email|name|created|updated|time|date|_at$|seq|participation/i
				);
				expect(c.autoIncrement, `${table}.${c.name} is sequential`).toBe(false);
			}
		}
		// Closed answers exist only as counts per team, question and value; comments stand alone.
		expect((await columnsOf('survey_counts')).map((c) => c.name).sort()).toEqual([
			'n',
			'org_id',
			'question_id',
			'round_id',
			'team_id',
			'value'
		]);
		expect((await columnsOf('survey_comments')).map((c) => c.name)).not.toContain('response_id');
	});

	it('keeps participation free of any reference to answers, and answers free of any reference to people', async () => {
		const participation = (await columnsOf('survey_participation')).map((c) => c.name).sort();
		expect(participation).toEqual(['id', 'org_id', 'round_id', 'team_id', 'user_id']);
		expect(await foreignKeyTargets('survey_participation')).not.toEqual(expect.arrayContaining(['survey_publication']));
		for (const table of ANSWER_TABLES) {
			const targets = await foreignKeyTargets(table);
			expect(targets).not.toContain('users');
			expect(targets).not.toContain('survey_participation');
			expect(targets).not.toContain('memberships');
		}
	});

	it('stores random ids and not one value that names a person', async () => {
		const people = new Set(team.members.map((m) => m.userId));
		const participationIds = new Set((await tableRows('survey_participation')).map((r) => r.id as string));
		for (const table of ANSWER_TABLES) {
			const rows = await tableRows(table);
			expect(rows.length).toBeGreaterThan(0);
			for (const row of rows) {
				if ('id' in row) expect(String(row.id)).toMatch(/^[A-Za-z0-9_-]{22}$/);
				expect(participationIds.has(String(row.id))).toBe(false);
				for (const value of Object.values(row)) expect(people.has(String(value))).toBe(false);
			}
		}
		expect((await tableRows('survey_publication')).map((r) => [r.team_id, r.responses, r.published])).toEqual([
			[team.id, 8, 5]
		]);
		// Eight people, 27 statements: 27 questions × the values given, each value a count (a published
		// step of five, three pending).
		const counts = [...(await tableRows('survey_counts')), ...(await tableRows('survey_pending_counts'))];
		expect(counts.reduce((s, r) => s + Number(r.n), 0)).toBe(8 * 27);
		// One row per team, question and value in each table, however many gave it: counts, never answers.
		for (const table of ['survey_counts', 'survey_pending_counts']) {
			const keys = (await tableRows(table)).map((r) => `${r.round_id} ${r.team_id} ${r.question_id} ${r.value}`);
			expect(new Set(keys).size).toBe(keys.length);
		}
	});

	it('keeps no order of arrival: rows are stored in the order of their random ids', async () => {
		// Reading both tables as stored (no ORDER BY) and pairing them up must not work. The storage
		// order is the order of the random ids, which says nothing about who answered when.
		const stored = (await tableRows('survey_participation'))
			.filter((r) => r.round_id === roundId)
			.map((r) => r.id as string);
		expect(stored).toEqual([...stored].sort());
		const submitted = team.members.map((m) => m.userId);
		const storedUsers = (await tableRows('survey_participation'))
			.filter((r) => r.round_id === roundId)
			.map((r) => r.user_id);
		expect(storedUsers).not.toEqual(submitted);

		if (usingPostgres) {
			// PostgreSQL stamps rows with the writing transaction: after the last submission every
			// participation row of the team carries the same one.
			const r = await sql<{
				xmin: string;
			}>`select distinct xmin::text as xmin from survey_participation where round_id = ${roundId}`.execute(database.db);
			expect(r.rows.length).toBe(1);
		} else {
			// SQLite tables without a rowid have no hidden insertion counter to read.
			for (const table of ANSWER_TABLES)
				await expect(sql.raw(`select rowid from ${table}`).execute(database.db)).rejects.toThrow();
			await expect(sql`select rowid from survey_participation`.execute(database.db)).rejects.toThrow();
			await expect(sql`select rowid from survey_counts`.execute(database.db)).rejects.toThrow();
		}
	});

	it('lets a person see that they answered, and nothing of what anyone answered', async () => {
		const person = team.members[3];
		expect(await surveys.hasAnswered(person, roundId)).toBe(true);
		const rounds = await surveys.listRounds(person);
		expect(rounds.find((r) => r.round.id === roundId)!.answered).toBe(true);
		// The module has no function that returns a single response; results are counts only.
		expect(Object.keys(surveys).filter((k) => /response/i.test(k))).toEqual(['submitResponse']);
		const results = await surveys.getRoundResults(person, roundId);
		expect(JSON.stringify(results)).not.toContain(person.userId);
	});
});
