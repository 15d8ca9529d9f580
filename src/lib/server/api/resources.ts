// What /api/v1 serves: each resource asks the module that owns its data, with the token's actor, through the
// same functions the pages call — so the API sees exactly what its owner sees in the app, and a refusal there
// (Forbidden, NotFound) is the API's 403/404. Survey answers and private peer feedback have no resource here.
import * as auth from '../auth/index';
import * as orgs from '../orgs/index';
import * as learning from '../learning/index';
import * as actions from '../actions/index';
import * as bites from '../bites/index';
import type { Actor } from '../actor';
import { todayIn } from '$lib/actions/labels';
import { currentLocale } from '$lib/actions/locale';
import type { Scope } from './scopes';
import { paginate, type Page } from './pagination';

type Params = Record<string, string>;

export interface Resource {
	/** the path under /api/v1, with {name} for a parameter */
	path: string;
	scope: Scope;
	/** one's own learning: personal tokens only */
	personal?: boolean;
	/** a list (paged) or one record */
	list: boolean;
	summary: string;
	/** the OpenAPI schema of one item (or of the record) */
	item: Record<string, unknown>;
	read(actor: Actor, params: Params, query: URLSearchParams): Promise<unknown>;
}

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const obj = (properties: Record<string, unknown>) => ({
	type: 'object',
	properties,
	required: Object.keys(properties)
});
const arr = (items: unknown) => ({ type: 'array', items });

const person = obj({ id: str, name: str, email: str, role: str });

const list =
	<T extends { id: string }>(fn: (actor: Actor, params: Params) => Promise<T[]>) =>
	async (actor: Actor, params: Params, query: URLSearchParams): Promise<Page<T>> =>
		paginate(await fn(actor, params), query);

export const RESOURCES: Resource[] = [
	{
		path: '/people',
		scope: 'people:read',
		list: true,
		summary: "The organisation's people, as on /members (admins only)",
		item: obj({ id: str, name: str, email: str, role: str, active: bool }),
		read: list(async (actor) =>
			(await auth.membersOverview(actor)).members.map((p) => ({
				id: p.id,
				name: p.name,
				email: p.email,
				role: p.role,
				active: !p.deactivated_at
			}))
		)
	},
	{
		path: '/teams',
		scope: 'teams:read',
		list: true,
		summary: 'Every team with its size, as on /teams',
		item: obj({ id: str, name: str, memberCount: int }),
		read: list(async (actor) =>
			(await orgs.teamsOverview(actor)).teams.map((t) => ({
				id: t.id,
				name: t.name,
				memberCount: Number(t.member_count)
			}))
		)
	},
	{
		path: '/teams/{team}',
		scope: 'teams:read',
		list: false,
		summary: 'A team and its members, as on /teams/{team}',
		item: obj({ id: str, name: str, members: arr(person) }),
		read: async (actor, params) => {
			const page = await orgs.teamOverview(actor, params.team);
			return {
				...page.team,
				members: page.members.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role }))
			};
		}
	},
	{
		path: '/teams/{team}/actions',
		scope: 'actions:read',
		list: true,
		summary: "The team's action plan, as on /actions/teams/{team}",
		item: obj({
			id: str,
			title: str,
			status: str,
			source: str,
			ownerName: nullableStr,
			dimension: nullableStr,
			startDate: nullableStr,
			dueDate: nullableStr,
			reviewDate: nullableStr,
			createdAt: str,
			updatedAt: str
		}),
		read: list(async (actor, params) => {
			await actions.planAccess(actor, params.team);
			return (await actions.getPlan(actor, params.team, currentLocale())).map((i) => ({
				id: i.id,
				title: i.title,
				status: i.status,
				source: i.source,
				ownerName: i.ownerName,
				dimension: i.dimension,
				startDate: i.startDate,
				dueDate: i.dueDate,
				reviewDate: i.reviewDate,
				createdAt: i.createdAt,
				updatedAt: i.updatedAt
			}));
		})
	},
	{
		path: '/actions',
		scope: 'actions:read',
		list: true,
		summary: 'The action plans the token may see, with counts per status, as on /actions',
		item: obj({ id: str, name: str, counts: { type: 'object', additionalProperties: int }, overdue: int }),
		read: list(async (actor) =>
			(await actions.listPlans(actor, todayIn())).map((p) => ({
				id: p.id,
				name: p.name,
				counts: p.counts,
				overdue: p.overdue
			}))
		)
	},
	{
		path: '/programmes',
		scope: 'programmes:read',
		list: true,
		summary: "The organisation's learning programmes, as on /learning",
		item: obj({ id: str, name: str, kind: str, cadence: str, teamId: str, teamName: str, startDate: str }),
		read: list(async (actor) =>
			(await learning.listProgrammes(actor)).map((p) => ({
				id: p.id,
				name: p.name,
				kind: p.kind,
				cadence: p.cadence,
				teamId: p.team_id,
				teamName: p.team_name,
				startDate: p.start_date
			}))
		)
	},
	{
		path: '/programmes/{programme}',
		scope: 'programmes:read',
		list: false,
		summary: 'A programme, its participants and pairs, as on /learning/programmes/{programme}',
		item: obj({
			id: str,
			name: str,
			kind: str,
			team: obj({ id: str, name: str }),
			participants: arr(obj({ id: str, name: str, role: str })),
			pairs: arr(obj({ id: str, guideName: str, learnerName: str, round: int, firstDate: nullableStr }))
		}),
		read: async (actor, params) => {
			const page = await learning.programmePage(actor, params.programme);
			return {
				id: page.programme.id,
				name: page.programme.name,
				kind: page.programme.kind,
				team: page.team,
				participants: page.participants.map((p) => ({ id: p.userId, name: p.name, role: p.role })),
				pairs: page.pairs.map((p) => ({
					id: p.id,
					guideName: p.guideName,
					learnerName: p.learnerName,
					round: p.round,
					firstDate: p.firstDate
				}))
			};
		}
	},
	{
		path: '/credentials',
		scope: 'credentials:read',
		list: true,
		summary: 'Credentials the organisation issued, as on /bites/credentials/manage (admins only)',
		item: obj({ id: str, title: str, holderName: str, issuedAt: str, revoked: bool }),
		read: list(async (actor) =>
			(await bites.listIssued(actor)).map((c) => ({
				id: c.id,
				title: c.title,
				holderName: c.holderName,
				issuedAt: c.issuedAt,
				revoked: c.revoked
			}))
		)
	},
	{
		path: '/me/credentials',
		scope: 'credentials:read',
		personal: true,
		list: true,
		summary: "The token's person's own credentials, as on /bites/credentials",
		item: obj({ id: str, title: str, issuedAt: str, validUntil: nullableStr, revoked: bool }),
		read: list(async (actor) =>
			(await bites.listMyCredentials(actor)).map((c) => ({
				id: c.id,
				title: c.title,
				issuedAt: c.issuedAt,
				validUntil: c.validUntil,
				revoked: c.revoked
			}))
		)
	},
	{
		path: '/me/bites',
		scope: 'bites:read',
		personal: true,
		list: true,
		summary: "The token's person's progress in each published bite, as on /bites",
		item: obj({ id: str, title: str, started: bool, completed: bool, score: { type: ['number', 'null'] } }),
		read: list(async (actor) => {
			const [library, progress] = await Promise.all([bites.listPublishedModules(actor), bites.myProgress(actor)]);
			return library.map((m) => {
				const p = progress.get(m.id);
				return { id: m.id, title: m.title, started: !!p, completed: !!p?.completed_at, score: p?.score ?? null };
			});
		})
	}
];

/** The resource served at this path pattern (as written in RESOURCES). */
export function resourceAt(path: string): Resource {
	const resource = RESOURCES.find((r) => r.path === path);
	if (!resource) throw new Error(`no API resource at ${path}`);
	return resource;
}
