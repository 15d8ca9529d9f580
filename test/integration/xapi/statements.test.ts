// xAPI against both databases, received by a real LRS stub (an HTTP server in this test): every kind of statement
// the app makes passes Learning Locker's validator (xapi-validation), names people by an opaque account under the
// app's origin, and reaches the organisation's LRS in batches with the xAPI version header and Basic auth. An LRS
// that is down gets nothing until it is back, then each statement exactly once. Survey answers and private
// feedback never become a statement. Only an organisation's admins see or change its LRS, and its secret is never
// shown back.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import xapiValidation from 'xapi-validation';
import type { TestDatabase } from '../support/db';
import { setup } from '../learning/support';
import { makeModule, completeModule, tempDataDir } from '../bites/support';
import { makeOrg, instrumentSurvey, openRoundFor, answer, uniform, type Org } from '../surveys/support';
import * as xapi from '../../../src/lib/server/xapi/index';
import * as bites from '../../../src/lib/server/bites/index';
import * as learning from '../../../src/lib/server/learning/index';
import * as privacy from '../../../src/lib/server/privacy/index';
import { config } from '../../../src/lib/server/config';
import { db } from '../../../src/lib/server/db/current';
import type { Actor } from '../../../src/lib/server/actor';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- statements as the LRS parses them
type Json = any;
/** Learning Locker's validator: a list of problems, empty for a valid statement (a CommonJS default export). */
const validateStatement: (s: unknown) => unknown[] =
	(xapiValidation as unknown as { default?: (s: unknown) => unknown[] }).default ?? xapiValidation;

/** An LRS stub on a free local port: answers `status`, and keeps the statements of every request it accepted. */
async function lrsStub() {
	const stub = {
		status: 200,
		requests: [] as { headers: http.IncomingHttpHeaders; statements: Json[]; status: number }[],
		url: '',
		/** the statements it stored: those of the requests it answered 2xx */
		stored: () => stub.requests.filter((r) => r.status < 300).flatMap((r) => r.statements),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			const status = req.url === '/lrs/statements' && req.method === 'POST' ? stub.status : 404;
			stub.requests.push({ headers: req.headers, statements: JSON.parse(body || '[]'), status });
			res.writeHead(status, { 'content-type': 'application/json' }).end('[]');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lrs`;
	return stub;
}

let database: TestDatabase;
let lrs: Awaited<ReturnType<typeof lrsStub>>;
let org: Org;
let other: Org;
let teamId: string;
let learner: Actor;
let buddy: Actor;

const rows = () => db().selectFrom('xapi_statements').selectAll().where('org_id', '=', org.id).execute();
async function sendAll(now = new Date()) {
	await xapi.statementsSettled();
	return xapi.deliverStatements(now);
}

beforeAll(async () => {
	database = await setup();
	tempDataDir();
	config.webhooksAllowPrivate = true; // the stub listens on loopback
	lrs = await lrsStub();
	org = await makeOrg('Lrsby');
	other = await makeOrg('Andetsted');
	teamId = (await org.team('Borgerservice')).id;
	learner = await org.person('Nina Holt', { teams: [[teamId, 'member']] });
	buddy = await org.person('Sofie Buddy', { teams: [[teamId, 'member']] });
	await xapi.saveXapiSettings(org.admin, {
		endpoint: lrs.url,
		key: 'samspil',
		secret: 'lrs-secret-1234',
		identify: 'account',
		enabled: true
	});
}, 60_000);

beforeEach(() => {
	lrs.status = 200;
});

afterAll(async () => {
	await xapi.statementsSettled();
	config.webhooksAllowPrivate = false;
	await lrs.close();
	await database.close();
});

describe('xAPI statements', () => {
	it('sends every kind the app makes, each a valid xAPI 1.0.3 statement naming the person by an opaque account', async () => {
		const { module, questions } = await makeModule(org.admin, { title: 'Feedback basics' });
		await bites.createDefinition(org.admin, {
			title: 'Feedback practitioner',
			outcomes: 'Gives specific, kind feedback.',
			assessment: 'Quiz',
			minScore: 50,
			eqfLevel: 4,
			workloadHours: 0.5,
			credits: 0.1,
			qualityAssurance: 'Reviewed.',
			moduleIds: [module.id],
			requiresIds: []
		});
		const start = new Date('2026-03-02T09:00:00Z');
		await completeModule(learner, module.id, [true, false], start);
		const review = await db()
			.selectFrom('bite_reviews')
			.select('due')
			.where('learner_id', '=', learner.userId)
			.where('card_id', '=', questions[0])
			.executeTakeFirstOrThrow();
		await bites.answerReview(learner, questions[0], ['o1'], new Date(review.due));
		const programme = await learning.createProgramme(org.admin, {
			teamId,
			kind: 'buddy',
			name: 'Buddies',
			goals: '',
			cadence: 'weekly',
			startDate: '2026-03-10',
			endDate: null,
			sessionCount: 4,
			sessionMinutes: 30,
			startTime: '09:00',
			timeZone: 'Europe/Copenhagen'
		});
		const pair = await learning.createPair(
			org.admin,
			programme.id,
			{ guideId: buddy.userId, learnerId: learner.userId },
			'2026-03-01'
		);
		const log = await learning.writeLog(buddy, pair.id, {
			heldOn: '2026-03-12',
			occurrenceDate: null,
			minutes: 45,
			practised: 'The phone queue, privately noted',
			skills: '',
			nextStep: ''
		});
		await learning.confirmLog(learner, log.id);

		const result = await sendAll();
		expect(result.failed).toBe(0);
		const sent = lrs.stored();
		expect(new Set(sent.map((s: Json) => s.verb.id))).toEqual(
			new Set([
				'http://adlnet.gov/expapi/verbs/attempted',
				'http://adlnet.gov/expapi/verbs/completed',
				'http://adlnet.gov/expapi/verbs/answered',
				'http://adlnet.gov/expapi/verbs/attended',
				'http://activitystrea.ms/schema/1.0/confirm',
				'http://id.tincanapi.com/verb/earned'
			])
		);
		expect(new Set((await rows()).map((r) => r.verb))).toEqual(
			new Set([
				'bite.attempted',
				'bite.completed',
				'review.answered',
				'session.logged',
				'session.confirmed',
				'credential.earned'
			])
		);
		for (const statement of sent) {
			expect(validateStatement(statement), JSON.stringify(statement)).toEqual([]);
			expect(statement.actor.account.homePage).toBe(config.publicOrigin);
			expect(statement.actor.mbox).toBeUndefined();
		}
		const completed = sent.find((s: Json) => s.verb.id.endsWith('/completed'));
		expect(completed.result.score).toEqual({ scaled: 0.5, raw: 50, min: 0, max: 100 });
		// one stable name per person, which is neither their id nor their email
		const nina = sent.filter((s: Json) => s.verb.id.endsWith('/completed') || s.verb.id.endsWith('/confirm'));
		expect(new Set(nina.map((s: Json) => s.actor.account.name)).size).toBe(1);
		const text = JSON.stringify(sent);
		for (const secret of [learner.userId, learner.email, buddy.email, 'privately noted', 'Nina Holt'])
			expect(text).not.toContain(secret);
		// the LRS saw the version header and Basic auth with the stored key and secret
		for (const r of lrs.requests) {
			expect(r.headers['x-experience-api-version']).toBe('1.0.3');
			expect(r.headers.authorization).toBe(`Basic ${Buffer.from('samspil:lrs-secret-1234').toString('base64')}`);
		}
		for (const r of lrs.requests) expect(r.statements.length).toBeLessThanOrEqual(xapi.BATCH_SIZE);
	});

	it('never makes a statement of a survey answer or of private feedback', async () => {
		const before = (await rows()).length;
		const requests = lrs.requests.length;
		const team = await org.teamOf('Svar', 5);
		const survey = await instrumentSurvey(org.admin);
		const round = await openRoundFor(org.admin, survey.id, [team.id]);
		for (const member of team.members) await answer(member, round.id, uniform(4, 'A comment'));
		await learning.giveFeedback(team.members[1], {
			receiverId: team.members[2].userId,
			situation: 'The handover',
			behaviour: 'You read back every change',
			impact: 'Nobody had to call back',
			feedForward: 'Show the others',
			pairId: null
		});
		await sendAll();
		expect((await rows()).length).toBe(before);
		expect(lrs.requests.length).toBe(requests);
	});

	it('keeps statements while the LRS is down and delivers each exactly once when it is back', async () => {
		lrs.status = 503;
		const storedBefore = lrs.stored().length;
		const { module } = await makeModule(org.admin, { title: 'While the LRS sleeps', questions: 1 });
		await completeModule(buddy, module.id, [true]);
		const first = await sendAll();
		expect(first.sent).toBe(0);
		const waiting = (await rows()).filter((r) => r.status === 'queued');
		expect(waiting.length).toBeGreaterThanOrEqual(2);
		expect(waiting.every((r) => r.attempts >= 1 && r.last_error === 'HTTP 503')).toBe(true);
		const settings = await xapi.xapiSettings(org.admin);
		expect(settings.backlog).toMatchObject({ waiting: waiting.length, failed: 0, lastError: 'HTTP 503' });
		// not due again yet: nothing is tried
		const refused = lrs.requests.length;
		expect((await xapi.deliverStatements(new Date())).sent).toBe(0);
		expect(lrs.requests.length).toBe(refused);

		lrs.status = 200;
		const later = new Date(Date.now() + xapi.RETRY_DELAYS_MS[0] + 1000);
		const before = lrs.requests.length;
		expect((await xapi.deliverStatements(later)).sent).toBe(waiting.length);
		// what waited goes as one batch
		expect(lrs.requests.slice(before).map((r) => [r.status, r.statements.length])).toEqual([[200, waiting.length]]);
		expect((await xapi.deliverStatements(new Date(later.getTime() + 3_600_000))).sent).toBe(0);
		const ids = lrs.stored().map((s: Json) => s.id);
		expect(ids.length - storedBefore).toBe(waiting.length);
		expect(new Set(ids).size).toBe(ids.length);
		for (const row of waiting) expect(ids.filter((id: string) => id === row.id)).toHaveLength(1);
		expect((await xapi.xapiSettings(org.admin)).backlog).toMatchObject({ waiting: 0, failed: 0 });
	});
});

describe('the LRS settings', () => {
	it('are the organisation admins’ only, and the secret is never shown back', async () => {
		await expect(xapi.xapiSettings(learner)).rejects.toMatchObject({ status: 403 });
		await expect(
			xapi.saveXapiSettings(learner, { endpoint: lrs.url, key: 'k', secret: 's', identify: 'account', enabled: true })
		).rejects.toMatchObject({ status: 403 });
		// another organisation's admin sees their own, empty configuration
		const theirs = await xapi.xapiSettings(other.admin);
		expect(theirs.xapi).toMatchObject({ endpoint: '', key: '', secretHint: null, enabled: false });
		expect(theirs.backlog).toMatchObject({ waiting: 0, failed: 0, sent: 0 });
		const mine = await xapi.xapiSettings(org.admin);
		expect(JSON.stringify(mine)).not.toContain('lrs-secret-1234');
		expect(mine.xapi).toMatchObject({ endpoint: lrs.url, key: 'samspil', secretHint: '…1234', enabled: true });
		// saving without a secret keeps the stored one
		await xapi.saveXapiSettings(org.admin, {
			endpoint: lrs.url,
			key: 'samspil',
			secret: '',
			identify: 'account',
			enabled: true
		});
		expect((await xapi.xapiSettings(org.admin)).xapi.secretHint).toBe('…1234');
		// switching on needs a secret
		await expect(
			xapi.saveXapiSettings(other.admin, {
				endpoint: lrs.url,
				key: 'k',
				secret: '',
				identify: 'account',
				enabled: true
			})
		).rejects.toMatchObject({ key: 'xapi_error_secret' });
		await expect(
			xapi.saveXapiSettings(other.admin, {
				endpoint: 'ftp://x',
				key: 'k',
				secret: 's',
				identify: 'account',
				enabled: false
			})
		).rejects.toMatchObject({ key: 'xapi_error_endpoint' });
	});

	it('downloads the statements of a date range, and none of another organisation', async () => {
		const today = new Date().toISOString().slice(0, 10);
		const all = await xapi.statementsBetween(org.admin, today, today);
		expect(all.length).toBe((await rows()).length);
		for (const s of all) expect(validateStatement(s)).toEqual([]);
		expect(await xapi.statementsBetween(org.admin, '2020-01-01', '2020-01-31')).toEqual([]);
		expect(await xapi.statementsBetween(other.admin, today, today)).toEqual([]);
		await expect(xapi.statementsBetween(org.admin, today, '2020-01-01')).rejects.toMatchObject({
			key: 'xapi_error_range'
		});
	});

	it('names people by email only when the organisation chose so', async () => {
		await xapi.saveXapiSettings(org.admin, {
			endpoint: lrs.url,
			key: 'samspil',
			secret: '',
			identify: 'mbox',
			enabled: true
		});
		const { module } = await makeModule(org.admin, { title: 'By email', questions: 1 });
		await bites.play(learner, module.id, { origin: config.publicOrigin, now: new Date() });
		await sendAll();
		const last = lrs.stored().at(-1);
		expect(last.actor).toEqual({ objectType: 'Agent', mbox: `mailto:${learner.email}` });
		expect(validateStatement(last)).toEqual([]);
	});

	it('are erased with the person they name, whether by email or by an opaque account', async () => {
		const leaving = await org.person('Ole Brink', { teams: [[teamId, 'member']] });
		const stored = async () =>
			(await db().selectFrom('xapi_statements').select('statement').where('org_id', '=', org.id).execute()).map(
				(r) => JSON.parse(r.statement) as { actor: { mbox?: string; account?: { name: string } } }
			);
		const before = await stored();
		for (const identify of ['account', 'mbox'] as const) {
			const { module } = await makeModule(org.admin, { title: `Before leaving (${identify})`, questions: 1 });
			await xapi.saveXapiSettings(org.admin, {
				endpoint: lrs.url,
				key: 'samspil',
				secret: '',
				identify,
				enabled: true
			});
			await bites.play(leaving, module.id, { origin: config.publicOrigin, now: new Date() });
		}
		const his = (await stored()).slice(before.length);
		expect(his.map((s) => (s.actor.mbox ? 'mbox' : 'account'))).toEqual(['account', 'mbox']);
		expect(his[1].actor.mbox).toBe(`mailto:${leaving.email}`);

		await privacy.erasePerson(leaving.userId);
		const after = await stored();
		expect(after.map((s) => JSON.stringify(s.actor))).toEqual(before.map((s) => JSON.stringify(s.actor)));
		expect(JSON.stringify(after)).not.toContain(leaving.email);
	});
});
