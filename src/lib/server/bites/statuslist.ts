// W3C Bitstring Status List: a gzip-compressed bitstring of at least 16 KB, base64url-encoded with the
// multibase prefix "u". Bit 0 is the most significant bit of the first byte; a set bit means revoked.
import { gzipSync, gunzipSync } from 'node:zlib';

export const STATUS_LIST_BITS = 131_072;

export function encodeStatusList(revoked: Iterable<number>, bits = STATUS_LIST_BITS): string {
	const bytes = new Uint8Array(bits / 8);
	for (const index of revoked) {
		if (index < 0 || index >= bits) continue;
		bytes[index >> 3] |= 0x80 >> (index & 7);
	}
	return 'u' + gzipSync(bytes).toString('base64url');
}

export function statusBit(encodedList: string, index: number): boolean {
	if (!encodedList.startsWith('u')) throw new Error('unsupported multibase encoding');
	const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
	if (index < 0 || index >= bytes.length * 8) throw new Error('status index out of range');
	return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
