// "SSO only": whether password sign-in is refused for a person. Kept apart from the sign-in flow so the
// password sign-in (auth/signin.ts) can ask without importing the OpenID Connect client.
import { db } from '../db/current';

/**
 * Refused when the person is a non-admin member of an organisation whose single sign-on is on and required.
 * Admins keep their password as the break-glass: a broken or misconfigured identity provider must not lock
 * the organisation out of its own settings.
 */
export async function passwordSignInRefused(userId: string): Promise<boolean> {
	const row = await db()
		.selectFrom('memberships')
		.innerJoin('sso_configs', 'sso_configs.org_id', 'memberships.org_id')
		.select('memberships.id')
		.where('memberships.user_id', '=', userId)
		.where('memberships.role', '!=', 'admin')
		.where('sso_configs.enabled', '=', 1)
		.where('sso_configs.sso_only', '=', 1)
		.executeTakeFirst();
	return !!row;
}
