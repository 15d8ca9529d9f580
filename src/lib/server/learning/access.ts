// Who may act on a pair or a programme, asked by a route before it reads the form (http/action.ts `access`): a
// person refused learns nothing about the form. The functions that act check the same rules again.
import { authorize } from '../policy';
import type { Actor } from '../actor';
import { loadPair, loadProgramme, pairTarget } from './records';

/** The pair's two people: they write and confirm its log. */
export async function pairParticipant(actor: Actor, pairId: string) {
	authorize(actor, 'learning.log', pairTarget(await loadPair(actor.orgId, pairId)));
}

/** The pair's buddy alone signs off its checklist. */
export async function pairBuddy(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.signoff', { orgId: actor.orgId, teamId: pair.team_id, participants: [pair.guide_id] });
}

/** Those who manage the programme's team: pairs, exclusions, checklists, the programme itself. */
export async function programmeManager(actor: Actor, programmeId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
}
