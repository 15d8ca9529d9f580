// Issuing micro-credentials automatically when a learner meets the requirements (modules completed with the
// minimum score, required credentials held: stackable), as Open Badges 3.0 credentials signed as VC-JWT with a
// random place in the organisation's revocation list.
import { recordLearning } from '../xapi/index';
import { emitEvent } from '../webhooks/index';
import { randomInt, randomUUID } from 'node:crypto';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { getOrganisation } from '../orgs/index';
import type { Learner } from './learners';
import { freezeVersion, type CertifiedVersion } from './versions';
import { completions } from './player';
import { orgSigningKey } from './keys';
import { buildOpenBadgeCredential, issuerUrls } from './openbadge';
import { STATUS_LIST_BITS } from './statuslist';
import { defView, type CredentialDefinition } from './definitions';
import { achievementVersion, versionLabel } from './certified';
import { signJwt } from './signing';

async function moduleTitles(orgId: string, ids: string[]) {
	if (!ids.length) return new Map<string, { title: string; language: string }>();
	const rows = await db()
		.selectFrom('bite_modules')
		.select(['id', 'title', 'language'])
		.where('org_id', '=', orgId)
		.where('id', 'in', ids)
		.execute();
	return new Map(rows.map((r) => [r.id, { title: r.title, language: r.language }]));
}

/** The organisation's name, read through the orgs module on the learner's behalf. */
async function organisationName(orgId: string, learner: Learner) {
	const org = await getOrganisation({
		userId: learner.id,
		name: learner.name,
		email: learner.email,
		orgId,
		role: 'member',
		teams: {}
	});
	return org.name;
}

async function freeStatusIndex(orgId: string) {
	for (let i = 0; i < 20; i++) {
		// Random positions, so a list's neighbours say nothing about who earned what when.
		const index = randomInt(STATUS_LIST_BITS);
		const taken = await db()
			.selectFrom('bite_credentials')
			.select('id')
			.where('org_id', '=', orgId)
			.where('status_index', '=', index)
			.executeTakeFirst();
		if (!taken) return index;
	}
	throw new Error('status list full');
}

/**
 * Issues every credential the learner now qualifies for, repeating so that a credential that requires
 * another one just issued follows at once. Called after each completed module.
 */
export async function issueEarned(learner: Learner, origin: string, now = new Date()) {
	const issued: string[] = [];
	for (let round = 0; round < 10; round++) {
		const defs = (
			await db().selectFrom('bite_credential_defs').selectAll().where('org_id', '=', learner.orgId).execute()
		).map(defView);
		const held = await db()
			.selectFrom('bite_credentials')
			.select(['def_id', 'revoked_at'])
			.where('org_id', '=', learner.orgId)
			.where('holder_id', '=', learner.id)
			.execute();
		const heldIds = new Set(held.map((h) => h.def_id));
		const valid = new Set(held.filter((h) => !h.revoked_at).map((h) => h.def_id));
		const done = new Map((await completions(learner.id, learner.orgId)).map((c) => [c.module_id, c.score ?? 0]));
		const due = defs.filter(
			(d) =>
				!heldIds.has(d.id) &&
				d.moduleIds.length > 0 &&
				d.moduleIds.every((m) => done.has(m) && (done.get(m) ?? 0) >= d.minScore) &&
				d.requiresIds.every((r) => valid.has(r))
		);
		if (due.length === 0) break;
		for (const def of due) issued.push(await issue(learner, def, defs, origin, now));
	}
	return issued;
}

/** Issues one definition to a learner (automatic issuing and manual award alike); returns the credential id. */
export async function issue(
	learner: Learner,
	def: CredentialDefinition,
	all: CredentialDefinition[],
	origin: string,
	now: Date
) {
	const issuerName = await organisationName(learner.orgId, learner);
	const key = await orgSigningKey(learner.orgId, issuerName);
	const titles = await moduleTitles(learner.orgId, def.moduleIds);
	// The credential certifies these exact versions; editing a module afterwards starts a new one.
	const certified: CertifiedVersion[] = [];
	for (const m of def.moduleIds) if (titles.has(m)) certified.push(await freezeVersion(learner.orgId, m));
	const version = achievementVersion(def.id, certified);
	const urls = issuerUrls(origin, learner.orgId);
	const id = newId();
	const statusIndex = await freeStatusIndex(learner.orgId);
	const credential = buildOpenBadgeCredential({
		origin,
		orgId: learner.orgId,
		credentialId: randomUUID(),
		issuer: { id: urls.issuer, name: issuerName },
		definition: {
			...def,
			modules: certified.map(versionLabel),
			requires: def.requiresIds.map((r) => all.find((d) => d.id === r)?.title ?? r),
			language: titles.get(def.moduleIds[0])?.language ?? 'en',
			version
		},
		holder: { name: learner.name, email: learner.email, subjectId: `urn:uuid:${randomUUID()}` },
		issuedAt: now,
		statusIndex
	});
	const jwt = await signJwt(credential, key, {
		iss: urls.issuer,
		jti: credential.id,
		nbf: Math.floor(now.getTime() / 1000)
	});
	await db()
		.insertInto('bite_credentials')
		.values({
			id,
			org_id: learner.orgId,
			def_id: def.id,
			holder_id: learner.id,
			holder_name: learner.name,
			status_index: statusIndex,
			jwt,
			issued_at: nowIso(now.getTime()),
			revoked_at: null,
			share_token: null,
			certified: JSON.stringify(certified),
			achievement_version: version
		})
		.execute();
	await recordLearning(learner.orgId, learner, {
		kind: 'credential.earned',
		credentialId: id,
		definitionId: def.id,
		title: def.title,
		at: now
	});
	// the organisation's webhooks learn that one was issued, not to whom (they may ask the API, with its rights)
	await emitEvent(learner.orgId, 'credential.issued', {
		credentialId: id,
		definitionId: def.id,
		title: def.title,
		issuedAt: nowIso(now.getTime())
	});
	return id;
}
