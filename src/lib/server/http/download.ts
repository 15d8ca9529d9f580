// Every file the app hands out, one way: its type (from the name's extension unless given), a file name that
// survives every browser (RFC 6266: an ASCII fallback with Danish letters spelt out, and the UTF-8 name), and
// never cached, since each file is one person's view of records they may see today.
const TYPES: Record<string, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	md: 'text/markdown; charset=utf-8',
	ics: 'text/calendar; charset=utf-8',
	pdf: 'application/pdf',
	jwt: 'application/vc+jwt'
};

/** `attachment` (saved) or `inline` (shown by the browser), with both forms of the name. */
export function contentDisposition(name: string, how: 'attachment' | 'inline' = 'attachment'): string {
	const ascii =
		name
			.replace(/[ÆØßæø]/g, (c) => ({ Æ: 'AE', Ø: 'O', ß: 'ss', æ: 'ae', ø: 'o' })[c] ?? '')
			.normalize('NFKD')
			.replace(/[^\x20-\x7e]/g, '')
			.replace(/["\\]/g, '') || 'download';
	return `${how}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function download(
	body: string | Uint8Array,
	name: string,
	options: { type?: string; headers?: Record<string, string> } = {}
): Response {
	const type = options.type ?? TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
	return new Response(body as BodyInit, {
		headers: {
			'content-type': type,
			'content-disposition': contentDisposition(name),
			'cache-control': 'private, no-store',
			...(typeof body === 'string' ? {} : { 'content-length': String(body.byteLength) }),
			...options.headers
		}
	});
}

/** A PDF made by $lib/server/pdf, under `name`.pdf. */
export const pdfResponse = (bytes: Uint8Array, name: string) => download(bytes, `${name}.pdf`);
