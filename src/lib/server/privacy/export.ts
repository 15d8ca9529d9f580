// Downloads: everything the database holds about one person (for them), and the organisation's records (for
// its admin). Secrets (password and token hashes, signing keys) never leave. The organisation's download
// obeys the same rules as every other way out: private peer feedback stays with the giver's and the
// receiver's own downloads, and survey answers, comments, counts and who answered leave only through the
// results views (minimum group size, published steps) — the download lists each round with the address
// of its results instead.
import { db } from '../db/current';
import type { Database } from '../db/schema';
import { authorize } from '../policy';
import { record } from '../audit/index';
import { boardIdsOf, boardSnapshot, boardSyncAvailable } from '../boards/index';
import type { Actor } from '../actor';
import { PERSON_TABLES, SECRET_COLUMNS, ORG_EXPORT_TABLES, type PrivacyModule, type RegistryDb } from './registry';

type Row = Record<string, unknown>;

export interface PersonExport {
	format: 'samspil-person-export/1';
	exportedAt: string;
	person: Row;
	/** table → the rows that hold the person's id (or address) */
	tables: Record<string, Row[]>;
	/** the same tables grouped by the module they belong to, for the readable page */
	modules: Record<PrivacyModule, string[]>;
}

const anyDb = () => db() as unknown as RegistryDb;

function withoutSecrets(table: string, row: Row): Row {
	const secret = new Set([...(PERSON_TABLES[table]?.secretColumns ?? [])]);
	const out: Row = {};
	for (const [k, v] of Object.entries(row)) {
		if (SECRET_COLUMNS.has(k) || secret.has(k)) continue;
		out[k] = v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v;
	}
	return out;
}

/** The rows of one table that are about the person: any person column holds their id, or their address. */
export async function personRows(k: RegistryDb, table: string, person: { id: string; email: string }): Promise<Row[]> {
	const spec = PERSON_TABLES[table];
	const idColumns = Object.entries(spec.columns)
		.filter(([, e]) => e !== 'external')
		.map(([c]) => c);
	return k
		.selectFrom(table)
		.selectAll()
		.where((eb) =>
			eb.or([
				...idColumns.map((c) => eb(c, '=', person.id)),
				...(spec.emailColumn ? [eb(spec.emailColumn, '=', person.email)] : []),
				// an audit line about the person (their role changed) names them as its target
				...(spec.mentionColumns ?? []).filter((c) => c === 'target').map((c) => eb(c, '=', person.id))
			])
		)
		.execute();
}

/** Everything about one person, across every organisation they belong to. No authorisation: callers decide. */
export async function collectPersonData(userId: string, now = new Date()): Promise<PersonExport> {
	const user = await db().selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
	const tables: Record<string, Row[]> = {};
	const modules = {} as Record<PrivacyModule, string[]>;
	for (const [table, spec] of Object.entries(PERSON_TABLES)) {
		if (spec.columns.id === 'account') continue;
		const rows = await personRows(anyDb(), table, user);
		if (!rows.length) continue;
		tables[table] = rows.map((r) => withoutSecrets(table, r));
		(modules[spec.module] ??= []).push(table);
	}
	return {
		format: 'samspil-person-export/1',
		exportedAt: now.toISOString(),
		person: withoutSecrets('users', user),
		tables,
		modules
	};
}

/** The signed-in person's own data. */
export async function exportMyData(actor: Actor, now = new Date()): Promise<PersonExport> {
	authorize(actor, 'privacy.self', { orgId: actor.orgId });
	// Recorded first, so the download includes its own audit line.
	await record({ orgId: actor.orgId, actor, action: 'privacy.export_self' });
	return collectPersonData(actor.userId, now);
}

/** A survey round in the organisation's export: what it was and where its results are, never its answers. */
export interface RoundPointer {
	id: string;
	surveyId: string;
	name: string;
	opensOn: string;
	closesOn: string;
	closedAt: string | null;
	teamIds: string[];
	/** the results page and its exports, which apply the anonymity rules to whoever opens them */
	results: { page: string; json: string; csv: string };
}

export interface OrgExport {
	format: 'samspil-organisation-export/2';
	exportedAt: string;
	organisation: Row;
	/** the members' accounts (no password hashes) */
	people: Row[];
	/** the organisation's records, table by table (ORG_EXPORT_TABLES: nothing private or anonymous) */
	tables: Record<string, Row[]>;
	/** each board's content as read from its document (when the sync server runs) */
	boards: Record<string, unknown>;
	surveys: { rounds: RoundPointer[] };
}

/** Each round of the exported survey_rounds rows, with the addresses of its results. */
function roundPointers(tables: Record<string, Row[]>, origin: string): RoundPointer[] {
	const teams = new Map<string, string[]>();
	for (const t of tables.survey_round_teams ?? [])
		teams.set(String(t.round_id), [...(teams.get(String(t.round_id)) ?? []), String(t.team_id)]);
	return (tables.survey_rounds ?? []).map((r) => {
		const base = `${origin}/surveys/rounds/${r.id}`;
		return {
			id: String(r.id),
			surveyId: String(r.survey_id),
			name: String(r.name),
			opensOn: String(r.opens_on),
			closesOn: String(r.closes_on),
			closedAt: (r.closed_at as string | null) ?? null,
			teamIds: teams.get(String(r.id)) ?? [],
			results: { page: `${base}/results`, json: `${base}/results.json`, csv: `${base}/results.csv` }
		};
	});
}

/** The organisation's records, for its admin. `origin` makes the survey results' addresses absolute. */
export async function exportOrganisation(actor: Actor, now = new Date(), origin = ''): Promise<OrgExport> {
	authorize(actor, 'privacy.org.export', { orgId: actor.orgId });
	await record({ orgId: actor.orgId, actor, action: 'privacy.export_org' });
	const k = anyDb();
	const organisation = await db()
		.selectFrom('orgs')
		.selectAll()
		.where('id', '=', actor.orgId)
		.executeTakeFirstOrThrow();
	const people = await db()
		.selectFrom('users')
		.innerJoin('memberships', 'memberships.user_id', 'users.id')
		.select([
			'users.id',
			'users.email',
			'users.name',
			'users.locale',
			'users.time_zone',
			'users.created_at',
			'memberships.role'
		])
		.where('memberships.org_id', '=', actor.orgId)
		.execute();
	const tables: Record<string, Row[]> = {};
	for (const table of ORG_EXPORT_TABLES) {
		const rows: Row[] = await k.selectFrom(table).selectAll().where('org_id', '=', actor.orgId).execute();
		tables[table] = rows.map((r) => withoutSecrets(table, r));
	}
	const boards: Record<string, unknown> = {};
	if (boardSyncAvailable()) for (const id of await boardIdsOf(actor.orgId)) boards[id] = await boardSnapshot(actor, id);
	const surveys = { rounds: roundPointers(tables, origin.replace(/\/$/, '')) };
	return {
		format: 'samspil-organisation-export/2',
		exportedAt: now.toISOString(),
		organisation,
		people,
		tables,
		boards,
		surveys
	};
}

export type { Database };
