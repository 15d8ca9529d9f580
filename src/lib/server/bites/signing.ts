// VC-JWT signing and verification with the organisation's EdDSA key (jose), and the revocation bits a
// verifier checks. Credentials, the status list and verification all go through here.
import { compactVerify, CompactSign, decodeJwt, decodeProtectedHeader, importJWK } from 'jose';
import { db } from '../db/current';
import { orgSigningKey, publishedKey } from './keys';
import { encodeStatusList, statusBit } from './statuslist';

export const ORG_ID = /^[A-Za-z0-9_-]{10,40}$/;

/**
 * VC-JWT (Open Badges 3.0 §8.2): the credential is the payload, with iss/jti/nbf. The header's `kid` is a URL a
 * verifier can resolve from the token alone: the issuer profile (`iss`) plus `#<key id>`, the id of the profile's
 * verificationMethod holding the public key (also in the JWKS the profile names).
 */
export async function signJwt(
	payload: object,
	key: Awaited<ReturnType<typeof orgSigningKey>>,
	claims: Record<string, unknown>
) {
	const { kid, alg, crv, kty, x } = key.publicJwk as Record<string, string>;
	return new CompactSign(new TextEncoder().encode(JSON.stringify({ ...payload, ...claims })))
		.setProtectedHeader({
			alg: 'EdDSA',
			typ: 'JWT',
			kid: typeof claims.iss === 'string' ? `${claims.iss}#${kid}` : kid,
			jwk: { kty, crv, x, alg }
		})
		.sign(key.privateKey);
}

export async function encodedList(orgId: string) {
	const revoked = await db()
		.selectFrom('bite_credentials')
		.select('status_index')
		.where('org_id', '=', orgId)
		.where('revoked_at', 'is not', null)
		.execute();
	return encodeStatusList(revoked.map((r) => r.status_index));
}

/**
 * A decoded credential: JSON of whatever shape the JWT carried (verifiers get tokens from anywhere), so every
 * field is checked where it is read (typeof, ?., Array.isArray) rather than trusted to a declared type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untrusted JSON, each field checked where read
type Json = any;

export interface Verification {
	signatureValid: boolean;
	revoked: boolean;
	/** past its validUntil */
	expired: boolean;
	issuerKnown: boolean;
	valid: boolean;
	credential: Record<string, Json> | null;
	issuerName: string | null;
	holderName: string | null;
}

/** Checks a VC-JWT issued here: the signature against the issuer's published key, then its status bit. */
export async function verifyCredentialJwt(jwt: string, origin: string, now = new Date()): Promise<Verification> {
	const failed: Verification = {
		signatureValid: false,
		revoked: false,
		expired: false,
		issuerKnown: false,
		valid: false,
		credential: null,
		issuerName: null,
		holderName: null
	};
	let payload: Record<string, Json>;
	try {
		decodeProtectedHeader(jwt);
		payload = decodeJwt(jwt) as Record<string, Json>;
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
	const holderName = Array.isArray(names)
		? (names.find((i: Json) => i?.identityType === 'name')?.identityHash ?? null)
		: null;
	const until = typeof payload.validUntil === 'string' ? new Date(payload.validUntil).getTime() : NaN;
	const expired = signatureValid && !isNaN(until) && until <= now.getTime();
	return {
		signatureValid,
		revoked,
		expired,
		issuerKnown: true,
		valid: signatureValid && !revoked && !expired,
		credential: payload,
		issuerName: published.issuerName,
		holderName
	};
}
