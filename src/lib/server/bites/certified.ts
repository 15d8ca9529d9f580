// What an issued credential certified: the exact module versions, as stored with it and as named in it.
import { createHash } from 'node:crypto';
import type { CertifiedVersion } from './versions';

/** How a certified module version reads in a credential: title, version number and content hash. */
export function versionLabel(v: CertifiedVersion) {
	return `${v.title} (version ${v.version}, content sha256:${v.contentHash.slice(0, 16)})`;
}

/** The short hash an achievement id carries: the definition and the exact module versions it certified. */
export function achievementVersion(defId: string, certified: CertifiedVersion[]) {
	return createHash('sha256')
		.update(JSON.stringify([defId, ...certified.map((c) => [c.moduleId, c.version, c.contentHash])]))
		.digest('hex')
		.slice(0, 16);
}

export function parseCertified(json: string): CertifiedVersion[] {
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v : [];
	} catch {
		return [];
	}
}
