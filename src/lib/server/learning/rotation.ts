// Peer-feedback circles: who meets whom in each round. The circle method (round-robin tournament
// scheduling) keeps one person fixed and turns the rest; every pair meets exactly once in n-1 rounds
// (n rounds for an odd circle, where each round one person sits out — the "bye").
//
// A pair that must never meet ("never pair") is left out of its round, and both sit out that round: in a
// round-robin every pair has its round, so any other partner for them would be a repeat.

export interface Round {
	pairs: [string, string][];
	/** who has no partner this round: the bye of an odd circle, and the two of an excluded pair */
	sittingOut: string[];
}

export function circleRounds(people: string[], excluded: (a: string, b: string) => boolean = () => false): Round[] {
	if (people.length < 2) return [];
	const ring: (string | null)[] = [...people];
	if (ring.length % 2 === 1) ring.push(null);
	const n = ring.length;
	const rounds: Round[] = [];
	for (let r = 0; r < n - 1; r++) {
		const pairs: [string, string][] = [];
		const sittingOut: string[] = [];
		for (let i = 0; i < n / 2; i++) {
			const a = ring[i];
			const b = ring[n - 1 - i];
			if (a === null) sittingOut.push(b!);
			else if (b === null) sittingOut.push(a);
			else if (excluded(a, b) || excluded(b, a)) sittingOut.push(a, b);
			else pairs.push([a, b]);
		}
		if (pairs.length) rounds.push({ pairs, sittingOut });
		// Keep ring[0] in place and turn the others one step.
		ring.splice(1, 0, ring.pop()!);
	}
	return rounds;
}

/**
 * The rounds of `sessions` sessions: the rotation in order, started again once everyone has met
 * everyone (a circle of five has five rounds; its sixth session begins the second turn).
 */
export function roundsFor(rotation: Round[], sessions: number): Round[] {
	if (rotation.length === 0) return [];
	return Array.from({ length: sessions }, (_, i) => rotation[i % rotation.length]);
}

/** The key of an unordered pair. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The rotation's rounds without the pairs that have already met (`met`, by pairKey): what is left of this
 * turn, so a regenerated plan continues the circle instead of starting it again. Empty once everyone who may
 * meet has met — then a new turn begins with the whole rotation.
 */
export function remainingRounds(rotation: Round[], met: Set<string>): Round[] {
	const left: Round[] = [];
	for (const round of rotation) {
		const pairs = round.pairs.filter(([a, b]) => !met.has(pairKey(a, b)));
		if (!pairs.length) continue;
		const idle = round.pairs.filter((p) => !pairs.includes(p)).flat();
		left.push({ pairs, sittingOut: [...round.sittingOut, ...idle] });
	}
	return left;
}

/** `sessions` rounds: the rest of this turn first, then whole turns of the rotation. */
export function continuedRounds(rotation: Round[], met: Set<string>, sessions: number): Round[] {
	const rest = remainingRounds(rotation, met);
	if (rotation.length === 0) return [];
	return Array.from({ length: sessions }, (_, i) =>
		i < rest.length ? rest[i] : rotation[(i - rest.length) % rotation.length]
	);
}
