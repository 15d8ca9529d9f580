// LMS packages in (issue 23): a SCORM 1.2, SCORM 2004 or cmi5 package becomes a draft bite module whose content is
// the package, unpacked beside the organisation's media. The player page runs scorm-again as the SCORM API and the
// package in a sandboxed frame (see the package files route); what scorm-again records comes back as the module's
// progress. A cmi5 AU plays in the same frame and reports to Samspil's cmi5 endpoints itself (cmi5.ts).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { config } from '../config';
import { PACKAGE_PATH, type PackageStandard } from '$lib/bites/packages';
import { packageGrant } from './package-files';
import { createModule } from './modules';
import { readPackage } from './package-reader';
import { deletePackageFiles, readPackageFile, storePackageFiles } from './storage';

/** Imports a package as a draft module of the actor's organisation; returns the module's id. */
export async function importPackage(
	actor: Actor,
	input: { bytes: Uint8Array; language: 'da' | 'en' | 'nl' | 'sv'; fileName: string }
) {
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const contents = readPackage(input.bytes, Math.round(config.bitePackageMaxMb * 1024 * 1024));
	const title = contents.title || input.fileName.replace(/\.zip$/i, '').slice(0, 120) || 'SCORM';
	const packageId = newId();
	await storePackageFiles(actor.orgId, packageId, contents.files);
	try {
		const module = await createModule(actor, { title, summary: '', minutes: 10, language: input.language, tags: '' });
		await db()
			.insertInto('bite_packages')
			.values({
				id: packageId,
				org_id: actor.orgId,
				module_id: module.id,
				standard: contents.standard,
				launch: contents.launch,
				files: contents.files.size,
				bytes: contents.bytes,
				created_at: nowIso(),
				cmi5: contents.cmi5 ? JSON.stringify(contents.cmi5) : null
			})
			.execute();
		return { moduleId: module.id, packageId, standard: contents.standard };
	} catch (e) {
		await deletePackageFiles(actor.orgId, packageId);
		throw e;
	}
}

export interface PackageView {
	id: string;
	standard: PackageStandard;
	/** the launch file's URL, with a grant to read the package's files (package-files.ts) */
	url: string;
}

/** Internal: the package a module plays, if it is one. */
export async function packageOfModule(orgId: string, moduleId: string): Promise<PackageView | null> {
	const row = await db()
		.selectFrom('bite_packages')
		.select(['id', 'standard', 'launch'])
		.where('module_id', '=', moduleId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!row) return null;
	// The manifest's query string (some packages launch one page with parameters) goes along as written.
	const query = row.launch.indexOf('?');
	const file = query < 0 ? row.launch : row.launch.slice(0, query);
	const launch = file.split('/').map(encodeURIComponent).join('/') + (query < 0 ? '' : row.launch.slice(query));
	return { id: row.id, standard: row.standard, url: `${PACKAGE_PATH}/${row.id}/${packageGrant(row.id)}/${launch}` };
}

/** Internal: a package's row, for serving its files (the caller checked the grant). */
export async function findPackage(packageId: string) {
	if (!/^[A-Za-z0-9_-]{10,40}$/.test(packageId)) throw new NotFound('package');
	const row = await db().selectFrom('bite_packages').selectAll().where('id', '=', packageId).executeTakeFirst();
	if (!row) throw new NotFound('package');
	return row;
}

/** Internal: a file of a package, or NotFound. */
export async function packageFileBytes(orgId: string, packageId: string, name: string) {
	const bytes = await readPackageFile(orgId, packageId, name);
	if (!bytes) throw new NotFound('file');
	return bytes;
}
