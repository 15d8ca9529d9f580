// Whose note is it? Each participant gets an owner key from the server (HMAC of the server's secret, the
// board and the participant; see server/boards/ownership.ts). A note carries `ownerTag` = HMAC(owner key,
// note id): the author's client and the server can recompute it and so recognise the author's notes;
// nobody else can, and since the tag differs per note, tags do not even link two notes of one author —
// which anonymous boards require. Synchronous (lib0's SHA-256), so a note is tagged as it is created.
import { digest } from 'lib0/hash/sha256';

const encoder = new TextEncoder();
const BLOCK = 64;

function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
	const k = new Uint8Array(BLOCK);
	k.set(key.length > BLOCK ? digest(key) : key);
	const inner = new Uint8Array(BLOCK + message.length);
	const outer = new Uint8Array(BLOCK + 32);
	for (let i = 0; i < BLOCK; i++) {
		inner[i] = k[i] ^ 0x36;
		outer[i] = k[i] ^ 0x5c;
	}
	inner.set(message, BLOCK);
	outer.set(digest(inner), BLOCK);
	return digest(outer);
}

/** The tag a note written by the holder of `ownerKey` carries ('' without a key). 128 bits, hex. */
export function noteOwnerTag(ownerKey: string, noteId: string): string {
	if (!ownerKey) return '';
	const mac = hmacSha256(encoder.encode(ownerKey), encoder.encode(`note:${noteId}`));
	return Array.from(mac.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
