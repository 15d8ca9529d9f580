import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { encodeStatusList, statusBit, STATUS_LIST_BITS } from '../../../src/lib/server/bites/statuslist';

describe('the Bitstring Status List', () => {
	it('is a multibase base64url, gzip-compressed list of at least 16 KB', () => {
		const encoded = encodeStatusList([]);
		expect(encoded.startsWith('u')).toBe(true);
		expect(gunzipSync(Buffer.from(encoded.slice(1), 'base64url')).length).toBe(STATUS_LIST_BITS / 8);
	});
	it('sets exactly the revoked indexes, index 0 being the first byte’s most significant bit', () => {
		const encoded = encodeStatusList([0, 9, 131071]);
		const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
		expect(bytes[0]).toBe(0b1000_0000);
		expect(bytes[1]).toBe(0b0100_0000);
		expect(bytes[bytes.length - 1]).toBe(0b0000_0001);
		for (const i of [0, 9, 131071]) expect(statusBit(encoded, i)).toBe(true);
		for (const i of [1, 8, 10, 5000]) expect(statusBit(encoded, i)).toBe(false);
	});
});
