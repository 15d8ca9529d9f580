// The first run of a fresh install: the organisation and its admin (auth), and, when asked for, the demo
// organisation's people and records around them (demo). Both modules, so it lives where the app is put together.
import { needsSetup, setupFirstRun } from '../auth/index';
import { demoSignIns, seedDemoInto } from '../demo/index';

export { needsSetup };

export async function firstRun(
	input: { orgName: string; name: string; email: string; password: string; locale: string | null },
	demo: boolean
) {
	const done = await setupFirstRun(input);
	if (!demo) return { session: done, demo: null };
	// The demo's colleagues share a password made for this demo: shown once, so the newcomer can look at the demo
	// through their eyes. A real organisation (Start empty) has no such accounts.
	const ctx = await seedDemoInto(done.orgId, done.userId);
	return { session: done, demo: { password: ctx.password, people: demoSignIns(ctx) } };
}
