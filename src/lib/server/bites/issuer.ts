// What anyone may read about an issuing organisation, without a session: its public keys (JWKS), its issuer
// profile, the achievements its credentials point at, and its signed revocation list.
import { db } from '../db/current';
import { publishedKey, orgSigningKey } from './keys';
import { EXTENSION_CONTEXT, EXTENSION_TERM } from '$lib/bites/elements';
import { buildStatusListCredential, issuerUrls, OB_CONTEXT, VC_CONTEXT } from './openbadge';
import { defView } from './definitions';
import { parseCertified, versionLabel } from './certified';
import { encodedList, ORG_ID, signJwt } from './signing';

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
	return {
		'@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
		id: urls.issuer,
		type: ['Profile'],
		name: key.issuerName,
		jwks: urls.jwks,
		verificationMethod: [
			{ id: `${urls.issuer}#${key.jwk.kid}`, type: 'JsonWebKey', controller: urls.issuer, publicKeyJwk: key.jwk }
		]
	};
}

/**
 * The Achievement a credential points at (its `achievement.id` URL), for anyone to read. With `version` (the
 * id's `?version=`), the achievement as certified: the module versions a credential of it named.
 */
export async function publicAchievement(orgId: string, defId: string, origin: string, version?: string) {
	if (!ORG_ID.test(orgId) || !ORG_ID.test(defId)) return null;
	if (version !== undefined && !/^[0-9a-f]{16}$/.test(version)) return null;
	const published = await publishedKey(orgId);
	const row = published
		? await db()
				.selectFrom('bite_credential_defs')
				.selectAll()
				.where('id', '=', defId)
				.where('org_id', '=', orgId)
				.executeTakeFirst()
		: null;
	if (!published || !row) return null;
	let modules = '';
	if (version) {
		const issued = await db()
			.selectFrom('bite_credentials')
			.select('certified')
			.where('org_id', '=', orgId)
			.where('def_id', '=', defId)
			.where('achievement_version', '=', version)
			.executeTakeFirst();
		if (!issued) return null;
		modules = ` Modules: ${parseCertified(issued.certified).map(versionLabel).join('; ')}.`;
	}
	const def = defView(row);
	const urls = issuerUrls(origin, orgId);
	return {
		'@context': [VC_CONTEXT, OB_CONTEXT, EXTENSION_CONTEXT],
		id: urls.achievement(def.id, version),
		type: ['Achievement'],
		...(version ? { version } : {}),
		achievementType: 'MicroCredential',
		name: def.title,
		description: def.outcomes,
		criteria: {
			narrative: `Assessment: ${def.assessment} (at least ${def.minScore}%). Workload: ${def.workloadHours} hours. EQF level ${def.eqfLevel}. Quality assurance: ${def.qualityAssurance}${modules}`
		},
		image: { id: urls.image(def.id), type: 'Image', caption: def.title },
		...(def.credits != null ? { creditsAvailable: def.credits } : {}),
		alignment: [
			{
				type: ['Alignment'],
				targetName: `EQF level ${def.eqfLevel}`,
				targetUrl: 'https://europa.eu/europass/en/description-eight-eqf-levels',
				targetFramework: 'European Qualifications Framework',
				targetCode: String(def.eqfLevel)
			}
		],
		[EXTENSION_TERM]: {
			participation: def.participation,
			assessmentType: def.assessmentType,
			workloadHours: def.workloadHours,
			qualityAssurance: { type: def.qaType, description: def.qualityAssurance },
			country: def.country,
			...(def.region ? { region: def.region } : {}),
			...(def.validMonths ? { validMonths: def.validMonths } : {})
		},
		creator: { id: urls.issuer, type: ['Profile'], name: published.issuerName }
	};
}

/** The organisation's revocation list as a signed BitstringStatusListCredential (VC-JWT). */
export async function statusListJwt(orgId: string, origin: string, now = new Date()) {
	if (!ORG_ID.test(orgId)) return null;
	const published = await publishedKey(orgId);
	if (!published) return null;
	const key = await orgSigningKey(orgId);
	const credential = buildStatusListCredential({
		origin,
		orgId,
		issuerName: published.issuerName,
		encodedList: await encodedList(orgId),
		now
	});
	return signJwt(credential, key, {
		iss: issuerUrls(origin, orgId).issuer,
		jti: credential.id,
		iat: Math.floor(now.getTime() / 1000)
	});
}
