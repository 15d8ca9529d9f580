// Erasing a person, and deleting an organisation.
//
// A person: rows that are theirs alone go; rows that are also someone else's record (a mentoring pair, a
// session log, feedback they gave, a board they made for a team, an audit line) stay and point at a fresh
// placeholder account ("deleted person": no email, no password, `erased_at` set) instead. The placeholder
// is new for each erasure, so unique keys never collide and nothing links it to the old id. Survey answers
// never held a person's id, so the aggregates are untouched; only "who has answered" goes. See registry.ts
// for the column-by-column rules.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid } from '../errors';
import { record } from '../audit/index';
import { log } from '../log';
import { confirmPassword, deleteSession } from '../auth/index';
import { anonymiseAuthor, boardIdsOf, deletePrivateDocs } from '../boards/index';
import { deleteDocuments } from '../sync/erase';
import { forgetDocuments } from '../live';
import { BELL_PREFIX, bellDocName } from '$lib/notify/bell';
import { deleteOrgMedia } from '../bites/index';
import { publishTeam } from '../learning/index';
import type { Actor } from '../actor';
import { PERSON_TABLES, PLACEHOLDER_NAME, type RegistryDb } from './registry';

export interface ErasureResult {
	placeholderId: string;
	/** organisations the person belonged to (each gets an audit line) */
	orgIds: string[];
	/** whether authorship inside board documents was rewritten (needs the sync server) */
	boardDocsRewritten: boolean;
}

/** Organisations where the person is the only admin: they must hand over first. */
export async function soleAdminOf(userId: string): Promise<{ id: string; name: string }[]> {
	const mine = await db()
		.selectFrom('memberships')
		.innerJoin('orgs', 'orgs.id', 'memberships.org_id')
		.select(['orgs.id', 'orgs.name'])
		.where('memberships.user_id', '=', userId)
		.where('memberships.role', '=', 'admin')
		.execute();
	const out = [];
	for (const org of mine) {
		const admins = await db()
			.selectFrom('memberships')
			.select('id')
			.where('org_id', '=', org.id)
			.where('role', '=', 'admin')
			.execute();
		if (admins.length <= 1) out.push(org);
	}
	return out;
}

function replaceAll(text: string, needles: string[], by: string) {
	let out = text;
	for (const n of needles) if (n.length >= 3) out = out.split(n).join(by);
	return out;
}

/** Erases one person. No authorisation here: `eraseMyAccount` (and an admin tool, later) decide. */
export async function erasePerson(userId: string): Promise<ErasureResult> {
	const user = await db().selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
	const orgIds = (await db().selectFrom('memberships').select('org_id').where('user_id', '=', userId).execute()).map(
		(r) => r.org_id
	);
	const boardsOpened = (
		await db().selectFrom('board_participants').select('board_id').where('participant_id', '=', userId).execute()
	).map((r) => r.board_id);
	const teams = await db()
		.selectFrom('team_members')
		.select(['org_id', 'team_id'])
		.where('user_id', '=', userId)
		.execute();
	const placeholder = { id: newId(), name: PLACEHOLDER_NAME };
	const now = nowIso();

	await db()
		.transaction()
		.execute(async (trx) => {
			const k = trx as unknown as RegistryDb;
			await k
				.insertInto('users')
				.values({
					id: placeholder.id,
					email: `erased-${placeholder.id.toLowerCase()}@erased.invalid`,
					name: placeholder.name,
					password_hash: '!',
					locale: null,
					time_zone: 'UTC',
					created_at: now,
					erased_at: now
				})
				.execute();
			// Pairs with someone who is gone end now: no more sessions, nudges or calendar entries.
			for (const col of ['guide_id', 'learner_id']) {
				await k
					.updateTable('learning_pairs')
					.set({ ended_at: now })
					.where(col, '=', userId)
					.where('ended_at', 'is', null)
					.execute();
			}
			// A credential's signed token and share link name the holder.
			await k
				.updateTable('bite_credentials')
				.set({ jwt: '', share_token: null })
				.where('holder_id', '=', userId)
				.execute();

			for (const [table, spec] of Object.entries(PERSON_TABLES)) {
				for (const [col, rule] of Object.entries(spec.columns)) {
					if (rule === 'anonymise') {
						const names = Object.fromEntries((spec.nameColumns ?? []).map((c) => [c, placeholder.name]));
						await k
							.updateTable(table)
							.set({ [col]: placeholder.id, ...names })
							.where(col, '=', userId)
							.execute();
					} else if (rule === 'clear') {
						await k
							.updateTable(table)
							.set({ [col]: null })
							.where(col, '=', userId)
							.execute();
					}
				}
				for (const col of spec.mentionColumns ?? []) {
					const needles = [userId, user.email, user.name];
					const rows: { id: string; v: string | null }[] = await k
						.selectFrom(table)
						.select(['id', `${col} as v`])
						.where((eb) => eb.or(needles.filter((n) => n.length >= 3).map((n) => eb(col, 'like', `%${n}%`))))
						.execute();
					for (const r of rows) {
						if (r.v == null) continue;
						const next = replaceAll(r.v, [userId, user.email], placeholder.id);
						await k
							.updateTable(table)
							.set({ [col]: replaceAll(next, [user.name], placeholder.name) })
							.where('id', '=', r.id)
							.execute();
					}
				}
			}
			for (const [table, spec] of Object.entries(PERSON_TABLES)) {
				for (const [col, rule] of Object.entries(spec.columns)) {
					if (rule === 'delete') await k.deleteFrom(table).where(col, '=', userId).execute();
				}
				if (spec.emailColumn) await k.deleteFrom(table).where(spec.emailColumn, '=', user.email).execute();
			}
			await k.deleteFrom('users').where('id', '=', userId).execute();
		});

	// Documents live beside the SQL: the person's private drafts go, their authorship on boards is replaced.
	await deletePrivateDocs(boardsOpened, userId);
	// their bell (an unread count under their id) in each organisation
	await forgetDocuments(
		db(),
		orgIds.map((orgId) => bellDocName(orgId, userId))
	);
	const orgBoards = (await Promise.all(orgIds.map(boardIdsOf))).flat();
	const boardDocsRewritten = await anonymiseAuthor(orgBoards, { id: userId, name: user.name }, placeholder);
	// The teams' live learning view (who learns with whom) is rebuilt from SQL, which no longer names them.
	for (const t of teams) await publishTeam(t.org_id, t.team_id);
	for (const orgId of orgIds)
		await record({ orgId, actor: { userId: placeholder.id, name: placeholder.name }, action: 'privacy.erase_self' });
	log.info('person erased', { placeholder: placeholder.id, orgs: orgIds.length, boardDocsRewritten });
	return { placeholderId: placeholder.id, orgIds, boardDocsRewritten };
}

/** The signed-in person erases their own account, confirmed with their password. */
export async function eraseMyAccount(actor: Actor, input: { password: string }): Promise<ErasureResult> {
	authorize(actor, 'privacy.self', { orgId: actor.orgId });
	await confirmPassword(actor, input.password);
	if ((await soleAdminOf(actor.userId)).length) throw new Invalid('error_privacy_last_admin', 'password');
	return erasePerson(actor.userId);
}

/**
 * Deletes an organisation and everything in it: its rows (the foreign keys cascade from `orgs`), its board
 * and live documents, its uploaded media, and the accounts of people who belonged to it alone. The
 * organisation's audit log goes with it, so the deletion is written to the server log instead. The admin's own
 * session (`endSession`) pointed at the organisation, so it ends too: they sign in again, to another one if any.
 */
export async function deleteOrganisation(actor: Actor, input: { confirmName: string }, endSession?: string | null) {
	authorize(actor, 'privacy.org.delete', { orgId: actor.orgId });
	const org = await db()
		.selectFrom('orgs')
		.select(['id', 'name'])
		.where('id', '=', actor.orgId)
		.executeTakeFirstOrThrow();
	if (input.confirmName.trim() !== org.name.trim()) throw new Invalid('error_privacy_confirm_name', 'confirmName');
	const boards = await boardIdsOf(org.id);
	const teams = (await db().selectFrom('teams').select('id').where('org_id', '=', org.id).execute()).map((t) => t.id);
	const rounds = (await db().selectFrom('survey_rounds').select('id').where('org_id', '=', org.id).execute()).map(
		(r) => r.id
	);
	const members = (await db().selectFrom('memberships').select('user_id').where('org_id', '=', org.id).execute()).map(
		(m) => m.user_id
	);
	const elsewhere = new Set(
		members.length
			? (
					await db()
						.selectFrom('memberships')
						.select('user_id')
						.where('user_id', 'in', members)
						.where('org_id', '!=', org.id)
						.execute()
				).map((m) => m.user_id)
			: []
	);
	const alone = members.filter((m) => !elsewhere.has(m));
	const docs = [
		...boards.map((b) => `board/${b}`),
		...teams.flatMap((t) => [`live/team/${t}`, `live/actions/${t}`]),
		...rounds.map((r) => `live/survey/${r}`),
		`${BELL_PREFIX}/${org.id}`
	];
	await db()
		.transaction()
		.execute(async (trx) => {
			await trx.deleteFrom('orgs').where('id', '=', org.id).execute();
			if (alone.length) await trx.deleteFrom('users').where('id', 'in', alone).execute();
			// Stored documents go with the rows, in one transaction ...
			await deleteDocuments(trx, docs);
		});
	// ... and open ones through the sync server: connections close, loaded rooms are dropped unsaved.
	await forgetDocuments(db(), docs);
	await deleteOrgMedia(org.id);
	await sweepPlaceholders();
	if (endSession) await deleteSession(endSession);
	log.info('organisation deleted', {
		org: org.id,
		by: actor.userId,
		accountsDeleted: alone.length,
		boards: boards.length
	});
	return { accountsDeleted: alone.length };
}

/** Placeholders that no record points at any more (their organisation was deleted) go too. */
export async function sweepPlaceholders(): Promise<number> {
	const k = db() as unknown as RegistryDb;
	const candidates = (await db().selectFrom('users').select('id').where('erased_at', 'is not', null).execute()).map(
		(u) => u.id
	);
	let swept = 0;
	for (const id of candidates) {
		let used = false;
		for (const [table, spec] of Object.entries(PERSON_TABLES)) {
			for (const [col, rule] of Object.entries(spec.columns)) {
				if (rule !== 'anonymise') continue;
				if (await k.selectFrom(table).select(col).where(col, '=', id).limit(1).executeTakeFirst()) used = true;
				if (used) break;
			}
			if (used) break;
		}
		if (!used) {
			await db().deleteFrom('users').where('id', '=', id).where('erased_at', 'is not', null).execute();
			swept++;
		}
	}
	return swept;
}
