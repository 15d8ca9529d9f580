// A consultant who belongs to several organisations switches the session's current one.
import { isMember } from '../orgs/index';
import { Forbidden } from '../errors';
import { setSessionOrg } from './sessions';

export async function switchOrganisation(userId: string, token: string, orgId: string) {
	if (!(await isMember(userId, orgId))) throw new Forbidden('org.switch');
	await setSessionOrg(token, orgId);
}
