// Issued micro-credentials as their holders and the organisation's admins see them: listing, download,
// sharing by a revocable public verification link, and revocation through the Bitstring Status List.
import { decodeJwt } from 'jose';
import { db } from '../db/current';
import { newToken, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { readVersion } from './versions';
import { parseCertified } from './certified';
import { verifyCredentialJwt } from './signing';

function credentialView(
	row: {
		id: string;
		def_id: string;
		holder_name: string;
		issued_at: string;
		revoked_at: string | null;
		revoked_reason?: string | null;
		share_token: string | null;
		jwt: string;
		certified: string;
	},
	title: string
) {
	const certified = parseCertified(row.certified).map((c) => ({
		title: c.title,
		version: c.version,
		contentHash: c.contentHash
	}));
	// What the signed credential says of its issuer and expiry (for the LinkedIn link and the expiry notice).
	let issuerName = '';
	let validUntil: string | null = null;
	try {
		const payload = decodeJwt(row.jwt) as { issuer?: { name?: unknown }; validUntil?: unknown };
		issuerName = typeof payload.issuer?.name === 'string' ? payload.issuer.name : '';
		validUntil = typeof payload.validUntil === 'string' ? payload.validUntil : null;
	} catch {
		// a stored token always decodes; an unreadable one just shows no issuer name
	}
	return {
		id: row.id,
		defId: row.def_id,
		title,
		issuerName,
		validUntil,
		holderName: row.holder_name,
		issuedAt: row.issued_at,
		revoked: !!row.revoked_at,
		revokedAt: row.revoked_at,
		revokedReason: row.revoked_reason ?? null,
		shareToken: row.share_token,
		certified
	};
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
	await db()
		.updateTable('bite_credentials')
		.set({ share_token: token })
		.where('id', '=', credentialId)
		.where('org_id', '=', orgId)
		.execute();
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
	const row = await db()
		.selectFrom('bite_credentials')
		.select('id')
		.where('id', '=', credentialId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('credential');
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	await db()
		.updateTable('bite_credentials')
		.set({ revoked_at: nowIso(), revoked_reason: reason })
		.where('id', '=', credentialId)
		.where('org_id', '=', actor.orgId)
		.where('revoked_at', 'is', null)
		.execute();
}

/** The public verification link: the shared credential, verified. Null once sharing is turned off. */
export async function verifyShared(shareToken: string, origin: string) {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(shareToken)) return null;
	const row = await db()
		.selectFrom('bite_credentials')
		.select(['jwt'])
		.where('share_token', '=', shareToken)
		.executeTakeFirst();
	if (!row) return null;
	return { jwt: row.jwt, verification: await verifyCredentialJwt(row.jwt, origin) };
}
