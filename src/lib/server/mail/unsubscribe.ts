// Unsubscribe links (RFC 8058 one-click and a confirm page): a token that names a person, an organisation
// and one kind of email, signed with a key derived from the app's secret, so nobody can forge one for
// someone else. It stops that kind only; security emails (resets, invitations) carry none.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { config } from '../config';
import { derivedSecret } from '../bites/keys';

export interface UnsubscribeTarget {
	userId: string;
	orgId: string;
	kind: string;
}

const sign = (payload: string) =>
	createHmac('sha256', derivedSecret('samspil-unsubscribe')).update(payload).digest('base64url');

export function unsubscribeToken(target: UnsubscribeTarget): string {
	const payload = Buffer.from(JSON.stringify([target.userId, target.orgId, target.kind])).toString('base64url');
	return `${payload}.${sign(payload)}`;
}

/** The target of a token, or null when it is not one we signed. */
export function readUnsubscribeToken(token: string): UnsubscribeTarget | null {
	const [payload, mac, ...rest] = token.split('.');
	if (!payload || !mac || rest.length) return null;
	const given = Buffer.from(mac);
	const wanted = Buffer.from(sign(payload));
	if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return null;
	try {
		const [userId, orgId, kind] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
		if (typeof userId !== 'string' || typeof orgId !== 'string' || typeof kind !== 'string') return null;
		return { userId, orgId, kind };
	} catch {
		return null;
	}
}

export const unsubscribeUrl = (target: UnsubscribeTarget) =>
	`${config.publicOrigin}/unsubscribe/${unsubscribeToken(target)}`;

/** The headers that let a mail client offer "unsubscribe" (RFC 2369) in one click (RFC 8058). */
export const unsubscribeHeaders = (url: string): Record<string, string> => ({
	'List-Unsubscribe': `<${url}>`,
	'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
});
