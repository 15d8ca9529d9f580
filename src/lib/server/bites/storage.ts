// Uploaded media live on disk under the data folder (DATA_DIR, else the SQLite file's folder, else ./data),
// never in the database. A file is accepted only when its first bytes say it is one of the allowed types
// (the name and the browser's claimed type are ignored) and it is within the size limit.
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { config } from '../config';
import { isPostgresUrl, sqlitePath } from '../db/index';
import { Invalid } from '../errors';
import { newId } from '../ids';

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

let override: string | undefined;

/** Tests point the data folder at a temporary directory. */
export function useDataDir(dir: string | undefined) {
	override = dir;
}

export function dataDir(): string {
	if (override) return override;
	if (config.dataDir) return path.resolve(config.dataDir);
	if (isPostgresUrl(config.databaseUrl)) return path.resolve('data');
	const file = sqlitePath(config.databaseUrl);
	return file === ':memory:' ? path.resolve('data') : path.dirname(file);
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
}

/** Checks size and magic bytes, then writes the file; throws Invalid with a message key otherwise. */
export async function storeUpload(orgId: string, bytes: Uint8Array, expected?: 'image' | 'video' | 'audio'): Promise<StoredFile> {
	if (bytes.byteLength === 0) throw new Invalid('error_bites_upload_empty', 'file');
	if (bytes.byteLength > maxUploadBytes()) throw new Invalid('error_bites_upload_too_big', 'file');
	const type = await fileTypeFromBuffer(bytes);
	const kind = type ? ALLOWED_TYPES[type.mime] : undefined;
	if (!type || !kind) throw new Invalid('error_bites_upload_type', 'file');
	if (expected && kind !== expected) throw new Invalid('error_bites_upload_kind', 'file');
	const fileName = `${newId()}.${type.ext}`;
	const dir = mediaDir(orgId);
	fs.mkdirSync(dir, { recursive: true });
	await fs.promises.writeFile(path.join(dir, fileName), bytes, { mode: 0o640 });
	return { fileName, mime: type.mime, size: bytes.byteLength, kind };
}

export async function readStored(orgId: string, fileName: string): Promise<Buffer> {
	if (!/^[A-Za-z0-9_-]+\.[a-z0-9]+$/.test(fileName)) throw new Error('bad file name');
	return fs.promises.readFile(path.join(mediaDir(orgId), fileName));
}

/** An organisation is deleted: its uploads go with it. */
export async function deleteOrgMedia(orgId: string): Promise<void> {
	await fs.promises.rm(mediaDir(orgId), { recursive: true, force: true });
}
