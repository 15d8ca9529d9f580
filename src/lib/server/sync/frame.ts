// WebSocket framing for broadcasts. A server's frames are unmasked, so one update's frame is the same
// bytes for every recipient: we build it once and write it to each socket, instead of letting ws frame
// the same payload again per connection (ws keeps ping, pong and close frames; with compression off it
// writes each frame to the socket whole and at once, so our frames never interleave with its own).
const finBinary = 0x82;

/** A binary frame of `length` payload bytes with its header written; the payload goes at `headerLength`. */
function allocateFrame(length: number) {
	const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
	const frame = Buffer.allocUnsafe(headerLength + length);
	frame[0] = finBinary;
	if (length < 126) {
		frame[1] = length;
	} else if (length < 65536) {
		frame[1] = 126;
		frame.writeUInt16BE(length, 2);
	} else {
		frame[1] = 127;
		frame.writeUInt32BE(0, 2);
		frame.writeUInt32BE(length, 6);
	}
	return { frame, headerLength };
}

export function binaryFrame(payload: Uint8Array): Buffer {
	const length = payload.length;
	const { frame, headerLength } = allocateFrame(length);
	frame.set(payload, headerLength);
	return frame;
}

/**
 * The frame of a sync `update` message carrying `update` (protocol.ts' `encodeUpdate`, framed), written in
 * one allocation: this runs for every update a room broadcasts.
 */
export function updateFrame(update: Uint8Array): Buffer {
	let lengthBytes = 1;
	for (let n = update.length; n > 0x7f; n = Math.floor(n / 0x80)) lengthBytes++;
	const length = 2 + lengthBytes + update.length;
	const { frame, headerLength } = allocateFrame(length);
	let at = headerLength;
	frame[at++] = 0; // messageSync
	frame[at++] = 2; // sync update
	for (let n = update.length; ; n = Math.floor(n / 0x80)) {
		if (n <= 0x7f) {
			frame[at++] = n;
			break;
		}
		frame[at++] = 0x80 | (n & 0x7f);
	}
	frame.set(update, at);
	return frame;
}
