// Everything a printed certificate (the PDF module) or a holder's page shows of one credential: the eleven EU
// micro-credential elements read back from the signed credential itself (so the paper says what the signature
// covers), in the viewer's language, with the verification link when the holder shares it.
import { decodeJwt } from 'jose';
import { getLocale } from '$lib/paraglide/runtime.js';
import { readElements, expiresAt, type Element, type Locale } from '$lib/bites/elements';
import { db } from '../db/current';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { asLocale } from '../i18n';
import { publishedKey } from './keys';
import { issuerUrls } from './openbadge';

export interface CertificateData {
	credentialId: string;
	title: string;
	holderName: string;
	issuerName: string;
	/** ISO date-times as signed */
	issuedAt: string;
	validUntil: string | null;
	expired: boolean;
	revoked: boolean;
	locale: Locale;
	/** the eleven mandatory elements, in ELEMENT_KEYS order, labelled and worded in `locale` */
	elements: Element[];
	/** the public verification page, or null while the holder does not share the credential */
	verificationUrl: string | null;
	/** the badge image (SVG) of the definition */
	imageUrl: string;
	/** the issuer profile, which names the verification key */
	issuerUrl: string;
}

/** Internal: a credential of this holder (member user id or external learner id), as a certificate. */
export async function heldCertificate(
	orgId: string,
	holderId: string,
	credentialId: string,
	opts: { origin: string; locale?: string; now?: Date }
): Promise<CertificateData> {
	const row = await db()
		.selectFrom('bite_credentials')
		.select(['id', 'def_id', 'jwt', 'revoked_at', 'share_token', 'holder_name', 'issued_at'])
		.where('id', '=', credentialId)
		.where('org_id', '=', orgId)
		.where('holder_id', '=', holderId)
		.executeTakeFirst();
	if (!row) throw new NotFound('credential');
	const locale = asLocale(opts.locale ?? getLocale());
	const credential = decodeJwt(row.jwt) as Record<string, unknown>;
	const elements = readElements(credential, locale);
	const until = expiresAt(credential);
	const key = await publishedKey(orgId);
	const urls = issuerUrls(opts.origin, orgId);
	const value = (k: string) => elements.find((e) => e.key === k)?.value ?? '';
	return {
		credentialId: row.id,
		title: value('title'),
		holderName: row.holder_name,
		issuerName: key?.issuerName ?? value('awardingBody'),
		issuedAt: row.issued_at,
		validUntil: until ? until.toISOString() : null,
		expired: !!until && until.getTime() <= (opts.now ?? new Date()).getTime(),
		revoked: !!row.revoked_at,
		locale,
		elements,
		verificationUrl: row.share_token ? `${opts.origin}/verify/${row.share_token}` : null,
		imageUrl: urls.image(row.def_id),
		issuerUrl: urls.issuer
	};
}

/**
 * The signed-in member's own credential as a certificate. Only the holder gets it: nobody, not even an admin,
 * obtains another person's certificate (NotFound).
 */
export async function certificateData(
	actor: Actor,
	credentialId: string,
	opts: { origin: string; locale?: string; now?: Date }
): Promise<CertificateData> {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	return heldCertificate(actor.orgId, actor.userId, credentialId, opts);
}
