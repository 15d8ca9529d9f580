// What a rule of the authorisation matrix is, and the shorthands the area tables write rules with: the roles,
// the outcomes, the groups of roles that are let in, an app route and a public route.
export const ROLES = ['admin', 'manager', 'otherManager', 'facilitator', 'member', 'guest', 'anon'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'ok' | 'redirect' | 'signin' | 400 | 401 | 403 | 404;
export type Rule = Record<Role, Outcome> & {
	public?: boolean;
	/** what each role gets on another organisation's record, where not 'refused' */ other?: Partial<
		Record<Role, Outcome>
	>;
};

export type Signed = Exclude<Role, 'guest' | 'anon'>;
export const ALL: Signed[] = ['admin', 'manager', 'otherManager', 'facilitator', 'member'];
/** the team's members plus the roles that work across teams */
export const TEAM: Signed[] = ['admin', 'manager', 'facilitator', 'member'];
/** those who lead learning work: admins, facilitators, any team's manager */
export const LEADS: Signed[] = ['admin', 'manager', 'otherManager', 'facilitator'];
/** the team's leads */
export const TEAM_LEADS: Signed[] = ['admin', 'manager', 'facilitator'];
export const TEAM_MANAGERS: Signed[] = ['admin', 'manager'];
export const ADMIN: Signed[] = ['admin'];

/** An app route: the listed roles are let in, other signed-in roles refused; guests and signed-out people sign in. */
export function app(allowed: Signed[], refused: 403 | 404 = 403, overrides: Partial<Record<Role, Outcome>> = {}): Rule {
	const rule = { guest: 'signin', anon: 'signin' } as Rule;
	for (const r of ALL) rule[r] = allowed.includes(r) ? 'ok' : refused;
	return Object.assign(rule, overrides);
}

/** A public route: the same answer for everyone, whichever organisation. */
export function pub(outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}): Rule {
	const rule = { public: true } as Rule;
	for (const r of ROLES) rule[r] = outcome;
	return Object.assign(rule, overrides);
}

export const SIGNED_IN_REDIRECT = {
	admin: 'redirect',
	manager: 'redirect',
	otherManager: 'redirect',
	facilitator: 'redirect',
	member: 'redirect'
} as const;
