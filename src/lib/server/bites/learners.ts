// Who is learning: a member of the organisation (their user id) or an external learner who joined a
// public collection (their bite_learners id). Progress, answers and credentials are keyed by this id.
import type { Actor } from '../actor';

export interface Learner {
	id: string;
	orgId: string;
	kind: 'member' | 'external';
	name: string;
	email: string;
}

export function memberLearner(actor: Actor): Learner {
	return { id: actor.userId, orgId: actor.orgId, kind: 'member', name: actor.name, email: actor.email };
}
