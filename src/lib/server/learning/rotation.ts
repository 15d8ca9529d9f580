// Peer-feedback circles: who meets whom in each round. The circle method (round-robin tournament
// scheduling) keeps one person fixed and turns the rest; every pair meets exactly once in n-1 rounds
// (n rounds for an odd circle, where each round one person sits out — the "bye").

export interface Round {
	pairs: [string, string][];
	/** who sits out this round (odd circles only) */
	bye: string | null;
}

export function circleRounds(people: string[]): Round[] {
	if (people.length < 2) return [];
	const ring: (string | null)[] = [...people];
	if (ring.length % 2 === 1) ring.push(null);
	const n = ring.length;
	const rounds: Round[] = [];
	for (let r = 0; r < n - 1; r++) {
		const pairs: [string, string][] = [];
		let bye: string | null = null;
		for (let i = 0; i < n / 2; i++) {
			const a = ring[i];
			const b = ring[n - 1 - i];
			if (a === null) bye = b;
			else if (b === null) bye = a;
			else pairs.push([a, b]);
		}
		rounds.push({ pairs, bye });
		// Keep ring[0] in place and turn the others one step.
		ring.splice(1, 0, ring.pop()!);
	}
	return rounds;
}
