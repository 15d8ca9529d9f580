// WebSocket framing for broadcasts. A server's frames are unmasked, so one update's frame is the same
// bytes for every recipient: we build it once and write it to each socket, instead of letting ws frame
// the same payload again per connection (ws keeps ping, pong and close frames; with compression off it
// writes each frame to the socket whole and at once, so our frames never interleave with its own).
const finBinary = 0x82;

export function binaryFrame(payload: Uint8Array): Buffer {
	const length = payload.length;
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
	frame.set(payload, headerLength);
	return frame;
}
