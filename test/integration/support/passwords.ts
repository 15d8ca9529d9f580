// Test people, made with createUser and a password hash derived once per password per test process. Scrypt
// (src/lib/server/auth/passwords.ts) takes a tenth of a second of CPU or more by design, and the suite makes about a
// thousand people, most of them with one of a few passwords: deriving each anew took most of the suite's time (its
// tests' summed time fell from 601 to 186 s without it). The hashes are real (production parameters and format), so
// signing in still verifies a password against them; people with the same password share a salt, which only a test
// can afford.
import { createUser, hashPassword } from '../../../src/lib/server/auth/accounts';

const hashes = new Map<string, Promise<string>>();

function passwordHashFor(password: string): Promise<string> {
	let hash = hashes.get(password);
	if (!hash) hashes.set(password, (hash = hashPassword(password)));
	return hash;
}

/** createUser for tests: the same account, with the password's hash from the cache above. */
export async function createTestUser(input: { email: string; name: string; password: string }) {
	return createUser({ ...input, passwordHash: await passwordHashFor(input.password) });
}
