// Test people's password hashes, derived once per password per test process. Scrypt (src/lib/server/auth/passwords.ts)
// takes a tenth of a second of CPU or more by design, and the suite makes about a thousand people, most of them with
// one of a few passwords: deriving each anew took most of the suite's time (its tests' summed time fell from 601 to
// 186 s without it). The hashes are real (production parameters and format), so signing in still verifies a password
// against them; people with the same password share a salt, which only a test can afford.
import { hashPassword } from '../../../src/lib/server/auth/accounts';

const hashes = new Map<string, Promise<string>>();

export function passwordHashFor(password: string): Promise<string> {
	let hash = hashes.get(password);
	if (!hash) hashes.set(password, (hash = hashPassword(password)));
	return hash;
}
