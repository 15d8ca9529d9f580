// Reads an uploaded LMS package before anything is written: a ZIP whose entries stay inside the package (no `../`,
// no absolute or drive paths: zip slip), within a number of files and an unpacked size (zip bomb), with a manifest
// at its top level that names a launch file the package holds. Throws Invalid with a message key otherwise. Pure.
import { unzipSync } from 'fflate';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { Invalid } from '../errors';
import type { PackageStandard } from '$lib/bites/packages';

export const MAX_PACKAGE_FILES = 2000;

export interface PackageContents {
	standard: PackageStandard;
	title: string;
	/** the launch file's path inside the package, with the query string the manifest gives it */
	launch: string;
	files: Map<string, Uint8Array>;
	bytes: number;
	/** a cmi5 package's course and the assignable unit it plays */
	cmi5: Cmi5Course | null;
}

export const MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof MOVE_ON)[number];

/** What Samspil keeps of cmi5.xml: the course's id and its first assignable unit (the one a module plays). */
export interface Cmi5Course {
	courseId: string;
	au: {
		id: string;
		title: string;
		/** the AU's launch file inside the package, with the query string cmi5.xml gives it */
		url: string;
		moveOn: MoveOn;
		/** 0…1, or null when cmi5.xml sets none */
		masteryScore: number | null;
		launchParameters: string;
	};
	/** how many AUs cmi5.xml lists (only the first is played) */
	auCount: number;
}

/** A path inside the package, or null when it would leave it (or is a folder). */
export function safeEntryPath(name: string): string | null | 'unsafe' {
	const path = name.replace(/\\/g, '/');
	if (path.endsWith('/')) return null;
	if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\0')) return 'unsafe';
	const parts = path.split('/');
	if (parts.some((p) => p === '..')) return 'unsafe';
	return parts.filter((p) => p !== '' && p !== '.').join('/');
}

function unpack(bytes: Uint8Array, maxBytes: number) {
	if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
		throw new Invalid('package_error_not_zip', 'file');
	let count = 0;
	let declared = 0;
	let unsafe = false;
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, {
			// Asked for every entry before it is inflated: the sizes are the central directory's; fflate inflates into a
			// buffer of the declared size, so a lying entry cannot grow past it (and is caught below).
			filter: (file) => {
				const path = safeEntryPath(file.name);
				if (path === 'unsafe') unsafe = true;
				if (!path || path === 'unsafe') return false;
				count++;
				declared += file.originalSize;
				return !unsafe && count <= MAX_PACKAGE_FILES && declared <= maxBytes;
			}
		});
	} catch {
		throw new Invalid('package_error_not_zip', 'file');
	}
	if (unsafe) throw new Invalid('package_error_unsafe_path', 'file');
	if (count > MAX_PACKAGE_FILES) throw new Invalid('package_error_too_many_files', 'file', { max: MAX_PACKAGE_FILES });
	const mb = Math.round(maxBytes / 1024 / 1024);
	if (declared > maxBytes) throw new Invalid('package_error_too_large', 'file', { mb });
	const files = new Map<string, Uint8Array>();
	let total = 0;
	for (const [name, data] of Object.entries(entries)) {
		total += data.byteLength;
		files.set(safeEntryPath(name) as string, data);
	}
	if (total > maxBytes) throw new Invalid('package_error_too_large', 'file', { mb });
	return { files, total };
}

const text = (el: Element | null | undefined) => (el ? DomUtils.textContent(el).trim() : '');
/** Elements by local name, whatever namespace prefix the manifest's author chose. */
const byName = (root: Element | Element[], name: string) =>
	DomUtils.findAll(
		(e) => e.name.replace(/^.*:/, '').toLowerCase() === name.toLowerCase(),
		Array.isArray(root) ? root : [root]
	);
const attr = (el: Element, name: string) =>
	Object.entries(el.attribs).find(([k]) => k.replace(/^.*:/, '').toLowerCase() === name.toLowerCase())?.[1];

function readScorm(xml: string, files: Map<string, Uint8Array>) {
	const doc = parseDocument(xml, { xmlMode: true });
	const manifest = byName(doc.children as Element[], 'manifest')[0];
	if (!manifest) throw new Invalid('package_error_manifest', 'file');
	const version = text(byName(manifest, 'schemaversion')[0]);
	const standard: PackageStandard =
		version === '1.2' || /imscp_rootv1p1p2/.test(xml) || (!version.includes('2004') && !/adlcp_v1p3/.test(xml))
			? 'scorm12'
			: 'scorm2004';
	const organizations = byName(manifest, 'organizations')[0];
	const wanted = organizations && attr(organizations, 'default');
	const orgs = organizations ? byName(organizations, 'organization') : [];
	const org = orgs.find((o) => attr(o, 'identifier') === wanted) ?? orgs[0];
	const resources = byName(manifest, 'resource');
	const launchable = (id: string | undefined) => resources.find((r) => attr(r, 'identifier') === id && attr(r, 'href'));
	// The first item of the default organisation that points at a resource with a launch file; else the first SCO.
	const item = org ? byName(org, 'item').find((i) => launchable(attr(i, 'identifierref'))) : undefined;
	const resource =
		(item && launchable(attr(item, 'identifierref'))) ??
		resources.find((r) => attr(r, 'href') && attr(r, 'scormtype')?.toLowerCase() === 'sco');
	if (!resource) throw new Invalid('package_error_manifest', 'file');
	const base = attr(resource, 'base') ?? '';
	const launch = safeEntryPath(base + attr(resource, 'href'));
	if (!launch || launch === 'unsafe' || !files.has(launch.split(/[?#]/)[0]))
		throw new Invalid('package_error_manifest', 'file');
	const title = text(org && byName(org, 'title')[0]) || text(item && byName(item, 'title')[0]);
	return { standard, launch, title };
}

const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

/**
 * A cmi5 course structure (cmi5 section 13): the course and its AUs, perhaps inside blocks. The first AU in document
 * order is the one the module plays. Its url must be a file of this package: Samspil hosts only package content, so
 * an AU somewhere else on the web (an absolute URL) is refused.
 */
function readCmi5(xml: string, files: Map<string, Uint8Array>) {
	const doc = parseDocument(xml, { xmlMode: true });
	const structure = byName(doc.children as Element[], 'courseStructure')[0];
	const course = structure && byName(structure, 'course')[0];
	const courseId = course ? (attr(course, 'id') ?? '').trim() : '';
	if (!structure || !IRI.test(courseId)) throw new Invalid('cmi5_error_unreadable', 'file');
	const aus = byName(structure, 'au');
	if (!aus.length) throw new Invalid('cmi5_error_no_au', 'file');
	const au = aus[0];
	const id = (attr(au, 'id') ?? '').trim();
	const url = text(byName(au, 'url')[0]);
	if (!IRI.test(id) || !url) throw new Invalid('cmi5_error_au_url', 'file');
	if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url) || url.startsWith('//'))
		throw new Invalid('cmi5_error_au_external', 'file', { url: url.slice(0, 200) });
	const launch = safeEntryPath(url.split('#')[0]);
	if (!launch || launch === 'unsafe' || !files.has(launch.split('?')[0]))
		throw new Invalid('cmi5_error_au_missing', 'file', { url: url.slice(0, 200) });
	const moveOn = (attr(au, 'moveOn') ?? 'NotApplicable').trim();
	const mastery = attr(au, 'masteryScore');
	const masteryScore = mastery === undefined || mastery.trim() === '' ? null : Number(mastery);
	if (
		!(MOVE_ON as readonly string[]).includes(moveOn) ||
		(masteryScore !== null && !(masteryScore >= 0 && masteryScore <= 1))
	)
		throw new Invalid('cmi5_error_unreadable', 'file');
	const langTitle = (el: Element | undefined) => text(el && byName(el, 'langstring')[0]) || text(el);
	const auTitle = langTitle(byName(au, 'title')[0]);
	const cmi5: Cmi5Course = {
		courseId,
		au: {
			id,
			title: auTitle.slice(0, 200),
			url: launch,
			moveOn: moveOn as MoveOn,
			masteryScore,
			launchParameters: text(byName(au, 'launchParameters')[0]).slice(0, 2000)
		},
		auCount: aus.length
	};
	const title = langTitle(byName(course, 'title')[0]) || auTitle;
	return { launch, title, cmi5 };
}

function utf8(bytes: Uint8Array, key: string) {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Invalid(key, 'file');
	}
}

/** The package's standard, title, launch file and files, or Invalid. */
export function readPackage(bytes: Uint8Array, maxBytes: number): PackageContents {
	const { files, total } = unpack(bytes, maxBytes);
	const manifest = files.get('imsmanifest.xml');
	const course = files.get('cmi5.xml');
	if (!manifest && course) {
		const { launch, title, cmi5 } = readCmi5(utf8(course, 'cmi5_error_unreadable'), files);
		return { standard: 'cmi5', title: title.slice(0, 120), launch, files, bytes: total, cmi5 };
	}
	if (!manifest) throw new Invalid('package_error_no_manifest', 'file');
	const { standard, launch, title } = readScorm(utf8(manifest, 'package_error_manifest'), files);
	return { standard, title: title.slice(0, 120), launch, files, bytes: total, cmi5: null };
}
