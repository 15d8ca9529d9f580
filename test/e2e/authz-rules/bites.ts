// The authorisation matrix's rules for learning bites: the modules, their authoring, downloads, challenges and credentials.
import { ADMIN, ALL, LEADS, app, pub, type Rule } from './rule';

export const BITES: Record<string, Rule> = {
	// bites
	'GET /bites': app(ALL),
	'GET /bites/[module]': app(ALL),
	'POST /bites/[module]?/answer': app(ALL),
	'POST /bites/[module]?/next': app(ALL),
	'POST /bites/[module]?/back': app(ALL),
	'POST /bites/[module]?/restart': app(ALL),
	'GET /bites/[module]/analytics': app(LEADS),
	'GET /bites/[module]/edit': app(LEADS),
	// The page is for everyone who assigns modules (read-only unless they wrote it); changing the module is for
	// its authors and admins (the demo's modules are the admin's), never another manager or a facilitator.
	...Object.fromEntries(
		['details', 'publish', 'text', 'editText', 'media', 'quiz', 'move', 'deleteCard', 'remove'].map((a) => [
			`POST /bites/[module]/edit?/${a}`,
			app(ADMIN)
		])
	),
	// downloadable documents, captions and the module as a PDF (issue 20.3)
	'POST /bites/[module]/edit?/download': app(ADMIN),
	'GET /bites/[module]/module.pdf': app(ALL),
	// LMS packages (issue 23): out for those who write and assign modules, in for the same people; an imported
	// package's files only with the grant the player page signs (no cookie reaches its sandbox), the result of playing
	// one for every learner (another module is not a package: 404 there)
	'GET /bites/[module]/package.zip': app(LEADS),
	'GET /bites/paths/[path]/package.zip': app(LEADS),
	'POST /bites/author?/importPackage': app(LEADS),
	'GET /bites/packages/[package]/[grant]/[...file]': pub(404),
	'POST /bites/[module]?/packageResult': app(ALL),
	'GET /public/bites/[collection]/[module]/module.pdf': pub(404),
	// the offline plan of an external learner: their cookie of this collection only, like the PDF
	'GET /public/bites/[collection]/offline.json': pub(404),
	'POST /bites/[module]/edit?/assign': app(LEADS),
	'POST /bites/[module]/edit?/unassign': app(LEADS),
	'GET /bites/[module]/preview': app(LEADS),
	'GET /bites/author': app(LEADS),
	'POST /bites/author?/create': app(LEADS),
	'POST /bites/author?/collection': app(LEADS),
	// learning paths (issue 20.2): written and assigned by those who write and assign modules; changed only by the
	// path's author and admins (the demo's path is the admin's)
	'GET /bites/paths': app(LEADS),
	'POST /bites/paths?/create': app(LEADS),
	'GET /bites/paths/[path]': app(LEADS),
	...Object.fromEntries(
		['details', 'addStep', 'moveStep', 'prerequisite', 'removeStep', 'remove'].map((a) => [
			`POST /bites/paths/[path]?/${a}`,
			app(ADMIN)
		])
	),
	'POST /bites/paths/[path]?/assign': app(LEADS),
	'POST /bites/paths/[path]?/unassign': app(LEADS),
	'GET /bites/challenges': app(ALL),
	'POST /bites/challenges?/create': app(ALL),
	// The admin's page answers the demo's challenge from Jonas (only the challenged person may) and stops sharing
	// with Mette (either of the two may); anyone else is told there is no such challenge.
	'POST /bites/challenges?/respond': app(ADMIN, 404),
	'POST /bites/challenges?/leave': app(['admin', 'manager'], 404),
	'GET /bites/collections/[collection]': app(['admin', 'facilitator']),
	'POST /bites/collections/[collection]?/save': app(['admin', 'facilitator']),
	'POST /bites/collections/[collection]?/publish': app(['admin', 'facilitator']),
	'GET /bites/credentials': app(ALL),
	'POST /bites/credentials?/share': app(ALL),
	'GET /bites/credentials/[credential]/download': app(['member'], 404),
	'GET /bites/credentials/[credential]/certificate.pdf': app(['member'], 404),
	'GET /bites/credentials/manage': app(ADMIN),
	'POST /bites/credentials/manage?/define': app(ADMIN),
	'POST /bites/credentials/manage?/update': app(ADMIN),
	'POST /bites/credentials/manage?/award': app(ADMIN),
	'POST /bites/credentials/manage?/revoke': app(ADMIN),
	// Media also serve external learners (by their cookie), so a visitor without one gets 404, not sign-in.
	'GET /bites/media/[media]': app(ALL, 403, { guest: 404, anon: 404 }),
	// What this person's device stores for offline use: their own assignments only.
	'GET /bites/offline.json': app(ALL),
	'GET /bites/review': app(ALL),
	'POST /bites/review?/answer': app(ALL),
	'GET /bites/settings': app(ADMIN),
	'POST /bites/settings?/save': app(ADMIN)
};
