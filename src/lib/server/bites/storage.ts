// Uploaded media live on disk under the data folder (DATA_DIR, else the SQLite file's folder, else ./data),
// never in the database. A file is accepted only when its first bytes say it is one of the allowed types
// (the name and the browser's claimed type are ignored) and it is within the size limit.
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { config } from '../config';
import { app } from '../app/context';
import { Invalid } from '../errors';
import { newId } from '../ids';
import { zipEntryNames } from './zip';

/** What may be uploaded, by the type its content proves; the card kind each type fits. */
export const ALLOWED_TYPES: Record<string, 'image' | 'video' | 'audio'> = {
	'image/png': 'image',
	'image/jpeg': 'image',
	'image/gif': 'image',
	'image/webp': 'image',
	'video/mp4': 'video',
	'video/webm': 'video',
	'audio/mpeg': 'audio',
	'audio/ogg': 'audio',
	'audio/x-m4a': 'audio',
	'audio/mp4': 'audio',
	'audio/wav': 'audio',
	'audio/x-wav': 'audio'
};

/**
 * Files a learner may download: the type the content proves, and for the Office formats (ZIP containers, which any
 * ZIP could pretend to be) the main part the archive must also hold.
 */
export const DOWNLOAD_TYPES: Record<string, { ext: string; mainPart?: string }> = {
	'application/pdf': { ext: 'pdf' },
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
		ext: 'docx',
		mainPart: 'word/document.xml'
	},
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', mainPart: 'xl/workbook.xml' }
};

/** A captions file is small text; a longer one is not captions. */
export const MAX_CAPTIONS_BYTES = 512 * 1024;

/** The app's data folder (DATA_DIR, else the SQLite file's folder, else ./data; a test gives its app a temporary one). */
export function dataDir(): string {
	return app().dataDir;
}

export function maxUploadBytes() {
	return Math.round(config.biteUploadMaxMb * 1024 * 1024);
}

function mediaDir(orgId: string) {
	// org ids are our own base64url ids; the check keeps a path a path.
	if (!/^[A-Za-z0-9_-]+$/.test(orgId)) throw new Error('bad org id');
	return path.join(dataDir(), 'bites', orgId);
}

export interface StoredFile {
	fileName: string;
	mime: string;
	size: number;
	kind: 'image' | 'video' | 'audio';
	/** an image's size in pixels, when its format says (so the player can reserve its space) */
	width?: number | null;
	height?: number | null;
}

/** An image's width and height as its header states them; none when the header cannot be read. */
function dimensionsOf(bytes: Uint8Array) {
	try {
		const { width, height } = imageSize(bytes);
		return width > 0 && height > 0 ? { width, height } : {};
	} catch {
		return {};
	}
}

/** Checks size and magic bytes, then writes the file; throws Invalid with a message key otherwise. */
export async function storeUpload(
	orgId: string,
	bytes: Uint8Array,
	expected?: 'image' | 'video' | 'audio'
): Promise<StoredFile> {
	if (bytes.byteLength === 0) throw new Invalid('error_bites_upload_empty', 'file');
	if (bytes.byteLength > maxUploadBytes()) throw new Invalid('error_bites_upload_too_big', 'file');
	const type = await fileTypeFromBuffer(bytes);
	const kind = type ? ALLOWED_TYPES[type.mime] : undefined;
	if (!type || !kind) throw new Invalid('error_bites_upload_type', 'file');
	if (expected && kind !== expected) throw new Invalid('error_bites_upload_kind', 'file');
	const fileName = await writeFile(orgId, bytes, type.ext);
	return { fileName, mime: type.mime, size: bytes.byteLength, kind, ...(kind === 'image' ? dimensionsOf(bytes) : {}) };
}

async function writeFile(orgId: string, bytes: Uint8Array, ext: string) {
	const fileName = `${newId()}.${ext}`;
	const dir = mediaDir(orgId);
	fs.mkdirSync(dir, { recursive: true });
	await fs.promises.writeFile(path.join(dir, fileName), bytes, { mode: 0o640 });
	return fileName;
}

/** A downloadable document (PDF, DOCX, XLSX), checked by its bytes; throws Invalid with a message key otherwise. */
export async function storeDownload(
	orgId: string,
	bytes: Uint8Array
): Promise<{ fileName: string; mime: string; size: number; ext: string }> {
	if (bytes.byteLength === 0) throw new Invalid('error_bites_upload_empty', 'file');
	if (bytes.byteLength > maxUploadBytes()) throw new Invalid('error_bites_upload_too_big', 'file');
	const type = await fileTypeFromBuffer(bytes);
	const allowed = type ? DOWNLOAD_TYPES[type.mime] : undefined;
	if (!type || !allowed) throw new Invalid('error_bites_download_type', 'file');
	if (allowed.mainPart && !zipEntryNames(bytes)?.includes(allowed.mainPart))
		throw new Invalid('error_bites_download_type', 'file');
	const fileName = await writeFile(orgId, bytes, allowed.ext);
	return { fileName, mime: type.mime, size: bytes.byteLength, ext: allowed.ext };
}

/**
 * A WebVTT captions file: UTF-8 text (no NUL, no control bytes a text file would not hold) that begins with the
 * `WEBVTT` signature, within MAX_CAPTIONS_BYTES.
 */
export async function storeCaptions(orgId: string, bytes: Uint8Array): Promise<{ fileName: string; size: number }> {
	checkCaptions(bytes);
	return { fileName: await writeFile(orgId, bytes, 'vtt'), size: bytes.byteLength };
}

/** Throws Invalid unless the bytes are WebVTT captions (see storeCaptions). */
export function checkCaptions(bytes: Uint8Array) {
	if (bytes.byteLength === 0) throw new Invalid('error_bites_upload_empty', 'captions');
	if (bytes.byteLength > MAX_CAPTIONS_BYTES) throw new Invalid('error_bites_captions_too_big', 'captions');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Invalid('error_bites_captions_type', 'captions');
	}
	// TextDecoder drops a byte-order mark; the signature may be followed by a space, a tab or a line end.
	// eslint-disable-next-line no-control-regex -- control characters are what this refuses
	if (!/^WEBVTT(?:[ \t\r\n]|$)/.test(text) || /[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(text))
		throw new Invalid('error_bites_captions_type', 'captions');
}

export async function readStored(orgId: string, fileName: string): Promise<Buffer> {
	if (!/^[A-Za-z0-9_-]+\.[a-z0-9]+$/.test(fileName)) throw new Error('bad file name');
	return fs.promises.readFile(path.join(mediaDir(orgId), fileName));
}

/** An organisation is deleted: its uploads go with it. */
export async function deleteOrgMedia(orgId: string): Promise<void> {
	await fs.promises.rm(mediaDir(orgId), { recursive: true, force: true });
}

/** An imported package's folder: beside the organisation's media, one folder per package (package-reader.ts). */
function packageDir(orgId: string, packageId: string) {
	if (!/^[A-Za-z0-9_-]+$/.test(packageId)) throw new Error('bad package id');
	return path.join(mediaDir(orgId), 'packages', packageId);
}

/** Writes a checked package's files (their paths are already inside the package: package-reader.ts). */
export async function storePackageFiles(orgId: string, packageId: string, files: Map<string, Uint8Array>) {
	const dir = packageDir(orgId, packageId);
	for (const [name, bytes] of files) {
		const target = path.join(dir, name);
		if (!target.startsWith(dir + path.sep)) throw new Error('package path outside its folder');
		await fs.promises.mkdir(path.dirname(target), { recursive: true });
		await fs.promises.writeFile(target, bytes, { mode: 0o640 });
	}
}

/** A file of a package, or null when there is no such file inside it. */
export async function readPackageFile(orgId: string, packageId: string, name: string): Promise<Buffer | null> {
	const dir = packageDir(orgId, packageId);
	const target = path.resolve(dir, name);
	if (!target.startsWith(dir + path.sep)) return null;
	try {
		return await fs.promises.readFile(target);
	} catch {
		return null;
	}
}

export async function deletePackageFiles(orgId: string, packageId: string) {
	await fs.promises.rm(packageDir(orgId, packageId), { recursive: true, force: true });
}
