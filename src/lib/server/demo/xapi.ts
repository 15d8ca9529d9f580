// A Learning Record Store the admin set up for a trial and left switched off, so the xAPI settings page is
// lived-in from the first minute. It names a host under .invalid (RFC 2606), which never resolves: the demo
// sends nothing anywhere, even if someone switches it on.
import { randomBytes } from 'node:crypto';
import { loadActor } from '../auth/index';
import { saveXapiSettings } from '../xapi/index';
import type { Actor } from '../actor';
import type { DemoContext } from './context';

export async function seedXapi(ctx: DemoContext) {
	const admin = (await loadActor(ctx.adminId, ctx.orgId)) as Actor;
	await saveXapiSettings(admin, {
		endpoint: 'https://lrs.example.invalid/xapi',
		key: 'samspil-demo',
		secret: randomBytes(18).toString('base64url'),
		identify: 'account',
		enabled: false
	});
}
