// Who is acting: every module function takes this first.
import type { OrgRole, TeamRole } from './db/schema';

export interface Actor {
	userId: string;
	name: string;
	email: string;
	orgId: string;
	role: OrgRole;
	/** team id → the actor's role in that team (of the current organisation) */
	teams: Record<string, TeamRole>;
}
