// Micro-credentials: definitions (the EU Council Recommendation's mandatory elements), automatic issuing
// when a learner meets the requirements (modules completed with the minimum score, required credentials
// held: stackable), Open Badges 3.0 credentials signed as VC-JWT (EdDSA, jose) with the organisation's key,
// revocation through a Bitstring Status List, and sharing by a revocable public verification link.
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { CompactSign, compactVerify, decodeJwt, decodeProtectedHeader, importJWK } from 'jose';
import { db } from '../db/current';
import { newId, newToken, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import { getOrganisation } from '../orgs/index';
import type { Actor } from '../actor';
import type { Learner } from './learners';
import { freezeVersion, parseList, readVersion, type CertifiedVersion } from './modules';
import { completions } from './player';
import { orgSigningKey, publishedKey } from './keys';
import { buildOpenBadgeCredential, buildStatusListCredential, issuerUrls } from './openbadge';
import { encodeStatusList, statusBit, STATUS_LIST_BITS } from './statuslist';
import type { CredentialDefInput } from './schemas';

function defView(row: {
	id: string;
	title: string;
	outcomes: string;
	assessment: string;
	min_score: number;
	eqf_level: number;
	workload_hours: number;
	credits: number | null;
	quality_assurance: string;
	module_ids: string;
	requires_ids: string;
}) {
	return {
		id: row.id,
		title: row.title,
		outcomes: row.outcomes,
		assessment: row.assessment,
		minScore: row.min_score,
		eqfLevel: row.eqf_level,
		workloadHours: Number(row.workload_hours),
		credits: row.credits == null ? null : Number(row.credits),
		qualityAssurance: row.quality_assurance,
		moduleIds: parseList(row.module_ids),
		requiresIds: parseList(row.requires_ids)
	};
}
export type CredentialDefinition = ReturnType<typeof defView>;

async function orgModuleIds(orgId: string, ids: string[]) {
	if (ids.length === 0) return [];
	const rows = await db().selectFrom('bite_modules').select('id').where('org_id', '=', orgId).where('id', 'in', ids).execute();
	return rows.map((r) => r.id);
}

export async function createDefinition(actor: Actor, input: CredentialDefInput) {
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	const modules = await orgModuleIds(actor.orgId, input.moduleIds);
	if (modules.length !== new Set(input.moduleIds).size || modules.length === 0) throw new Invalid('error_bites_pick_module', 'moduleIds');
	const requires = input.requiresIds.length
		? (await db().selectFrom('bite_credential_defs').select('id').where('org_id', '=', actor.orgId).where('id', 'in', input.requiresIds).execute()).map((r) => r.id)
		: [];
	if (requires.length !== new Set(input.requiresIds).size) throw new NotFound('credential definition');
	const row = {
		id: newId(),
		org_id: actor.orgId,
		title: input.title,
		outcomes: input.outcomes,
		assessment: input.assessment,
		min_score: input.minScore,
		eqf_level: input.eqfLevel,
		workload_hours: input.workloadHours,
		credits: input.credits ?? null,
		quality_assurance: input.qualityAssurance,
		module_ids: JSON.stringify(modules),
		requires_ids: JSON.stringify(requires),
		created_at: nowIso()
	};
	await db().insertInto('bite_credential_defs').values(row).execute();
	return defView(row);
}

export async function listDefinitions(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const rows = await db().selectFrom('bite_credential_defs').selectAll().where('org_id', '=', actor.orgId).orderBy('title').execute();
	return rows.map(defView);
}

async function moduleTitles(orgId: string, ids: string[]) {
	if (!ids.length) return new Map<string, { title: string; language: string }>();
	const rows = await db().selectFrom('bite_modules').select(['id', 'title', 'language']).where('org_id', '=', orgId).where('id', 'in', ids).execute();
	return new Map(rows.map((r) => [r.id, { title: r.title, language: r.language }]));
}

/** The organisation's name, read through the orgs module on the learner's behalf. */
async function organisationName(orgId: string, learner: Learner) {
	const org = await getOrganisation({ userId: learner.id, name: learner.name, email: learner.email, orgId, role: 'member', teams: {} });
	return org.name;
}

async function freeStatusIndex(orgId: string) {
	for (let i = 0; i < 20; i++) {
		// Random positions, so a list's neighbours say nothing about who earned what when.
		const index = randomInt(STATUS_LIST_BITS);
		const taken = await db().selectFrom('bite_credentials').select('id').where('org_id', '=', orgId).where('status_index', '=', index).executeTakeFirst();
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
		const defs = (await db().selectFrom('bite_credential_defs').selectAll().where('org_id', '=', learner.orgId).execute()).map(defView);
		const held = await db().selectFrom('bite_credentials').select(['def_id', 'revoked_at']).where('org_id', '=', learner.orgId).where('holder_id', '=', learner.id).execute();
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

/** How a certified module version reads in a credential: title, version number and content hash. */
function versionLabel(v: CertifiedVersion) {
	return `${v.title} (version ${v.version}, content sha256:${v.contentHash.slice(0, 16)})`;
}

/** The short hash an achievement id carries: the definition and the exact module versions it certified. */
function achievementVersion(defId: string, certified: CertifiedVersion[]) {
	return createHash('sha256').update(JSON.stringify([defId, ...certified.map((c) => [c.moduleId, c.version, c.contentHash])])).digest('hex').slice(0, 16);
}

function parseCertified(json: string): CertifiedVersion[] {
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v : [];
	} catch {
		return [];
	}
}

async function issue(learner: Learner, def: CredentialDefinition, all: CredentialDefinition[], origin: string, now: Date) {
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
		holder: { name: learner.name, email: learner.email },
		issuedAt: now,
		statusIndex
	});
	const jwt = await signJwt(credential, key, { iss: urls.issuer, jti: credential.id, nbf: Math.floor(now.getTime() / 1000) });
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
	return id;
}

/** VC-JWT (Open Badges 3.0 §8.2): the credential is the payload, with iss/jti/nbf; the header names the key. */
async function signJwt(payload: object, key: Awaited<ReturnType<typeof orgSigningKey>>, claims: Record<string, unknown>) {
	const { kid, alg, crv, kty, x } = key.publicJwk as Record<string, string>;
	return new CompactSign(new TextEncoder().encode(JSON.stringify({ ...payload, ...claims })))
		.setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid, jwk: { kty, crv, x, alg } })
		.sign(key.privateKey);
}

function credentialView(row: { id: string; def_id: string; holder_name: string; issued_at: string; revoked_at: string | null; revoked_reason?: string | null; share_token: string | null; jwt: string; certified: string }, title: string) {
	const certified = parseCertified(row.certified).map((c) => ({ title: c.title, version: c.version, contentHash: c.contentHash }));
	return { id: row.id, defId: row.def_id, title, holderName: row.holder_name, issuedAt: row.issued_at, revoked: !!row.revoked_at, revokedAt: row.revoked_at, revokedReason: row.revoked_reason ?? null, shareToken: row.share_token, certified };
}

/** The holder's view of what their credential certified: each module as it was (details and cards). */
export async function certifiedContent(actor: Actor, credentialId: string) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const row = await ownCredential(actor.orgId, actor.userId, credentialId);
	const versions = [];
	for (const c of parseCertified(row.certified)) {
		const v = await readVersion(actor.orgId, c.versionId);
		if (v) versions.push(v);
	}
	return versions;
}

/** The signed-in member's own credentials. */
export async function listMyCredentials(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	return listHeld(actor.orgId, actor.userId);
}

/** Internal: credentials held by a learner (members and external learners alike). */
export async function listHeld(orgId: string, holderId: string) {
	const rows = await db()
		.selectFrom('bite_credentials')
		.innerJoin('bite_credential_defs', 'bite_credential_defs.id', 'bite_credentials.def_id')
		.selectAll('bite_credentials')
		.select('bite_credential_defs.title')
		.where('bite_credentials.org_id', '=', orgId)
		.where('bite_credentials.holder_id', '=', holderId)
		.orderBy('bite_credentials.issued_at', 'desc')
		.execute();
	return rows.map((r) => credentialView(r, r.title));
}

async function ownCredential(orgId: string, holderId: string, credentialId: string) {
	const row = await db()
		.selectFrom('bite_credentials')
		.selectAll()
		.where('id', '=', credentialId)
		.where('org_id', '=', orgId)
		.where('holder_id', '=', holderId)
		.executeTakeFirst();
	if (!row) throw new NotFound('credential');
	return row;
}

/** The holder's download: the signed VC-JWT and the credential it carries. */
export async function downloadCredential(actor: Actor, credentialId: string) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	return downloadHeld(actor.orgId, actor.userId, credentialId);
}

export async function downloadHeld(orgId: string, holderId: string, credentialId: string) {
	const row = await ownCredential(orgId, holderId, credentialId);
	return { jwt: row.jwt, credential: decodeJwt(row.jwt) };
}

/** Turns the public verification link on (a fresh secret) or off (the old link stops working). */
export async function setSharing(actor: Actor, credentialId: string, share: boolean) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	return setHeldSharing(actor.orgId, actor.userId, credentialId, share);
}

export async function setHeldSharing(orgId: string, holderId: string, credentialId: string, share: boolean) {
	await ownCredential(orgId, holderId, credentialId);
	const token = share ? newToken() : null;
	await db().updateTable('bite_credentials').set({ share_token: token }).where('id', '=', credentialId).where('org_id', '=', orgId).execute();
	return token;
}

/** Every credential the organisation issued, for its admins. */
export async function listIssued(actor: Actor) {
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_credentials')
		.innerJoin('bite_credential_defs', 'bite_credential_defs.id', 'bite_credentials.def_id')
		.selectAll('bite_credentials')
		.select('bite_credential_defs.title')
		.where('bite_credentials.org_id', '=', actor.orgId)
		.orderBy('bite_credentials.issued_at', 'desc')
		.execute();
	return rows.map((r) => credentialView(r, r.title));
}

/** Revokes a credential: its bit in the status list is set, so every verifier sees it at once. */
export async function revokeCredential(actor: Actor, credentialId: string, reason: string | null = null) {
	const row = await db().selectFrom('bite_credentials').select('id').where('id', '=', credentialId).where('org_id', '=', actor.orgId).executeTakeFirst();
	if (!row) throw new NotFound('credential');
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	await db().updateTable('bite_credentials').set({ revoked_at: nowIso(), revoked_reason: reason }).where('id', '=', credentialId).where('org_id', '=', actor.orgId).where('revoked_at', 'is', null).execute();
}

// ——— public: keys, status list, verification (no session) ———

const ORG_ID = /^[A-Za-z0-9_-]{10,40}$/;

/** JWKS with the organisation's public signing key; null when it never issued a credential. */
export async function publicJwks(orgId: string) {
	if (!ORG_ID.test(orgId)) return null;
	const key = await publishedKey(orgId);
	return key ? { keys: [key.jwk] } : null;
}

/** The issuer profile (Open Badges `Profile`) with where its keys are. */
export async function issuerProfile(orgId: string, origin: string) {
	if (!ORG_ID.test(orgId)) return null;
	const key = await publishedKey(orgId);
	if (!key) return null;
	const urls = issuerUrls(origin, orgId);
	return { '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'], id: urls.issuer, type: ['Profile'], name: key.issuerName, jwks: urls.jwks, verificationMethod: [{ id: `${urls.issuer}#${key.jwk.kid}`, type: 'JsonWebKey', controller: urls.issuer, publicKeyJwk: key.jwk }] };
}

/**
 * The Achievement a credential points at (its `achievement.id` URL), for anyone to read. With `version` (the
 * id's `?version=`), the achievement as certified: the module versions a credential of it named.
 */
export async function publicAchievement(orgId: string, defId: string, origin: string, version?: string) {
	if (!ORG_ID.test(orgId) || !ORG_ID.test(defId)) return null;
	if (version !== undefined && !/^[0-9a-f]{16}$/.test(version)) return null;
	const published = await publishedKey(orgId);
	const row = published ? await db().selectFrom('bite_credential_defs').selectAll().where('id', '=', defId).where('org_id', '=', orgId).executeTakeFirst() : null;
	if (!published || !row) return null;
	let modules = '';
	if (version) {
		const issued = await db().selectFrom('bite_credentials').select('certified').where('org_id', '=', orgId).where('def_id', '=', defId).where('achievement_version', '=', version).executeTakeFirst();
		if (!issued) return null;
		modules = ` Modules: ${parseCertified(issued.certified).map(versionLabel).join('; ')}.`;
	}
	const def = defView(row);
	const urls = issuerUrls(origin, orgId);
	return {
		'@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
		id: urls.achievement(def.id, version),
		type: ['Achievement'],
		...(version ? { version } : {}),
		achievementType: 'MicroCredential',
		name: def.title,
		description: def.outcomes,
		criteria: { narrative: `Assessment: ${def.assessment} (at least ${def.minScore}%). Workload: ${def.workloadHours} hours. EQF level ${def.eqfLevel}. Quality assurance: ${def.qualityAssurance}${modules}` },
		...(def.credits != null ? { creditsAvailable: def.credits } : {}),
		creator: { id: urls.issuer, type: ['Profile'], name: published.issuerName }
	};
}

async function encodedList(orgId: string) {
	const revoked = await db().selectFrom('bite_credentials').select('status_index').where('org_id', '=', orgId).where('revoked_at', 'is not', null).execute();
	return encodeStatusList(revoked.map((r) => r.status_index));
}

/** The organisation's revocation list as a signed BitstringStatusListCredential (VC-JWT). */
export async function statusListJwt(orgId: string, origin: string, now = new Date()) {
	if (!ORG_ID.test(orgId)) return null;
	const published = await publishedKey(orgId);
	if (!published) return null;
	const key = await orgSigningKey(orgId);
	const credential = buildStatusListCredential({ origin, orgId, issuerName: published.issuerName, encodedList: await encodedList(orgId), now });
	return signJwt(credential, key, { iss: issuerUrls(origin, orgId).issuer, jti: credential.id, iat: Math.floor(now.getTime() / 1000) });
}

export interface Verification {
	signatureValid: boolean;
	revoked: boolean;
	issuerKnown: boolean;
	valid: boolean;
	credential: Record<string, any> | null;
	issuerName: string | null;
	holderName: string | null;
}

/** Checks a VC-JWT issued here: the signature against the issuer's published key, then its status bit. */
export async function verifyCredentialJwt(jwt: string, origin: string): Promise<Verification> {
	const failed: Verification = { signatureValid: false, revoked: false, issuerKnown: false, valid: false, credential: null, issuerName: null, holderName: null };
	let payload: Record<string, any>;
	try {
		decodeProtectedHeader(jwt);
		payload = decodeJwt(jwt) as Record<string, any>;
	} catch {
		return failed;
	}
	const prefix = `${origin}/credentials/`;
	const iss = typeof payload.iss === 'string' ? payload.iss : '';
	const orgId = iss.startsWith(prefix) ? iss.slice(prefix.length) : '';
	const published = ORG_ID.test(orgId) ? await publishedKey(orgId) : null;
	if (!published) return { ...failed, credential: payload };
	let signatureValid = false;
	try {
		await compactVerify(jwt, await importJWK(published.jwk, 'EdDSA'), { algorithms: ['EdDSA'] });
		signatureValid = true;
	} catch {
		signatureValid = false;
	}
	const status = payload.credentialStatus;
	let revoked = false;
	if (signatureValid && status?.type === 'BitstringStatusListEntry') {
		revoked = statusBit(await encodedList(orgId), Number(status.statusListIndex));
	}
	const names = payload.credentialSubject?.identifier;
	const holderName = Array.isArray(names) ? (names.find((i: any) => i?.identityType === 'name')?.identityHash ?? null) : null;
	return { signatureValid, revoked, issuerKnown: true, valid: signatureValid && !revoked, credential: payload, issuerName: published.issuerName, holderName };
}

/** The public verification link: the shared credential, verified. Null once sharing is turned off. */
export async function verifyShared(shareToken: string, origin: string) {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(shareToken)) return null;
	const row = await db().selectFrom('bite_credentials').select(['jwt']).where('share_token', '=', shareToken).executeTakeFirst();
	if (!row) return null;
	return { jwt: row.jwt, verification: await verifyCredentialJwt(row.jwt, origin) };
}
