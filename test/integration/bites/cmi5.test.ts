// cmi5 packages played inside Samspil (issue 23): a package built here from the spec's structure (cmi5.xml and an
// AU) imports as a module; broken course structures are refused; opening the module launches the AU with the
// cmi5 launch parameters, and the AU's requests go to the route handlers as a browser would send them: the fetch
// URL works once, LMS.LaunchData and the learner preferences answer, and cmi5-defined statements move the module's
// progress by the AU's moveOn — only for the launch's own learner, registration and activity. External learners
// of a public collection play package modules too. Every statement sent here passes xapi-validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import xapiValidation from 'xapi-validation';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as bites from '../../../src/lib/server/bites/index';
import { Invalid } from '../../../src/lib/server/errors';
import { db } from '../../../src/lib/server/db/current';
import { translate } from '../../../src/lib/server/i18n';
import * as fetchRoute from '../../../src/routes/api/cmi5/fetch/[secret]/+server';
import * as stateRoute from '../../../src/routes/api/cmi5/xapi/activities/state/+server';
import * as profileRoute from '../../../src/routes/api/cmi5/xapi/agents/profile/+server';
import * as statementsRoute from '../../../src/routes/api/cmi5/xapi/statements/+server';
import { cmi5Xml, samplePackage, sampleCmi5Package } from '../../fixtures/packages';
import { makeBitesPeople, ORIGIN, tempDataDir } from './support';
import type { Actor } from '../../../src/lib/server/actor';

const validateStatement: (s: unknown) => unknown[] =
	(xapiValidation as unknown as { default?: (s: unknown) => unknown[] }).default ?? xapiValidation;

let database: TestDatabase;
let admin: Actor;
let learner: Actor;
let manager: Actor;
let stranger: Actor;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
	({ admin, learner, manager, stranger } = await makeBitesPeople());
});
afterAll(async () => database.close());

type Handler = (event: unknown) => Promise<Response>;
/** A request to a route handler as the AU's browser sends it (its origin is the sandbox's "null"). */
async function call(
	handler: unknown,
	method: string,
	url: string,
	opts: { token?: string; body?: unknown; params?: Record<string, string>; version?: string | null } = {}
) {
	const headers: Record<string, string> = { origin: 'null' };
	if (opts.token) headers.authorization = `Basic ${opts.token}`;
	if (opts.version !== null) headers['x-experience-api-version'] = opts.version ?? '1.0.3';
	if (opts.body !== undefined) headers['content-type'] = 'application/json';
	const request = new Request(new URL(url, ORIGIN), {
		method,
		headers,
		body: opts.body === undefined ? undefined : JSON.stringify(opts.body)
	});
	return (handler as Handler)({ request, url: new URL(request.url), params: opts.params ?? {} });
}

async function importCmi5(author: Actor, bytes = sampleCmi5Package()) {
	const imported = await bites.importPackage(author, { bytes, language: 'en', fileName: 'fire.zip' });
	await bites.setPublished(author, imported.moduleId, true);
	return imported;
}

interface LaunchParams {
	endpoint: string;
	fetch: string;
	actor: { account: { homePage: string; name: string } };
	registration: string;
	activityId: string;
}
/** LMS.LaunchData as the tests read it */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document the tests pick apart
type LaunchData = any;

const stateUrl = (l: Omit<LaunchParams, 'fetch'>, stateId = 'LMS.LaunchData') =>
	`${l.endpoint}activities/state?${new URLSearchParams({
		stateId,
		activityId: l.activityId,
		agent: JSON.stringify(l.actor),
		registration: l.registration
	})}`;

/** What the AU gets: its launch parameters, then the auth token from the fetch URL. */
async function launch(person: Actor, moduleId: string) {
	const state = await bites.play(person, moduleId, { origin: ORIGIN });
	const url = new URL(state.package!.url, ORIGIN);
	const q = url.searchParams;
	const launchParams: LaunchParams = {
		endpoint: q.get('endpoint')!,
		fetch: q.get('fetch')!,
		actor: JSON.parse(q.get('actor')!),
		registration: q.get('registration')!,
		activityId: q.get('activityId')!
	};
	const secret = launchParams.fetch.split('/').pop()!;
	const fetched = await call(fetchRoute.POST, 'POST', launchParams.fetch, { params: { secret }, version: null });
	expect(fetched.status).toBe(200);
	const token = ((await fetched.json()) as { 'auth-token': string })['auth-token'];
	const launchData: LaunchData = await (await call(stateRoute.GET, 'GET', stateUrl(launchParams), { token })).json();
	return { url, state, ...launchParams, secret, token, launchData };
}

type Launch = Awaited<ReturnType<typeof launch>>;

/** A cmi5-defined statement of this launch, as an AU makes it from LMS.LaunchData's context template. */
function statement(l: Launch, verb: string, result?: object, change: (s: Record<string, unknown>) => void = () => {}) {
	const context = structuredClone(l.launchData.contextTemplate);
	context.registration = l.registration;
	context.contextActivities.category = [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }];
	const s: Record<string, unknown> = {
		id: randomUUID(),
		actor: l.actor,
		verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
		object: { id: l.activityId, objectType: 'Activity' },
		context,
		timestamp: new Date().toISOString(),
		...(result ? { result } : {})
	};
	change(s);
	expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
	return s;
}

const send = (l: Launch, body: unknown, token = l.token) =>
	call(statementsRoute.POST, 'POST', `${l.endpoint}statements`, { token, body });

describe('importing a cmi5 package', () => {
	it('becomes a module that plays its first AU from the package', async () => {
		const bytes = sampleCmi5Package({
			'cmi5.xml': cmi5Xml('Fire safety', [{}, { url: 'au/index.html?part=2', moveOn: 'Completed' }])
		});
		const { moduleId, standard } = await bites.importPackage(admin, { bytes, language: 'en', fileName: 'f.zip' });
		expect(standard).toBe('cmi5');
		await bites.setPublished(admin, moduleId, true);
		const l = await launch(learner, moduleId);
		expect(l.state.module.title).toBe('Fire safety');
		expect(l.url.pathname).toMatch(/^\/bites\/packages\/[\w-]+\/[\w.-]+\/au\/index\.html$/);
		expect(l.endpoint).toBe(`${ORIGIN}/api/cmi5/xapi/`);
		expect(l.fetch).toMatch(new RegExp(`^${ORIGIN}/api/cmi5/fetch/[\\w-]{40,}$`));
		expect(l.actor).toEqual({ objectType: 'Agent', account: { homePage: ORIGIN, name: learner.userId } });
		expect(l.registration).toMatch(/^[0-9a-f-]{36}$/);
		expect(l.activityId).toBe(`${ORIGIN}/bites/${moduleId}/cmi5/au/1`);
		// the first AU: its moveOn and masteryScore, its publisher id in grouping, this launch's session id
		expect(l.launchData).toMatchObject({
			launchMode: 'Normal',
			moveOn: 'CompletedAndPassed',
			masteryScore: 0.7,
			contextTemplate: {
				contextActivities: { grouping: [{ id: 'https://samspil.test/courses/fire/au/1' }] },
				extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': expect.any(String) }
			}
		});
		// the AU's page has no SCORM bridge: it finds the LMS by its launch parameters
		const file = await bites.packageFile(
			l.url.pathname.split('/')[3],
			l.url.pathname.split('/')[4],
			'au/index.html',
			ORIGIN
		);
		expect(new TextDecoder().decode(file.bytes)).not.toContain('CrossFrameAPI');
		// another opening is another session of the same registration
		const again = await launch(learner, moduleId);
		expect(again.registration).toBe(l.registration);
		expect(again.launchData.contextTemplate.extensions).not.toEqual(l.launchData.contextTemplate.extensions);
	});

	async function refusal(xml: string | undefined, extra: Record<string, string | undefined> = {}) {
		try {
			await bites.importPackage(admin, {
				bytes: sampleCmi5Package({ 'cmi5.xml': xml, ...extra }),
				language: 'en',
				fileName: 'p.zip'
			});
		} catch (e) {
			if (e instanceof Invalid) return translate(e.key, e.params);
			throw e;
		}
		throw new Error('the package was accepted');
	}

	it('refuses a malformed cmi5.xml with a clear message', async () => {
		expect(await refusal('this is not <xml')).toMatch(/^The package’s cmi5\.xml cannot be read/);
		expect(await refusal(cmi5Xml('X').replace('<course id="https://samspil.test/courses/fire">', '<course>'))).toMatch(
			/^The package’s cmi5\.xml cannot be read/
		);
		expect(await refusal(cmi5Xml('X', [{ moveOn: 'Whenever' }]))).toMatch(/cannot be read/);
		expect(await refusal(cmi5Xml('X', [{ masteryScore: '80' }]))).toMatch(/cannot be read/);
		expect(await refusal(cmi5Xml('X', []))).toBe('The package’s cmi5.xml lists no assignable unit (AU) to play.');
		expect(await refusal(cmi5Xml('X', [{ url: '' }]))).toBe(
			'The first assignable unit in cmi5.xml has no id or no url.'
		);
		expect(await refusal(cmi5Xml('X', [{ url: 'https://elsewhere.example/au.html' }]))).toBe(
			'The assignable unit’s url (https://elsewhere.example/au.html) is on another website. Samspil plays only content inside the package: put the unit’s files in the ZIP and give a relative url.'
		);
		expect(await refusal(cmi5Xml('X', [{ url: '//elsewhere.example/au.html' }]))).toMatch(/is on another website/);
		expect(await refusal(cmi5Xml('X', [{ url: 'au/missing.html' }]))).toBe(
			'The assignable unit’s url (au/missing.html) names a file the package does not hold.'
		);
		expect(await refusal(cmi5Xml('X', [{ url: '../outside.html' }]))).toMatch(/names a file the package does not hold/);
		expect(await refusal(undefined)).toBe('The package has no imsmanifest.xml or cmi5.xml at its top level.');
	});
});

describe('the cmi5 LMS endpoints', () => {
	it('hand out the auth token once, answer the preflight of the sandboxed frame and the learner preferences', async () => {
		const { moduleId } = await importCmi5(admin);
		const l = await launch(learner, moduleId);
		const second = await call(fetchRoute.POST, 'POST', l.fetch, { params: { secret: l.secret }, version: null });
		expect(second.status).toBe(400);
		expect(await second.json()).toEqual({ 'error-code': '1', 'error-text': 'Already in use' });
		const unknown = await call(fetchRoute.POST, 'POST', l.fetch, { params: { secret: 'x'.repeat(43) }, version: null });
		expect((await unknown.json())['error-code']).toBe('3');

		const preflight = await (statementsRoute.OPTIONS as unknown as Handler)({});
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
		expect(preflight.headers.get('access-control-allow-headers')).toMatch(
			/Authorization.*Content-Type.*X-Experience-API-Version/
		);

		const profile = await call(
			profileRoute.GET,
			'GET',
			`${l.endpoint}agents/profile?profileId=cmi5LearnerPreferences&agent=${encodeURIComponent(JSON.stringify(l.actor))}`,
			{ token: l.token }
		);
		expect(profile.status).toBe(200);
		expect(profile.headers.get('access-control-allow-origin')).toBe('*');
		expect(profile.headers.get('x-experience-api-version')).toBe('1.0.3');
		expect(await profile.json()).toMatchObject({ languagePreference: expect.stringMatching(/^(en|da|nl|sv)$/) });

		// the LMS writes LMS.LaunchData; another state is accepted and not kept
		const put = (stateId: string) =>
			call(stateRoute.PUT, 'PUT', stateUrl(l, stateId), { token: l.token, body: { bookmark: 2 } });
		expect((await put('LMS.LaunchData')).status).toBe(403);
		expect((await put('bookmark')).status).toBe(204);
		expect((await call(stateRoute.GET, 'GET', stateUrl(l, 'bookmark'), { token: l.token })).status).toBe(404);
		// xAPI's version header is required
		expect((await call(stateRoute.GET, 'GET', stateUrl(l), { token: l.token, version: null })).status).toBe(400);
	});

	it('move the module to completed with the score by the AU’s moveOn (completed and passed)', async () => {
		const { moduleId } = await importCmi5(admin);
		const l = await launch(learner, moduleId);
		const initialized = await send(l, statement(l, 'initialized'));
		expect(initialized.status).toBe(200);
		expect((await initialized.json()) as string[]).toHaveLength(1);
		expect((await bites.play(learner, moduleId, { origin: ORIGIN })).completed).toBe(false);

		expect((await send(l, statement(l, 'completed', { completion: true, duration: 'PT2M' }))).status).toBe(200);
		// moveOn CompletedAndPassed: completed alone does not complete the module
		expect((await bites.myProgress(learner)).get(moduleId)?.completed_at).toBeNull();
		const passed = statement(l, 'passed', { success: true, score: { scaled: 0.85 }, duration: 'PT2M' }, (s) => {
			(s.context as { extensions: Record<string, unknown> }).extensions[
				'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'
			] = 0.7;
		});
		const put = await call(statementsRoute.PUT, 'PUT', `${l.endpoint}statements?statementId=${passed.id}`, {
			token: l.token,
			body: passed
		});
		expect(put.status).toBe(204);
		expect((await bites.myProgress(learner)).get(moduleId)).toMatchObject({
			score: 85,
			completed_at: expect.any(String)
		});
		const page = await bites.play(learner, moduleId, { origin: ORIGIN });
		expect([page.completed, page.score]).toEqual([true, 85]);

		expect((await send(l, statement(l, 'terminated', { duration: 'PT3M' }))).status).toBe(200);
		// nothing after terminated
		expect((await send(l, statement(l, 'completed', { completion: true }))).status).toBe(403);
	});

	it('record a failed attempt’s score without completing the module; a later pass completes it', async () => {
		const bytes = sampleCmi5Package({ 'cmi5.xml': cmi5Xml('Exam', [{ moveOn: 'Passed', masteryScore: '0.8' }]) });
		const { moduleId } = await importCmi5(admin, bytes);
		const l = await launch(manager, moduleId);
		const failed = [
			statement(l, 'initialized'),
			statement(l, 'failed', { success: false, score: { scaled: 0.5 } }),
			statement(l, 'terminated')
		];
		expect((await send(l, failed)).status).toBe(200);
		expect((await bites.myProgress(manager)).get(moduleId)).toMatchObject({ score: 50, completed_at: null });

		const next = await launch(manager, moduleId);
		expect(next.registration).toBe(l.registration);
		// a pass below the mastery score is not a pass
		expect(
			(
				await send(next, [
					statement(next, 'initialized'),
					statement(next, 'passed', { success: true, score: { scaled: 0.6 } })
				])
			).status
		).toBe(400);
		expect((await send(next, statement(next, 'initialized'))).status).toBe(200);
		expect((await send(next, statement(next, 'passed', { success: true, score: { scaled: 0.95 } }))).status).toBe(200);
		expect((await bites.myProgress(manager)).get(moduleId)).toMatchObject({
			score: 95,
			completed_at: expect.any(String)
		});
	});

	it('refuse statements of another actor, registration, activity or session, other verbs and a wrong order', async () => {
		const { moduleId } = await importCmi5(admin);
		const l = await launch(learner, moduleId);
		const other = await launch(manager, moduleId);
		const status = async (body: unknown, token = l.token) => (await send(l, body, token)).status;

		// before initialized, nothing else
		expect(await status(statement(l, 'completed', { completion: true }))).toBe(400);
		expect(await status(statement(l, 'initialized'))).toBe(200);
		// person A's token cannot speak for person B, nor for B's registration, nor B for A
		expect(await status(statement(l, 'completed', { completion: true }, (s) => (s.actor = other.actor)))).toBe(403);
		expect(await status(statement(other, 'initialized'))).toBe(403);
		expect(
			await status(
				statement(l, 'completed', { completion: true }, (s) => {
					(s.context as { registration: string }).registration = other.registration;
				})
			)
		).toBe(403);
		expect(await status(statement(l, 'completed', { completion: true }), other.token)).toBe(403);
		// another module's activity (here: another organisation's), another session's id
		const { moduleId: foreign } = await importCmi5(stranger);
		expect(
			await status(
				statement(l, 'completed', { completion: true }, (s) => {
					(s.object as { id: string }).id = `${ORIGIN}/bites/${foreign}/cmi5/au/1`;
				})
			)
		).toBe(403);
		expect(
			await status(
				statement(l, 'completed', { completion: true }, (s) => {
					(s.context as { extensions: Record<string, string> }).extensions[
						'https://w3id.org/xapi/cmi5/context/extensions/sessionid'
					] = other.launchData.contextTemplate.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid'];
				})
			)
		).toBe(400);
		// only the cmi5-defined verbs an AU sends; not LMS-only ones, not others
		for (const verb of ['experienced', 'answered', 'satisfied', 'waived'])
			expect(await status(statement(l, verb))).toBe(400);
		expect(await status(statement(l, 'completed', { completion: false }))).toBe(400);
		// (deliberately not an xAPI statement: the one body here that xapi-validation refuses too)
		expect(await status({ verb: 'completed' })).toBe(400);
		// no token, a made-up token, a token whose module is no longer published
		expect(await status(statement(l, 'completed', { completion: true }), '')).toBe(401);
		expect(
			await status(
				statement(l, 'completed', { completion: true }),
				Buffer.from('cmi5:guess-guess-guess').toString('base64')
			)
		).toBe(401);
		// reading another learner's launch data
		expect((await call(stateRoute.GET, 'GET', stateUrl({ ...l, actor: other.actor }), { token: l.token })).status).toBe(
			403
		);
		expect(
			(await call(stateRoute.GET, 'GET', stateUrl({ ...l, registration: other.registration }), { token: l.token }))
				.status
		).toBe(403);
		// none of it moved the module
		expect((await bites.myProgress(learner)).get(moduleId)?.completed_at).toBeNull();
		await bites.setPublished(admin, moduleId, false);
		expect(await status(statement(l, 'completed', { completion: true }))).toBe(401);
	});

	it('stop answering a deactivated member’s token', async () => {
		const { moduleId } = await importCmi5(admin);
		const { learner: person } = await makeBitesPeople();
		const l = await launch(person, moduleId).catch(() => null);
		// (another organisation's person cannot launch this organisation's module at all)
		expect(l).toBeNull();
		const own = await launch(manager, moduleId);
		expect((await send(own, statement(own, 'initialized'))).status).toBe(200);
		const membership = () =>
			db().updateTable('memberships').where('user_id', '=', manager.userId).where('org_id', '=', manager.orgId);
		await membership().set({ deactivated_at: new Date().toISOString() }).execute();
		try {
			expect((await send(own, statement(own, 'completed', { completion: true }))).status).toBe(401);
		} finally {
			await membership().set({ deactivated_at: null }).execute();
		}
	});
});

describe('a package module in a public collection', () => {
	it('plays for an external learner and records their progress (SCORM and cmi5)', async () => {
		const scorm = await bites.importPackage(admin, { bytes: samplePackage(), language: 'en', fileName: 's.zip' });
		await bites.setPublished(admin, scorm.moduleId, true);
		const cmi5 = await importCmi5(admin);
		const collection = await bites.createCollection(admin, {
			title: 'Open courses',
			description: '',
			moduleIds: [scorm.moduleId, cmi5.moduleId]
		});
		const token = (await bites.setCollectionPublished(admin, collection.id, true))!;
		const { secret } = (await bites.joinCollection(token, { name: 'Eva Extern', email: 'eva@example.test' })) as {
			secret: string;
		};
		const ctx = { origin: ORIGIN };

		const first = await bites.external.play(token, secret, scorm.moduleId, ctx);
		expect(first.package?.standard).toBe('scorm2004');
		await bites.external.packageResult(token, secret, scorm.moduleId, { completed: true, score: 70 }, ctx);
		expect((await bites.external.play(token, secret, scorm.moduleId, ctx)).score).toBe(70);
		// a native module of the collection is no package
		await expect(
			bites.external.packageResult(token, secret, 'x'.repeat(22), { completed: true }, ctx)
		).rejects.toThrow();

		const played = await bites.external.play(token, secret, cmi5.moduleId, ctx);
		const q = new URL(played.package!.url, ORIGIN).searchParams;
		const learnerId = JSON.parse(q.get('actor')!).account.name;
		const fetched = await call(fetchRoute.POST, 'POST', q.get('fetch')!, {
			params: { secret: q.get('fetch')!.split('/').pop()! },
			version: null
		});
		const l = {
			endpoint: q.get('endpoint')!,
			actor: JSON.parse(q.get('actor')!),
			registration: q.get('registration')!,
			activityId: q.get('activityId')!,
			token: ((await fetched.json()) as { 'auth-token': string })['auth-token']
		} as Launch;
		l.launchData = await (await call(stateRoute.GET, 'GET', stateUrl(l), { token: l.token })).json();
		const body = [
			statement(l, 'initialized'),
			statement(l, 'completed', { completion: true }),
			statement(l, 'passed', { success: true, score: { scaled: 1 } }),
			statement(l, 'terminated')
		];
		expect((await send(l, body)).status).toBe(200);
		const page = await bites.external.collectionPage(token, secret);
		expect(page.completed).toEqual({ [scorm.moduleId]: 70, [cmi5.moduleId]: 100 });
		expect(learnerId).not.toBe(admin.userId);
	});
});
