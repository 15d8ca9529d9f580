// Reads the live schema (SQLite or PostgreSQL) to find every table, every column and every column that
// points at a person: a foreign key to users, or a name that says so. The privacy tests compare this with
// the privacy registry, so a new table about people that export and erasure forget fails them.
import { sql } from 'kysely';
import { db, dbKind } from '../../../src/lib/server/db/current';
import { PERSON_TABLES, NO_PERSON_TABLES } from '../../../src/lib/server/privacy/index';

export interface Column {
	table: string;
	column: string;
	type: string;
}

const PERSON_NAME =
	/^(user_id|user_a|user_b|actor_id|author_id|owner_id|giver_id|receiver_id|holder_id|learner_id|guide_id|partner_id|challenger_id|buddy_id|participant_id|member_id|person_id|email|.*_by|.*_user_id|.*_email)$/;

export async function columns(): Promise<Column[]> {
	if (dbKind() === 'sqlite') {
		const r = await sql<Column>`
			select m.name as "table", p.name as "column", lower(p.type) as "type"
			from sqlite_master m join pragma_table_info(m.name) p
			where m.type = 'table' and m.name not like 'sqlite_%' and m.name not like 'kysely_%'`.execute(db());
		return r.rows;
	}
	const r = await sql<Column>`
		select table_name as "table", column_name as "column", lower(data_type) as "type"
		from information_schema.columns
		where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(db());
	return r.rows;
}

/** table.column pairs that are foreign keys to users.id */
export async function userForeignKeys(): Promise<Set<string>> {
	if (dbKind() === 'sqlite') {
		const r = await sql<{ table: string; column: string }>`
			select m.name as "table", f."from" as "column"
			from sqlite_master m join pragma_foreign_key_list(m.name) f
			where m.type = 'table' and f."table" = 'users'`.execute(db());
		return new Set(r.rows.map((x) => `${x.table}.${x.column}`));
	}
	const r = await sql<{ table: string; column: string }>`
		select cl.relname as "table", att.attname as "column"
		from pg_constraint c
		join pg_class cl on cl.oid = c.conrelid
		join pg_class ref on ref.oid = c.confrelid
		join pg_namespace n on n.oid = cl.relnamespace
		cross join lateral unnest(c.conkey) as k(attnum)
		join pg_attribute att on att.attrelid = c.conrelid and att.attnum = k.attnum
		where c.contype = 'f' and ref.relname = 'users' and n.nspname = current_schema()`.execute(db());
	return new Set(r.rows.map((x) => `${x.table}.${x.column}`));
}

/** Every column that points at a person, discovered from the schema. */
export async function personColumns(): Promise<Column[]> {
	const fks = await userForeignKeys();
	// A reference to a person is text (our ids, addresses); an integer named `email` is a preference flag.
	const text = (c: Column) => /text|char/.test(c.type);
	return (await columns()).filter(
		(c) => c.table !== 'users' && (fks.has(`${c.table}.${c.column}`) || (text(c) && PERSON_NAME.test(c.column)))
	);
}

/** What the registry does not cover: unknown tables, and person columns without a rule. */
export async function uncovered(): Promise<string[]> {
	const known = new Set<string>([...Object.keys(PERSON_TABLES), ...NO_PERSON_TABLES]);
	const missing = new Set<string>();
	for (const c of await columns()) if (!known.has(c.table)) missing.add(`table ${c.table}`);
	for (const c of await personColumns()) {
		const spec = PERSON_TABLES[c.table];
		if (!spec || !(c.column in spec.columns || spec.emailColumn === c.column)) missing.add(`${c.table}.${c.column}`);
	}
	return [...missing].sort();
}

/** The person columns whose rule erases or anonymises an account's id (not external learners' emails). */
export async function accountColumns(): Promise<Column[]> {
	return (await personColumns()).filter((c) => {
		const spec = PERSON_TABLES[c.table];
		return spec && spec.columns[c.column] && spec.columns[c.column] !== 'external';
	});
}
