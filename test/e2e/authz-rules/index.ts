// The expectation table of the authorisation matrix (authz.spec.ts): for each route pattern and form action,
// what each role gets on a record of its own organisation. "The team" is the team the records belong to;
// "otherManager" manages a different team of the same organisation. On another organisation's records every
// signed-in role is refused (403/404) unless the rule is public.
// ok: the page/endpoint answers 2xx · redirect: 3xx elsewhere than sign-in · signin: sent to sign in · 403/404.
// Form actions are replayed only for the roles that are refused (an allowed post would change the data).
// The rules are written by area, one module each; this index puts them back together.
import type { Rule } from './rule';
import { ACTIONS } from './actions';
import { BITES } from './bites';
import { BOARDS } from './boards';
import { LEARNING } from './learning';
import { ORGANISATION } from './organisation';
import { PUBLIC } from './public';
import { SURVEYS } from './surveys';

export { ROLES, type Outcome, type Role, type Rule } from './rule';

const AREAS: Record<string, Rule>[] = [ORGANISATION, ACTIONS, BITES, BOARDS, LEARNING, SURVEYS, PUBLIC];

/** Every area's rules in one table; a route in two areas is a mistake (one of the two rules would be lost). */
export const RULES: Record<string, Rule> = {};
for (const area of AREAS) {
	for (const [key, rule] of Object.entries(area)) {
		if (key in RULES) throw new Error(`two authorisation rules for ${key}`);
		RULES[key] = rule;
	}
}
