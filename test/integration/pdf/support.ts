// Reading our PDFs back the way a person's PDF reader would: the text of every page (unpdf, Mozilla's pdf.js),
// with the page-number footers taken out so a section's text is only what the document says in it.
import { expect } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { getLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime.js';
import type { Actor } from '../../../src/lib/server/actor';

export async function pdfText(bytes: Uint8Array): Promise<string> {
	expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const { text } = await extractText(pdf, { mergePages: true });
	return text
		.replace(/(Page|Side|Pagina|Sida) \d+ (of|af|van|av) \d+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The PDF's metadata: title and language as a reader shows them. */
export async function pdfInfo(bytes: Uint8Array) {
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const meta = await pdf.getMetadata();
	const sizes: [number, number][] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const [, , w, h] = (await pdf.getPage(i)).view;
		sizes.push([Math.round(w), Math.round(h)]);
	}
	return { pages: pdf.numPages, sizes, info: meta.info as { Title?: string; Language?: string } };
}

/** The text between `from` and the first of `to` after it (or the end). */
export function section(text: string, from: string, to: string[]): string {
	const start = text.indexOf(from);
	if (start < 0) throw new Error(`"${from}" is not in the PDF`);
	const rest = text.slice(start + from.length);
	const ends = to.map((t) => rest.indexOf(t)).filter((i) => i >= 0);
	return rest.slice(0, ends.length ? Math.min(...ends) : undefined).trim();
}

/** Runs `fn` with the server's language set to `locale`, as the locale middleware does for a request. */
export async function inLocale<T>(locale: 'da' | 'en' | 'nl' | 'sv', fn: () => Promise<T>): Promise<T> {
	const previous = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return await fn();
	} finally {
		overwriteGetLocale(previous);
	}
}

type Handler = (event: never) => Promise<Response> | Response;

/** Calls a route's GET as SvelteKit would for a signed-in `actor` (the hooks put the actor in locals). */
export async function get(handler: Handler, actor: Actor, params: Record<string, string>, path = '/x') {
	const url = new URL(path, 'http://samspil.test');
	const event = { locals: { actor, user: { id: actor.userId } }, params, url, request: new Request(url) };
	try {
		return await (handler as (e: typeof event) => Promise<Response>)(event);
	} catch (e) {
		// SvelteKit's error(): the status the person gets
		if (e && typeof e === 'object' && 'status' in e) return new Response(null, { status: e.status as number });
		throw e;
	}
}

/** A route's answer as a PDF download: headers checked, bytes returned. */
export async function download(response: Response, fileName: string | RegExp) {
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('application/pdf');
	const disposition = response.headers.get('content-disposition') ?? '';
	expect(disposition).toMatch(/^attachment; filename="/);
	expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toMatch(fileName);
	return new Uint8Array(await response.arrayBuffer());
}

// pdf.js decodes images with ArrayBuffer.prototype.transferToFixedLength (Node 21+); Node 20 lacks it.
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
proto.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
	const copy = new ArrayBuffer(length);
	new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
	return copy;
};

/** The first image of page `pageNumber` as RGBA pixels, as pdf.js decodes it (for reading a QR code with jsQR). */
export async function firstImage(bytes: Uint8Array, pageNumber = 1) {
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const page = await pdf.getPage(pageNumber);
	const ops = await page.getOperatorList();
	// pdf.js OPS.paintImageXObject
	const at = ops.fnArray.indexOf(85);
	if (at < 0) return null;
	const name = ops.argsArray[at][0] as string;
	const img = await new Promise<{ width: number; height: number; data: Uint8ClampedArray; kind: number }>((resolve) =>
		page.objs.get(name, resolve)
	);
	const pixels = img.width * img.height;
	const rgba = new Uint8ClampedArray(pixels * 4);
	const channels = img.data.length / pixels;
	for (let i = 0; i < pixels; i++) {
		const grey = channels === 1 ? img.data[i] : undefined;
		rgba[i * 4] = grey ?? img.data[i * channels];
		rgba[i * 4 + 1] = grey ?? img.data[i * channels + 1];
		rgba[i * 4 + 2] = grey ?? img.data[i * channels + 2];
		rgba[i * 4 + 3] = 255;
	}
	return { width: img.width, height: img.height, rgba };
}
