// Each organisation signs its credentials with its own Ed25519 key pair. The public key is published
// (JWKS); the private key is stored encrypted (AES-256-GCM) with a key derived by HKDF from SECRET_KEY,
// or, when that is unset, from a random key file created once in the data folder (`secret.key`, mode 600).
// Losing that secret makes the stored private keys useless; issued credentials still verify.
import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { config } from '../config';
import { dataDir } from './storage';

let secret: Buffer | undefined;

function masterSecret(): Buffer {
	if (config.secretKey) return Buffer.from(config.secretKey, 'utf8');
	if (secret) return secret;
	const file = path.join(dataDir(), 'secret.key');
	if (!fs.existsSync(file)) {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		try {
			fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
		} catch {
			/* another process made it first */
		}
	}
	secret = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
	return secret;
}

/** Tests and a changed data folder forget the cached key file. */
export function forgetSecret() {
	secret = undefined;
}

/** A key for another purpose, derived from the same secret (HKDF with the purpose as salt). */
export function derivedSecret(purpose: string, info = ''): Buffer {
	return Buffer.from(hkdfSync('sha256', masterSecret(), Buffer.from(purpose), Buffer.from(info), 32));
}

function keyFor(orgId: string): Buffer {
	return Buffer.from(hkdfSync('sha256', masterSecret(), Buffer.from('samspil-bites-keys'), Buffer.from(orgId), 32));
}

export function encryptFor(orgId: string, plain: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', keyFor(orgId), iv);
	const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
	return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function decryptFor(orgId: string, sealed: string): string {
	const raw = Buffer.from(sealed.replace(/^v1\./, ''), 'base64url');
	const decipher = createDecipheriv('aes-256-gcm', keyFor(orgId), raw.subarray(0, 12));
	decipher.setAuthTag(raw.subarray(12, 28));
	return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export interface OrgKey {
	kid: string;
	publicJwk: JWK;
	privateKey: CryptoKey;
}

/** The organisation's signing key, made on first use. */
export async function orgSigningKey(orgId: string, issuerName?: string): Promise<OrgKey> {
	let row = await db().selectFrom('bite_keys').selectAll().where('org_id', '=', orgId).executeTakeFirst();
	if (!row) {
		if (!issuerName) throw new Error('no signing key yet');
		const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
		const kid = newId();
		const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
		const candidate = {
			org_id: orgId,
			kid,
			issuer_name: issuerName,
			public_jwk: JSON.stringify(publicJwk),
			private_enc: encryptFor(orgId, JSON.stringify(await exportJWK(privateKey))),
			created_at: nowIso()
		};
		try {
			await db().insertInto('bite_keys').values(candidate).execute();
		} catch {
			/* made concurrently: use the stored one */
		}
		row = (await db().selectFrom('bite_keys').selectAll().where('org_id', '=', orgId).executeTakeFirst())!;
	} else if (issuerName && row.issuer_name !== issuerName) {
		await db().updateTable('bite_keys').set({ issuer_name: issuerName }).where('org_id', '=', orgId).execute();
	}
	const privateJwk = JSON.parse(decryptFor(orgId, row.private_enc)) as JWK;
	return {
		kid: row.kid,
		publicJwk: JSON.parse(row.public_jwk),
		privateKey: (await importJWK(privateJwk, 'EdDSA')) as CryptoKey
	};
}

/** The published key (public part only) and the issuer's name, or null before the first credential. */
export async function publishedKey(orgId: string): Promise<{ jwk: JWK; issuerName: string } | null> {
	const row = await db()
		.selectFrom('bite_keys')
		.select(['public_jwk', 'issuer_name'])
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	return row ? { jwk: JSON.parse(row.public_jwk), issuerName: row.issuer_name } : null;
}
