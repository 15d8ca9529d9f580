// Reactions on notes: each person's own, toggled by their key; tags neither name them nor link two of their
// reactions; malformed keys are not read.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	parseReactionKey,
	reactionKey,
	reactionTag,
	readReactions,
	toggleReaction
} from '../../../src/lib/boards/reactions';

const ANN = 'ann-owner-key';
const BO = 'bo-owner-key';

describe('reactions', () => {
	it('toggles one person’s reaction on and off, next to another person’s', () => {
		const map = new Y.Doc().getMap('reactions');
		expect(toggleReaction(map, ANN, 'n1', '+1')).toBe(true);
		expect(toggleReaction(map, BO, 'n1', '+1')).toBe(true);
		expect(toggleReaction(map, ANN, 'n1', 'idea')).toBe(true);
		expect(readReactions(map).get('n1')?.get('+1')).toHaveLength(2);
		expect(toggleReaction(map, ANN, 'n1', '+1')).toBe(false);
		const after = readReactions(map).get('n1')!;
		expect(after.get('+1')).toEqual([reactionTag(BO, 'n1', '+1')]);
		expect(after.get('idea')).toEqual([reactionTag(ANN, 'n1', 'idea')]);
	});

	it('gives every note and reaction its own tag, so two reactions of one person are not linked', () => {
		const tags = [reactionTag(ANN, 'n1', '+1'), reactionTag(ANN, 'n2', '+1'), reactionTag(ANN, 'n1', 'heart')];
		expect(new Set(tags).size).toBe(3);
		for (const tag of tags) expect(tag).toMatch(/^[0-9a-f]{32}$/);
		expect(reactionTag(BO, 'n1', '+1')).not.toBe(tags[0]);
		expect(reactionTag('', 'n1', '+1')).toBe('');
	});

	it('reads only well-formed keys: a known reaction and a 128-bit tag', () => {
		const map = new Y.Doc().getMap('reactions');
		const good = reactionKey('n1', 'heart', reactionTag(ANN, 'n1', 'heart'));
		for (const key of [good, 'n1 heart Ann', `n1 vote ${'a'.repeat(32)}`, `n1 heart ${'a'.repeat(32)} extra`, 'junk'])
			map.set(key, 1);
		expect(parseReactionKey(good)).toEqual({ noteId: 'n1', reaction: 'heart', tag: reactionTag(ANN, 'n1', 'heart') });
		expect(parseReactionKey('n1 heart Ann')).toBeNull();
		const read = readReactions(map);
		expect([...read.keys()]).toEqual(['n1']);
		expect([...read.get('n1')!.entries()]).toEqual([['heart', [reactionTag(ANN, 'n1', 'heart')]]]);
	});
});
