// The names of a ZIP archive's entries, read from its central directory (the index at the end of the file), so an
// Office document can be told from any other ZIP by the part it must hold. Nothing is unpacked.
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The entry names, or null when the bytes are not a readable ZIP (no local header at the start, no directory). */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
	if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
		return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end record is the last 22 bytes plus a comment of at most 65 535 bytes.
	let end = -1;
	for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === EOCD) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const names: string[] = [];
	const decoder = new TextDecoder();
	for (let n = 0; n < count; n++) {
		if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return null;
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		if (at + 46 + nameLength > end) return null;
		names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return names;
}
