// How many connections who may hold. A join code is all a guest needs, and one attacker can join many
// times over, so guests' connections are capped as a group (per document and per address) below the
// totals: whatever guests do, members — signed in — still get in. Everyone, member or guest, is also
// capped per person, so one identity cannot hold a document's capacity alone.
import type { Principal } from './access';
import { ConnectionCounter, type SyncLimits } from './limits';

/** One admitted connection's share of the counters, released when it closes. */
export interface Ticket {
	readonly docName: string;
	readonly ip: string;
	readonly person: string;
	readonly guest: boolean;
}

export type Refusal = { status: 429 | 503; reason: string };

/** `user:<id>`, `guest:<id>`, or the address when the app named nobody. */
export function personKey(principal: Principal | undefined, ip: string): string {
	if (principal?.kind === 'user') return `user:${principal.actor.userId}`;
	if (principal?.kind === 'guest') return `guest:${principal.guestId}`;
	return `ip:${ip}`;
}

export class Admission {
	private readonly perDoc: ConnectionCounter;
	private readonly guestsPerDoc: ConnectionCounter;
	private readonly guestsPerIp: ConnectionCounter;
	private readonly perPerson: ConnectionCounter;
	private readonly perPersonDoc: ConnectionCounter;

	constructor(limits: SyncLimits) {
		this.perDoc = new ConnectionCounter(limits.maxConnectionsPerDoc);
		this.guestsPerDoc = new ConnectionCounter(limits.maxGuestConnectionsPerDoc);
		this.guestsPerIp = new ConnectionCounter(limits.maxConnectionsPerIp);
		this.perPerson = new ConnectionCounter(limits.maxConnectionsPerPerson);
		this.perPersonDoc = new ConnectionCounter(limits.maxConnectionsPerPersonPerDoc);
	}

	/** Reserves the ticket's slots, all or none; a refusal says which limit was full. */
	admit(docName: string, ip: string, principal: Principal | undefined): Ticket | Refusal {
		const ticket: Ticket = { docName, ip, person: personKey(principal, ip), guest: principal?.kind !== 'user' };
		const steps: Array<[ConnectionCounter, string, Refusal]> = [
			[this.perPerson, ticket.person, { status: 429, reason: 'person' }],
			[this.perPersonDoc, `${ticket.person}\n${docName}`, { status: 429, reason: 'person-doc' }]
		];
		if (ticket.guest) {
			steps.push(
				[this.guestsPerIp, ip, { status: 429, reason: 'guest-ip' }],
				[this.guestsPerDoc, docName, { status: 503, reason: 'guest-doc' }]
			);
		}
		steps.push([this.perDoc, docName, { status: 503, reason: 'doc' }]);
		const taken: Array<[ConnectionCounter, string]> = [];
		for (const [counter, key, refusal] of steps) {
			if (!counter.tryAdd(key)) {
				for (const [c, k] of taken) c.remove(k);
				return refusal;
			}
			taken.push([counter, key]);
		}
		return ticket;
	}

	release(ticket: Ticket) {
		this.perPerson.remove(ticket.person);
		this.perPersonDoc.remove(`${ticket.person}\n${ticket.docName}`);
		if (ticket.guest) {
			this.guestsPerIp.remove(ticket.ip);
			this.guestsPerDoc.remove(ticket.docName);
		}
		this.perDoc.remove(ticket.docName);
	}
}

export function isRefusal(result: Ticket | Refusal): result is Refusal {
	return 'status' in result;
}
