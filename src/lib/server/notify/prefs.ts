// Which nudges a person gets, per kind: in the app, by email, both or neither. Everything is on until
// the person says otherwise. The email switch is also the chat switch: one "off" stops a kind by email and in
// Teams/Slack (chat module), so there is one choice per kind to make and to keep.
import { db } from '../db/current';
import { newId } from '../ids';
import { authorize } from '../policy';
import type { Actor } from '../actor';

export interface NudgePref {
	kind: string;
	inApp: boolean;
	email: boolean;
}

/** Internal: one person's choice for one kind. */
export async function prefFor(orgId: string, userId: string, kind: string): Promise<NudgePref> {
	const row = await db()
		.selectFrom('notification_prefs')
		.select(['in_app', 'email'])
		.where('org_id', '=', orgId)
		.where('user_id', '=', userId)
		.where('kind', '=', kind)
		.executeTakeFirst();
	return { kind, inApp: row ? !!row.in_app : true, email: row ? !!row.email : true };
}

/** Internal: whether a person wants this kind outside the app — by email and, where they set it up, in chat. */
export async function wantsOutsideApp(orgId: string, userId: string, kind: string): Promise<boolean> {
	return (await prefFor(orgId, userId, kind)).email;
}

export async function getNudgePrefs(actor: Actor, kinds: readonly string[]): Promise<NudgePref[]> {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return Promise.all(kinds.map((kind) => prefFor(actor.orgId, actor.userId, kind)));
}

export async function setNudgePrefs(actor: Actor, prefs: NudgePref[]) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	await savePrefs(actor.orgId, actor.userId, prefs);
}

/** Internal: one person's choices, replacing what they chose before for those kinds (an unsubscribe link). */
export async function savePrefs(orgId: string, userId: string, prefs: NudgePref[]) {
	const actor = { orgId, userId };
	await db()
		.transaction()
		.execute(async (tx) => {
			for (const p of prefs) {
				await tx
					.deleteFrom('notification_prefs')
					.where('org_id', '=', actor.orgId)
					.where('user_id', '=', actor.userId)
					.where('kind', '=', p.kind)
					.execute();
				await tx
					.insertInto('notification_prefs')
					.values({
						id: newId(),
						org_id: actor.orgId,
						user_id: actor.userId,
						kind: p.kind,
						in_app: p.inApp ? 1 : 0,
						email: p.email ? 1 : 0
					})
					.execute();
			}
		});
}
