import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as surveys from '../../../src/lib/server/surveys/index';
import { formatPercent, formatScore } from '../../../src/lib/surveys/format';
import { textIn } from '../../../src/lib/surveys/texts';
import { m } from '../../../src/lib/paraglide/messages.js';
import { answer, instrumentSurvey, makeOrg, type Org } from '../surveys/support';
import { inLocale, pdfInfo, pdfText, section } from './support';

let database: TestDatabase;
let org: Org;
let small: Awaited<ReturnType<Org['teamOf']>>;
let middle: Awaited<ReturnType<Org['teamOf']>>;
let large: Awaited<ReturnType<Org['teamOf']>>;
let round: string;
const NAMES = ['Borgerservice', 'Tandplejen', 'Hjemmeplejen'];

beforeAll(async () => {
	database = await createTestDatabase();
	org = await makeOrg();
	// 3 answers: too few to show. 5 and 10: shown.
	small = await org.teamOf(NAMES[0], 3);
	middle = await org.teamOf(NAMES[1], 5);
	large = await org.teamOf(NAMES[2], 10);
	const survey = await instrumentSurvey(org.admin);
	round = (
		await surveys.openRound(org.admin, survey.id, {
			name: 'Forår',
			teamIds: [small.id, middle.id, large.id],
			opensOn: '2020-01-01',
			closesOn: '2099-01-01'
		})
	).id;
	// Varied answers so each figure differs: member i answers (i % 5) + 1, reverse-scored statements too.
	for (const t of [small, middle, large])
		for (const [i, p] of t.members.entries())
			await answer(p, round, (q) => (q.kind === 'likert' ? String(((i + q.position) % 5) + 1) : null));
}, 120_000); // 18 answers to the whole instrument: slow beside other test files on a shared machine

afterAll(async () => {
	await database.close();
});

const others = (name: string) => [...NAMES.filter((n) => n !== name), m.surveys_questions(), m.surveys_comments()];

describe('PDF: survey round results', () => {
	it('withholds in the PDF every group the JSON withholds, and says why, with no number in its place', async () => {
		const json = await surveys.resultsJson(org.admin, round, null);
		const hidden = json.teams.filter((t) => !t.shown);
		// Unpublished answers (3, below one step of 5) count nowhere, so the other teams stay shown here.
		expect(hidden.map((t) => t.name)).toEqual([NAMES[0]]);
		const { bytes, name } = await surveys.resultsPdfFile(org.admin, round, null);
		expect(name).toBe('Forår');
		const text = await pdfText(bytes);
		for (const t of hidden) {
			const why = t.hiddenBecause === 'sibling' ? m.surveys_hidden_sibling() : m.surveys_hidden_group({ min: 5 });
			expect(section(text, t.name, others(t.name))).toBe(why);
		}
		// The team that is shown carries its figures, as in the JSON.
		const shown = json.teams.find((t) => t.name === NAMES[2])!;
		const part = section(text, NAMES[2], others(NAMES[2]));
		expect(part).toContain(`${m.surveys_csv_responses()}: 10`);
		const dims = json.dimensions.filter((d) => shown.numbers!.dimensions[d.id]);
		expect(dims.length).toBeGreaterThan(0);
		for (const d of dims) {
			const s = shown.numbers!.dimensions[d.id];
			expect(part).toContain(
				`${textIn(d.name, 'en')} ${s.n} ${formatScore(s.mean, 'en')} ${formatPercent(s.favourable, 'en')}`
			);
		}
	});

	it("gives a team's manager their team's figures, statements included, and nothing of the teams they may not see", async () => {
		const manager = large.manager;
		const json = await surveys.resultsJson(manager, round, large.id);
		const team = json.teams.find((t) => t.id === large.id)!;
		expect(team.shown).toBe(true);
		const text = await pdfText((await surveys.resultsPdfFile(manager, round, large.id)).bytes);
		for (const other of NAMES.filter((n) => !json.teams.some((t) => t.name === n))) expect(text).not.toContain(other);
		const items = json.questions.filter((q) => team.numbers!.items[q.id]);
		expect(items.length).toBeGreaterThan(0);
		for (const q of items) {
			const s = team.numbers!.items[q.id] as surveys.LikertStats;
			expect(text).toContain(`${s.n} ${formatScore(s.mean, 'en')} ${formatPercent(s.favourable, 'en')}`);
		}
	});

	it('refuses people of another organisation, and gives everyone else what the JSON gives them', async () => {
		const other = await makeOrg('Elsewhere');
		const outsider = await other.admin;
		await expect(surveys.resultsPdfFile(outsider, round, null)).rejects.toMatchObject({ status: 404 });
		// Whoever else asks gets from the PDF what they get from the JSON: the same refusal, or the same teams.
		const bystander = await org.person('Bo Bystander');
		for (const person of [bystander, small.members[1], middle.manager]) {
			const json = await surveys.resultsJson(person, round, null).catch((e) => e.status as number);
			const pdf = await surveys.resultsPdfFile(person, round, null).catch((e) => e.status as number);
			if (typeof json === 'number') {
				expect(pdf).toBe(json);
				continue;
			}
			expect(typeof pdf).not.toBe('number');
			const text = await pdfText((pdf as { bytes: Uint8Array }).bytes);
			for (const name of NAMES) expect(text.includes(name), name).toBe(json.teams.some((t) => t.name === name));
		}
	});

	it('writes Danish letters and metadata in the reader’s language', async () => {
		const { bytes } = await inLocale('da', () => surveys.resultsPdfFile(org.admin, round, null));
		const text = await pdfText(bytes);
		expect(text).toContain('Alle i runden');
		expect(text).toContain('For få svar til at blive vist');
		expect(text).toContain('Resultater');
		expect(text).toContain('Forår');
		const { info } = await pdfInfo(bytes);
		expect(info.Title).toContain('Forår');
	});
});
