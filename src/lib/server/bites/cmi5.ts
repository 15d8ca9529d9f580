// cmi5 packages played inside Samspil (issue 23): Samspil is the LMS side of cmi5 for the package's first assignable
// unit (AU). Opening the module makes a launch session: the AU gets, in its URL, the cmi5 launch parameters — the
// xAPI endpoint below, a fetch URL that hands out an auth token once, the learner as an opaque xAPI account, the
// registration (one per learner and module) and the AU's activity id. The AU then speaks a small xAPI subset:
// LMS.LaunchData (GET), cmi5LearnerPreferences (GET) and its cmi5-defined statements (POST/PUT). Only what they
// say about completion, success and score is kept, on the session row; no statement is stored. Every request
// carries `Authorization: Basic <auth-token>`, which is bound to one session (learner, module, registration) and
// expires with the package's file grant; the AU plays in a sandboxed frame (opaque origin, no cookies), so these
// endpoints answer any origin (CORS) and act only on the token.
import { randomUUID } from 'node:crypto';
import { db } from '../db/current';
import { hashToken, newToken, nowIso } from '../ids';
import { memberLearner, type Learner } from './learners';
import { loadActor } from '../auth/index';
import { auActivityId } from './cmi5-launch';
import type { Cmi5Course, MoveOn } from './package-reader';
import * as player from './player';

export const XAPI_VERSION = '1.0.3';
const VERB = 'http://adlnet.gov/expapi/verbs/';
/** The verbs an AU may send as cmi5-defined statements (cmi5 section 9.3); the LMS-only ones are not among them. */
export const CMI5_VERBS = ['initialized', 'completed', 'passed', 'failed', 'terminated'] as const;
type Cmi5Verb = (typeof CMI5_VERBS)[number];
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** An answer to the AU that is not 2xx: the status and a short reason (xAPI wants 400/401/403/404). */
export class XapiRefusal extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

/** Internal: the course a package row keeps (package-reader.ts), or null for a SCORM package. */
export function courseOf(cmi5: string | null): Cmi5Course | null {
	return cmi5 ? (JSON.parse(cmi5) as Cmi5Course) : null;
}

/**
 * The fetch URL (cmi5 section 8.2): the launch's auth token, once. A second call, an unknown or an expired URL get
 * the cmi5 error JSON (error-code 1: already in use, 2: expired, 3: general error).
 */
export async function fetchAuthToken(secret: string, now = new Date()) {
	const fail = (code: '1' | '2' | '3', text: string) => ({
		status: 400,
		body: { 'error-code': code, 'error-text': text }
	});
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return fail('3', 'Unknown fetch URL');
	const row = await db()
		.selectFrom('bite_cmi5_sessions')
		.select(['id', 'expires_at', 'fetched_at'])
		.where('fetch_hash', '=', hashToken(secret))
		.executeTakeFirst();
	if (!row) return fail('3', 'Unknown fetch URL');
	if (row.fetched_at) return fail('1', 'Already in use');
	if (row.expires_at < nowIso(now.getTime())) return fail('2', 'Expired');
	// "Basic" credentials as xAPI expects them (a user name and a secret, base64); only its hash is kept.
	const token = Buffer.from(`cmi5:${newToken()}`).toString('base64');
	const used = await db()
		.updateTable('bite_cmi5_sessions')
		.set({ fetched_at: nowIso(now.getTime()), token_hash: hashToken(token) })
		.where('id', '=', row.id)
		.where('fetched_at', 'is', null)
		.executeTakeFirst();
	if (Number(used.numUpdatedRows) !== 1) return fail('1', 'Already in use');
	return { status: 200, body: { 'auth-token': token } };
}

type Session = Awaited<ReturnType<typeof sessionOf>>;

/** The session an `Authorization: Basic <auth-token>` header opens, while it holds and its module is playable. */
async function sessionOf(authorization: string | null, now: Date) {
	const match = /^Basic ([A-Za-z0-9+/=]{20,200})$/.exec(authorization?.trim() ?? '');
	if (!match) throw new XapiRefusal(401, 'An auth token from the fetch URL is needed');
	const row = await db()
		.selectFrom('bite_cmi5_sessions')
		.innerJoin('bite_packages', 'bite_packages.id', 'bite_cmi5_sessions.package_id')
		.innerJoin('bite_modules', 'bite_modules.id', 'bite_cmi5_sessions.module_id')
		.selectAll('bite_cmi5_sessions')
		.select(['bite_packages.cmi5 as course', 'bite_modules.published'])
		.where('bite_cmi5_sessions.token_hash', '=', hashToken(match[1]))
		.whereRef('bite_modules.org_id', '=', 'bite_cmi5_sessions.org_id')
		.whereRef('bite_packages.org_id', '=', 'bite_cmi5_sessions.org_id')
		.executeTakeFirst();
	if (!row || row.expires_at < nowIso(now.getTime()) || row.published !== 1)
		throw new XapiRefusal(401, 'Not authorised');
	const course = courseOf(row.course);
	if (!course) throw new XapiRefusal(401, 'Not authorised');
	const learner = await learnerOf(row.learner_kind, row.learner_id, row.org_id);
	if (!learner) throw new XapiRefusal(401, 'Not authorised');
	return { ...row, course, learner };
}

/** The learner behind a session: still an active member of the organisation, or an external learner of a
 * collection that is still published. */
async function learnerOf(kind: 'member' | 'external', id: string, orgId: string): Promise<Learner | null> {
	if (kind === 'member') {
		// loadActor is null for someone deactivated or no longer in the organisation
		const actor = await loadActor(id, orgId);
		return actor ? memberLearner(actor) : null;
	}
	const row = await db()
		.selectFrom('bite_learners')
		.innerJoin('bite_collections', 'bite_collections.id', 'bite_learners.collection_id')
		.select(['bite_learners.id', 'bite_learners.name', 'bite_learners.email'])
		.where('bite_learners.id', '=', id)
		.where('bite_learners.org_id', '=', orgId)
		// their collection still published: its modules are theirs to play only while it is
		.where('bite_collections.public_token', 'is not', null)
		.executeTakeFirst();
	return row ? { id: row.id, orgId, kind, name: row.name, email: row.email } : null;
}

function requireVersion(version: string | null) {
	if (!version || !/^1\.0(\.\d+)?$/.test(version.trim()))
		throw new XapiRefusal(400, 'X-Experience-API-Version 1.0.x is required');
}

/** Is this agent (a JSON query parameter or a statement's actor) the session's learner? */
function sameAgent(agent: unknown, origin: string, learnerId: string) {
	if (!agent || typeof agent !== 'object') return false;
	const account = (agent as { account?: { homePage?: unknown; name?: unknown } }).account;
	return !!account && account.homePage === origin && account.name === learnerId;
}

function parseAgent(value: string | null) {
	try {
		return value ? (JSON.parse(value) as unknown) : null;
	} catch {
		throw new XapiRefusal(400, 'agent is not JSON');
	}
}

/** The launch's own query parameters must name the session's AU, learner and registration; else 403. */
function requireOwnQuery(s: Session, origin: string, q: URLSearchParams, { registration }: { registration: boolean }) {
	if (!sameAgent(parseAgent(q.get('agent')), origin, s.learner_id)) throw new XapiRefusal(403, 'Another agent');
	if (q.has('activityId') && q.get('activityId') !== auActivityId(origin, s.module_id))
		throw new XapiRefusal(403, 'Another activity');
	if (registration && q.get('registration') !== s.registration) throw new XapiRefusal(403, 'Another registration');
}

/** An activities/state request of the token's session: its version, the ids it must name, and only its own. */
async function stateRequest(
	authorization: string | null,
	version: string | null,
	q: URLSearchParams,
	origin: string,
	now: Date
) {
	const s = await sessionOf(authorization, now);
	requireVersion(version);
	if (!q.get('activityId') || !q.get('agent') || !q.get('stateId'))
		throw new XapiRefusal(400, 'activityId, agent and stateId are required');
	requireOwnQuery(s, origin, q, { registration: q.has('registration') });
	return s;
}

/** GET activities/state: LMS.LaunchData for the session (cmi5 section 10); no other state is kept here. */
export async function readState(
	authorization: string | null,
	version: string | null,
	q: URLSearchParams,
	origin: string,
	now = new Date()
) {
	const s = await stateRequest(authorization, version, q, origin, now);
	if (q.get('stateId') !== 'LMS.LaunchData') throw new XapiRefusal(404, 'No such state');
	const au = s.course.au;
	return {
		contextTemplate: {
			contextActivities: { grouping: [{ objectType: 'Activity', id: au.id }] },
			extensions: { [SESSION_EXTENSION]: s.id }
		},
		launchMode: 'Normal',
		launchMethod: 'AnyWindow',
		moveOn: au.moveOn,
		...(au.masteryScore !== null ? { masteryScore: au.masteryScore } : {}),
		...(au.launchParameters ? { launchParameters: au.launchParameters } : {})
	};
}

/**
 * PUT/POST activities/state: LMS.LaunchData is the LMS's to write (403). Any other state an AU keeps (a bookmark)
 * is accepted and not stored: a later GET of it answers 404, which AUs take as "nothing saved".
 */
export async function writeState(
	authorization: string | null,
	version: string | null,
	q: URLSearchParams,
	origin: string,
	now = new Date()
) {
	await stateRequest(authorization, version, q, origin, now);
	if (q.get('stateId') === 'LMS.LaunchData') throw new XapiRefusal(403, 'LMS.LaunchData is written by the LMS');
}

/** GET agents/profile: cmi5LearnerPreferences, the learner's UI language at launch. */
export async function readAgentProfile(
	authorization: string | null,
	version: string | null,
	q: URLSearchParams,
	origin: string,
	now = new Date()
) {
	const s = await sessionOf(authorization, now);
	requireVersion(version);
	if (!sameAgent(parseAgent(q.get('agent')), origin, s.learner_id)) throw new XapiRefusal(403, 'Another agent');
	if (q.get('profileId') !== 'cmi5LearnerPreferences') throw new XapiRefusal(404, 'No such profile');
	return { languagePreference: s.language, audioPreference: 'on' };
}

interface Statement {
	id?: unknown;
	actor?: unknown;
	verb?: { id?: unknown };
	object?: { id?: unknown; objectType?: unknown };
	result?: { completion?: unknown; success?: unknown; score?: { scaled?: unknown } };
	context?: {
		registration?: unknown;
		contextActivities?: { category?: { id?: unknown }[] };
		extensions?: Record<string, unknown>;
	};
}

/** The verb of a statement the session's AU may send, or a refusal (cmi5 sections 9.3 and 9.5). */
function checkStatement(st: Statement, s: Session, origin: string): { verb: Cmi5Verb; score: number | null } {
	if (!st || typeof st !== 'object' || Array.isArray(st)) throw new XapiRefusal(400, 'A statement is an object');
	if (st.id !== undefined && (typeof st.id !== 'string' || !UUID.test(st.id)))
		throw new XapiRefusal(400, 'A statement id is a UUID');
	if (!st.actor || !st.verb || typeof st.verb.id !== 'string' || !st.object || typeof st.object.id !== 'string')
		throw new XapiRefusal(400, 'A statement needs an actor, a verb and an object');
	if (!sameAgent(st.actor, origin, s.learner_id)) throw new XapiRefusal(403, 'Another actor');
	if (st.context?.registration !== s.registration) throw new XapiRefusal(403, 'Another registration');
	if (st.object.id !== auActivityId(origin, s.module_id)) throw new XapiRefusal(403, 'Another activity');
	const verb = st.verb.id.startsWith(VERB) ? (st.verb.id.slice(VERB.length) as Cmi5Verb) : null;
	if (!verb || !CMI5_VERBS.includes(verb)) throw new XapiRefusal(400, 'Only cmi5-defined verbs are accepted here');
	if (st.context?.extensions?.[SESSION_EXTENSION] !== s.id)
		throw new XapiRefusal(400, 'The session id is not this launch’s');
	if (!(st.context?.contextActivities?.category ?? []).some((c) => c?.id === CMI5_CATEGORY))
		throw new XapiRefusal(400, 'A cmi5-defined statement has the cmi5 category');
	const scaled = st.result?.score?.scaled;
	if (scaled !== undefined && (typeof scaled !== 'number' || scaled < -1 || scaled > 1))
		throw new XapiRefusal(400, 'result.score.scaled is a number from -1 to 1');
	const mastery = s.course.au.masteryScore;
	if (verb === 'completed' && st.result?.completion !== true)
		throw new XapiRefusal(400, 'A completed statement has result.completion true');
	if (
		verb === 'passed' &&
		(st.result?.success !== true || (mastery !== null && typeof scaled === 'number' && scaled < mastery))
	)
		throw new XapiRefusal(400, 'A passed statement has result.success true and a score at least the mastery score');
	if (
		verb === 'failed' &&
		(st.result?.success !== false || (mastery !== null && typeof scaled === 'number' && scaled >= mastery))
	)
		throw new XapiRefusal(400, 'A failed statement has result.success false and a score below the mastery score');
	if (
		(verb === 'passed' || verb === 'failed') &&
		mastery !== null &&
		st.context?.extensions?.[MASTERY_EXTENSION] !== undefined &&
		st.context.extensions[MASTERY_EXTENSION] !== mastery
	)
		throw new XapiRefusal(400, 'The mastery score is not the one in LMS.LaunchData');
	const score =
		typeof scaled === 'number' && (verb === 'completed' || verb === 'passed' || verb === 'failed')
			? Math.max(0, Math.round(scaled * 100))
			: null;
	return { verb, score };
}

const satisfies: Record<MoveOn, (completed: boolean, passed: boolean) => boolean> = {
	Completed: (c) => c,
	Passed: (_c, p) => p,
	CompletedAndPassed: (c, p) => c && p,
	CompletedOrPassed: (c, p) => c || p,
	NotApplicable: () => true
};

/**
 * POST statements (one or a list) or PUT statements?statementId=…: cmi5-defined statements of this session's AU,
 * for its learner and registration, in order (initialized first, nothing after terminated). What they say about
 * completion, success and score goes to the session row and then to the module's progress; the statements are
 * not stored. Returns the statements' ids (POST) — a refusal refuses the whole request, as xAPI wants.
 */
export async function postStatements(
	authorization: string | null,
	version: string | null,
	body: unknown,
	origin: string,
	opts: { statementId?: string | null; now?: Date } = {}
) {
	const now = opts.now ?? new Date();
	const s = await sessionOf(authorization, now);
	requireVersion(version);
	const list = (Array.isArray(body) ? body : [body]) as Statement[];
	if (!list.length || list.length > 50) throw new XapiRefusal(400, 'From 1 to 50 statements');
	if (opts.statementId !== undefined) {
		if (Array.isArray(body) || !opts.statementId || !UUID.test(opts.statementId))
			throw new XapiRefusal(400, 'PUT takes one statement and its statementId');
		const given = (body as Statement | null)?.id;
		if (given !== undefined && given !== opts.statementId)
			throw new XapiRefusal(400, 'The statementId differs from the statement’s id');
	}
	const checked = list.map((st) => checkStatement(st, s, origin));
	let initialized = s.initialized_at !== null;
	if (s.terminated_at) throw new XapiRefusal(403, 'The session is terminated');
	for (const [i, c] of checked.entries()) {
		if (c.verb === 'initialized') {
			if (initialized) throw new XapiRefusal(400, 'The session is already initialized');
			initialized = true;
		} else if (!initialized) throw new XapiRefusal(400, 'The first statement of a session is initialized');
		if (c.verb !== 'terminated' && checked.slice(0, i).some((e) => e.verb === 'terminated'))
			throw new XapiRefusal(403, 'The session is terminated');
	}
	const at = nowIso(now.getTime());
	const scores = checked.map((c) => c.score).filter((x): x is number => x !== null);
	const verbs = new Set(checked.map((c) => c.verb));
	await db()
		.updateTable('bite_cmi5_sessions')
		.set({
			initialized_at: s.initialized_at ?? (verbs.has('initialized') ? at : null),
			completed_at: s.completed_at ?? (verbs.has('completed') ? at : null),
			passed_at: s.passed_at ?? (verbs.has('passed') ? at : null),
			failed_at: s.failed_at ?? (verbs.has('failed') ? at : null),
			terminated_at: verbs.has('terminated') ? at : null,
			score: scores.length ? Math.max(s.score ?? 0, ...scores) : s.score
		})
		.where('id', '=', s.id)
		.execute();
	if (verbs.has('initialized') || verbs.has('completed') || verbs.has('passed') || verbs.has('failed'))
		await progressFromRegistration(s, { origin, now });
	const ids = list.map((st) => (typeof st.id === 'string' ? st.id : opts.statementId || randomUUID()));
	return ids;
}

/** The registration's outcome over all its sessions: moveOn satisfied or not, and its best score. */
async function progressFromRegistration(s: Session, ctx: player.PlayContext) {
	const rows = await db()
		.selectFrom('bite_cmi5_sessions')
		.select(['completed_at', 'passed_at', 'score'])
		.where('org_id', '=', s.org_id)
		.where('module_id', '=', s.module_id)
		.where('learner_id', '=', s.learner_id)
		.where('registration', '=', s.registration)
		.execute();
	const completed = rows.some((r) => r.completed_at);
	const passed = rows.some((r) => r.passed_at);
	const scores = rows.map((r) => r.score).filter((x): x is number => x !== null);
	await player.recordCmi5Outcome(
		s.learner,
		s.module_id,
		{ satisfied: satisfies[s.course.au.moveOn](completed, passed), score: scores.length ? Math.max(...scores) : null },
		ctx
	);
}
