// Pure rules of the API and webhooks: which addresses a webhook may never call, and how lists are paged.
import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../../src/lib/server/webhooks/address';
import { BadQuery, paginate } from '../../../src/lib/server/api/pagination';

describe('a webhook address', () => {
	it.each([
		'127.0.0.1',
		'10.0.0.5',
		'172.16.0.1',
		'172.31.255.255',
		'192.168.0.10',
		'169.254.169.254',
		'100.64.1.1',
		'0.0.0.0',
		'224.0.0.1',
		'::1',
		'::',
		'fd12:3456::1',
		'fe80::1',
		'::ffff:127.0.0.1',
		'::ffff:7f00:1',
		'::ffff:a9fe:a9fe',
		'64:ff9b::10.0.0.1',
		'not an address'
	])('refuses %s', (ip) => expect(isPrivateAddress(ip)).toBe(true));

	it.each(['8.8.8.8', '172.32.0.1', '203.0.113.5', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('allows %s', (ip) =>
		expect(isPrivateAddress(ip)).toBe(false)
	);
});

describe('a paged list', () => {
	const items = Array.from({ length: 5 }, (_, i) => ({ id: `id${i}` }));
	const q = (s: string) => new URLSearchParams(s);

	it('walks every item once, in order, and says when it is done', () => {
		const first = paginate(items, q('limit=2'));
		expect(first).toEqual({ data: [{ id: 'id0' }, { id: 'id1' }], next: 'id1' });
		const second = paginate(items, q(`limit=2&cursor=${first.next}`));
		expect(second.data.map((i) => i.id)).toEqual(['id2', 'id3']);
		expect(paginate(items, q(`limit=2&cursor=${second.next}`))).toEqual({ data: [{ id: 'id4' }], next: null });
		expect(paginate(items, q('')).next).toBeNull();
	});

	it('refuses a limit out of range and a cursor from elsewhere', () => {
		for (const s of ['limit=0', 'limit=201', 'limit=1.5', 'limit=x', 'cursor=nope'])
			expect(() => paginate(items, q(s)), s).toThrow(BadQuery);
	});
});
