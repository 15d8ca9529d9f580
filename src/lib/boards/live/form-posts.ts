// How the board's script calls the page's form actions (progress, follow-me, the list-count touch) without a
// form: SvelteKit answers a POST that accepts JSON with the action's result as JSON (the protocol `enhance`
// and `deserialize` use). Only the result's `type` is read here, so no private header and no `$app` import:
// the same code runs in the browser and in the Node tests.

/** Posts `values` to `?/<action>` of the page at `url`; false when it did not get through or was refused. */
export async function postAction(url: string, action: string, values: Record<string, string> = {}): Promise<boolean> {
	if (!url) return false;
	const body = new FormData();
	for (const [k, v] of Object.entries(values)) body.set(k, v);
	try {
		const res = await fetch(`${url}?/${action}`, { method: 'POST', body, headers: { accept: 'application/json' } });
		if (!res.ok) return false;
		const result = (await res.json()) as { type?: string };
		return result.type === 'success';
	} catch {
		return false;
	}
}

/**
 * The same post as a beacon, for when the page goes away (navigation, closing the tab): the browser sends it
 * after the page is gone. A beacon accepts any answer (`*\/*`), which SvelteKit also answers as JSON; its body
 * is an empty form, since actions take only form data.
 */
export function beaconAction(url: string, action: string) {
	if (typeof navigator !== 'undefined' && navigator.sendBeacon?.(`${url}?/${action}`, new FormData())) return;
	void postAction(url, action);
}
