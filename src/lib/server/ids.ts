// Random, URL-safe identifiers and tokens: nothing sequential ever reaches a URL.
import { createHash, randomBytes } from 'node:crypto';

/** 128 random bits, base64url (22 characters). */
export function newId(): string {
	return randomBytes(16).toString('base64url');
}

/** 256 random bits for secrets that travel in links and cookies. */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

/** Tokens are stored hashed, so a copy of the database grants nothing. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('base64url');
}

export function nowIso(now = Date.now()): string {
	return new Date(now).toISOString();
}
