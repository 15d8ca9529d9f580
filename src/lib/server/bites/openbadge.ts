// The Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credentials Data Model 2.0) for an earned
// micro-credential, and the Bitstring Status List credential that says whether it is revoked. Pure:
// URLs come in from the caller. The eleven EU micro-credential elements map onto OB 3.0 fields where they
// exist and onto one documented extension term otherwise (README, "EU micro-credential elements").
import { createHash, randomBytes } from 'node:crypto';
import { EXTENSION_CONTEXT, EXTENSION_TERM } from '$lib/bites/elements';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_SCHEMA =
	'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

export interface IssuerInfo {
	/** the issuer profile URL, e.g. https://host/credentials/<orgId> */
	id: string;
	name: string;
}

export interface DefinitionInfo {
	id: string;
	title: string;
	outcomes: string;
	assessment: string;
	minScore: number;
	eqfLevel: number;
	workloadHours: number;
	credits: number | null;
	qualityAssurance: string;
	modules: string[];
	requires: string[];
	language: string;
	country: string;
	region: string;
	participation: string;
	assessmentType: string;
	qaType: string;
	validMonths: number | null;
	/** a short hash of the certified module versions: the achievement id names it, so it points at what was certified */
	version?: string;
}

export interface HolderInfo {
	name: string;
	email: string;
	/** credentialSubject.id: a random urn:uuid per credential, so two credentials do not link their holder */
	subjectId: string;
}

export function issuerUrls(origin: string, orgId: string) {
	const issuer = `${origin}/credentials/${orgId}`;
	return {
		issuer,
		jwks: `${issuer}/jwks.json`,
		statusList: `${issuer}/status`,
		achievement: (defId: string, version?: string) =>
			`${issuer}/achievements/${defId}${version ? `?version=${encodeURIComponent(version)}` : ''}`,
		/** the badge image of a definition: stable for the definition, whatever version was certified */
		image: (defId: string) => `${issuer}/achievements/${defId}/image.svg`
	};
}

/** The moment a credential issued at `from` stops being valid, `months` later (same day of the month). */
export function validUntil(from: Date, months: number | null) {
	if (!months) return null;
	const d = new Date(from.getTime());
	d.setUTCMonth(d.getUTCMonth() + months);
	return d;
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** OB 3.0 IdentityObject: the email is only stored salted and hashed, as the spec recommends. */
function hashedEmail(email: string, salt: string) {
	return (
		'sha256$' +
		createHash('sha256')
			.update(email.trim().toLowerCase() + salt)
			.digest('hex')
	);
}

function narrative(def: DefinitionInfo) {
	const lines = [
		`Learning outcomes: ${def.outcomes}`,
		`Assessment: ${def.assessment} (at least ${def.minScore}% of quiz questions right at the first attempt).`,
		`Workload: ${def.workloadHours} hours${def.credits != null ? `, ${def.credits} ECTS credits` : ''}.`,
		`EQF level: ${def.eqfLevel}.`,
		`Quality assurance: ${def.qualityAssurance}`
	];
	if (def.modules.length) lines.push(`Modules: ${def.modules.join('; ')}.`);
	if (def.requires.length) lines.push(`Requires: ${def.requires.join('; ')}.`);
	return lines.join('\n');
}

export function buildOpenBadgeCredential(args: {
	origin: string;
	orgId: string;
	credentialId: string;
	issuer: IssuerInfo;
	definition: DefinitionInfo;
	holder: HolderInfo;
	issuedAt: Date;
	statusIndex: number;
	salt?: string;
}) {
	const urls = issuerUrls(args.origin, args.orgId);
	const def = args.definition;
	const salt = args.salt ?? randomBytes(8).toString('hex');
	const until = validUntil(args.issuedAt, def.validMonths);
	const resultId = `${urls.achievement(def.id)}#result`;
	return {
		'@context': [VC_CONTEXT, OB_CONTEXT, EXTENSION_CONTEXT],
		id: `urn:uuid:${args.credentialId}`,
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		name: def.title,
		issuer: {
			id: args.issuer.id,
			type: ['Profile'],
			name: args.issuer.name,
			address: {
				type: ['Address'],
				addressCountryCode: def.country,
				...(def.region ? { addressRegion: def.region } : {})
			}
		},
		validFrom: iso(args.issuedAt),
		awardedDate: iso(args.issuedAt),
		...(until ? { validUntil: iso(until) } : {}),
		credentialSubject: {
			id: args.holder.subjectId,
			type: ['AchievementSubject'],
			identifier: [
				{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: args.holder.name },
				{
					type: 'IdentityObject',
					identityType: 'emailAddress',
					hashed: true,
					identityHash: hashedEmail(args.holder.email, salt),
					salt
				}
			],
			...(def.credits != null ? { creditsEarned: def.credits } : {}),
			achievement: {
				id: urls.achievement(def.id, def.version),
				type: ['Achievement'],
				...(def.version ? { version: def.version } : {}),
				achievementType: 'MicroCredential',
				name: def.title,
				description: def.outcomes,
				criteria: { narrative: narrative(def) },
				image: { id: urls.image(def.id), type: 'Image', caption: def.title },
				resultDescription: [
					{
						id: resultId,
						type: ['ResultDescription'],
						name: def.assessment,
						resultType: 'Percent',
						requiredValue: String(def.minScore)
					}
				],
				[EXTENSION_TERM]: {
					participation: def.participation,
					assessmentType: def.assessmentType,
					workloadHours: def.workloadHours,
					qualityAssurance: { type: def.qaType, description: def.qualityAssurance },
					country: def.country,
					...(def.region ? { region: def.region } : {})
				},
				...(def.credits != null ? { creditsAvailable: def.credits } : {}),
				inLanguage: def.language,
				alignment: [
					{
						type: ['Alignment'],
						targetName: `EQF level ${def.eqfLevel}`,
						targetUrl: 'https://europa.eu/europass/en/description-eight-eqf-levels',
						targetFramework: 'European Qualifications Framework',
						targetCode: String(def.eqfLevel)
					}
				]
			}
		},
		credentialStatus: {
			id: `${urls.statusList}#${args.statusIndex}`,
			type: 'BitstringStatusListEntry',
			statusPurpose: 'revocation',
			statusListIndex: String(args.statusIndex),
			statusListCredential: urls.statusList
		},
		credentialSchema: [{ id: OB_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }]
	};
}
export type OpenBadgeCredential = ReturnType<typeof buildOpenBadgeCredential>;

export function buildStatusListCredential(args: {
	origin: string;
	orgId: string;
	issuerName: string;
	encodedList: string;
	now: Date;
}) {
	const urls = issuerUrls(args.origin, args.orgId);
	return {
		'@context': [VC_CONTEXT],
		id: urls.statusList,
		type: ['VerifiableCredential', 'BitstringStatusListCredential'],
		issuer: { id: urls.issuer, name: args.issuerName },
		validFrom: args.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
		credentialSubject: {
			id: `${urls.statusList}#list`,
			type: 'BitstringStatusList',
			statusPurpose: 'revocation',
			encodedList: args.encodedList
		}
	};
}
