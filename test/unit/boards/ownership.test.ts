import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { noteOwnerTag } from '../../../src/lib/boards/ownership';

describe('note owner tags', () => {
	it('are the standard HMAC-SHA256 of the note id under the owner key, so server and browser agree', () => {
		for (const key of ['k', 'x'.repeat(100)]) {
			const expected = createHmac('sha256', key).update('note:abc123').digest('hex').slice(0, 32);
			expect(noteOwnerTag(key, 'abc123')).toBe(expected);
		}
	});

	it('differ per note and per key, and are empty without a key', () => {
		expect(noteOwnerTag('k', 'a')).not.toBe(noteOwnerTag('k', 'b'));
		expect(noteOwnerTag('k', 'a')).not.toBe(noteOwnerTag('j', 'a'));
		expect(noteOwnerTag('', 'a')).toBe('');
	});
});
