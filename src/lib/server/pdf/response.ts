// A PDF as a download: attachment with a readable file name (RFC 6266: an ASCII fallback and the UTF-8 name), never
// cached, since every PDF is one person's view of records they may see today.
export function pdfResponse(bytes: Uint8Array, name: string): Response {
	const ascii =
		name
			.normalize('NFKD')
			.replace(/[^\x20-\x7e]/g, '')
			.replace(/["\\]/g, '') || 'document';
	return new Response(bytes as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${ascii}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}.pdf`,
			'content-length': String(bytes.byteLength),
			'cache-control': 'private, no-store'
		}
	});
}
