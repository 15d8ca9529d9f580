// Deactivating a person in one organisation (the identity provider through SCIM, or a deprovisioned account):
// the membership stays (their history keeps its name) but nothing lets them in: loadActor ignores it, sign-in
// refuses someone deactivated everywhere, and their sessions in that organisation end now.
import { db } from '../db/current';
import { nowIso } from '../ids';
import type { DB } from '../db/index';

/** Internal (callers have authorised): sets a member active or not; true when something changed. */
export async function setMemberActive(orgId: string, userId: string, active: boolean, exec: DB = db()) {
	const r = await exec
		.updateTable('memberships')
		.set({ deactivated_at: active ? null : nowIso() })
		.where('org_id', '=', orgId)
		.where('user_id', '=', userId)
		.where('deactivated_at', active ? 'is not' : 'is', null)
		.executeTakeFirst();
	const changed = Number(r.numUpdatedRows) > 0;
	if (changed && !active) {
		// Open live connections re-check their session every second (sync revalidation) and find it gone.
		await exec.deleteFrom('sessions').where('user_id', '=', userId).where('org_id', '=', orgId).execute();
	}
	return changed;
}
