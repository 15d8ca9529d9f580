// The authorisation matrix's rules for public routes: credentials, verification, health, metrics, accounts, guests and external learners.
import { ADMIN, SIGNED_IN_REDIRECT, app, pub, type Rule } from './rule';

export const PUBLIC: Record<string, Rule> = {
	// public: credentials, verification, health, metrics
	'GET /credentials/[org]': pub('ok'),
	'GET /credentials/[org]/achievements/[achievement]': pub('ok'),
	'GET /credentials/[org]/achievements/[achievement]/image.svg': pub('ok'),
	'GET /credentials/[org]/jwks.json': pub('ok'),
	'GET /credentials/[org]/status': pub('ok'),
	'GET /healthz': pub('ok'),
	// installing the app and its offline page (src/service-worker.ts) hold nothing of anyone's
	'GET /manifest.webmanifest': pub('ok'),
	'GET /offline': pub('ok'),
	// SCIM answers only an organisation's bearer token (test/e2e/scim.spec.ts): a session cookie of any role, or
	// none, is 401 alike, in either organisation; a token of one organisation never reaches another's records.
	...Object.fromEntries(
		[
			'GET /scim/v2/Users',
			'POST /scim/v2/Users',
			'GET /scim/v2/Users/[scimUser]',
			'PUT /scim/v2/Users/[scimUser]',
			'PATCH /scim/v2/Users/[scimUser]',
			'DELETE /scim/v2/Users/[scimUser]',
			'GET /scim/v2/Groups',
			'POST /scim/v2/Groups',
			'GET /scim/v2/Groups/[scimGroup]',
			'PUT /scim/v2/Groups/[scimGroup]',
			'PATCH /scim/v2/Groups/[scimGroup]',
			'DELETE /scim/v2/Groups/[scimGroup]',
			'GET /scim/v2/ServiceProviderConfig',
			'GET /scim/v2/ResourceTypes',
			'GET /scim/v2/Schemas'
		].map((k) => [k, pub(401)])
	),
	// The read API answers only API tokens (test/e2e/api.spec.ts, test/integration/api): a session cookie of any
	// role, or none, is 401 alike, in either organisation. Its description is public.
	...Object.fromEntries(
		[
			'GET /api/v1/people',
			'GET /api/v1/teams',
			'GET /api/v1/teams/[team]',
			'GET /api/v1/teams/[team]/actions',
			'GET /api/v1/actions',
			'GET /api/v1/programmes',
			'GET /api/v1/programmes/[programme]',
			'GET /api/v1/credentials',
			'GET /api/v1/me/credentials',
			'GET /api/v1/me/bites'
		].map((k) => [k, pub(401)])
	),
	'GET /api/openapi.json': pub('ok'),
	// A cmi5 AU's LMS endpoints (bites/cmi5.ts) answer only a launch's auth token, never a cookie: without one 401;
	// the fetch URL's unknown secret gets cmi5's error JSON (400); the preflight of the sandboxed frame is open.
	...Object.fromEntries(
		[
			'GET /api/cmi5/xapi/activities/state',
			'PUT /api/cmi5/xapi/activities/state',
			'POST /api/cmi5/xapi/activities/state',
			'GET /api/cmi5/xapi/agents/profile',
			'POST /api/cmi5/xapi/statements',
			'PUT /api/cmi5/xapi/statements'
		].map((k) => [k, pub(401)])
	),
	'POST /api/cmi5/fetch/[secret]': pub(400),
	...Object.fromEntries(
		[
			'OPTIONS /api/cmi5/fetch/[secret]',
			'OPTIONS /api/cmi5/xapi/activities/state',
			'OPTIONS /api/cmi5/xapi/agents/profile',
			'OPTIONS /api/cmi5/xapi/statements'
		].map((k) => [k, pub('ok')])
	),
	'GET /metrics': app(ADMIN, 403, { guest: 401, anon: 401 }),
	'GET /verify': pub('ok'),
	'POST /verify?/default': pub('ok'),
	// The demo shares no credential: an unknown share token is a 404 for everyone.
	'GET /verify/[token]': pub(404),

	// public: accounts
	'GET /invite/[token]': pub('ok'),
	'POST /invite/[token]?/default': pub('ok'),
	'GET /reset': pub('ok'),
	'POST /reset?/default': pub('ok'),
	'GET /reset/[token]': pub('ok'),
	'POST /reset/[token]?/default': pub('ok'),
	// The matrix's token is no unsubscribe token: the page says the link is not valid, and a post changes nothing.
	'GET /unsubscribe/[token]': pub('ok'),
	'POST /unsubscribe/[token]?/default': pub(404),
	// Set up already: the first-run page sends everyone to sign in.
	'GET /setup': pub('signin'),
	'POST /setup?/empty': pub('signin'),
	'POST /setup?/demo': pub('signin'),
	'GET /signin': pub('ok', SIGNED_IN_REDIRECT),
	'POST /signin?/default': pub('ok'),
	// The second step without a live challenge cookie goes back to the password step.
	'GET /signin/code': pub('signin'),
	'POST /signin/code?/default': pub('ok'),
	'GET /signout': pub('redirect'),
	// Single sign-on: the page and the provider's callback answer everyone alike (a callback without a sign-in under
	// way, or an organisation without SSO, goes back to /sso with a message).
	'GET /sso': pub('ok'),
	'GET /sso/[org]': pub('redirect'),
	'GET /sso/callback': pub('redirect'),
	'POST /signout?/default': pub('redirect'),

	// public: guests and external learners
	'GET /join': pub('ok'),
	'POST /join?/default': pub('ok'),
	'GET /join/[board]': { ...pub('redirect', { guest: 'ok' }), other: { guest: 403 } },
	'POST /join/[board]?/leave': pub('redirect'),
	'POST /join/[board]?/progress': { ...pub(403, { guest: 'ok' }), other: { guest: 403 } },
	'GET /privacy': pub('ok'),
	// the language switcher: anyone may choose a language; both answer with a redirect back
	'GET /language': pub('redirect'),
	'POST /language?/default': pub('redirect'),
	// the theme switcher: the same, kept in a cookie
	'GET /theme': pub('redirect'),
	'POST /theme?/default': pub('redirect'),
	'GET /public/bites/[collection]': pub('ok'),
	'POST /public/bites/[collection]?/join': pub('ok'),
	'POST /public/bites/[collection]?/share': pub('ok'),
	// the one-time link of a rejoining learner: a page with a button; a wrong link is refused in the form
	'GET /public/bites/[collection]/rejoin': pub('ok'),
	'POST /public/bites/[collection]/rejoin?/confirm': pub('ok'),
	'GET /public/bites/[collection]/[module]': pub('redirect'),
	...Object.fromEntries(
		['answer', 'next', 'back', 'restart', 'packageResult'].map((a) => [
			`POST /public/bites/[collection]/[module]?/${a}`,
			pub('redirect')
		])
	),
	'GET /public/bites/[collection]/credentials/[credential]/download': pub(404),
	'GET /public/bites/[collection]/credentials/[credential]/certificate.pdf': pub(404),
	'GET /public/calendar/[token].ics': pub(404)
};
