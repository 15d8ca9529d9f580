// The certificate of an earned micro-credential: who holds it, what it certifies (every element the credential
// carries, EU micro-credential elements included), and a QR code to the page where anyone can check that it is
// genuine and not revoked. Plain data in: the bites module decides who may have it (the holder only).
import { m } from '$lib/paraglide/messages.js';
import { BOLD, createPdf, FONT, finishPdf } from './document';
import { fields, qrCode } from './blocks';
import { printable } from './text';

export interface CertificateData {
	title: string;
	holderName: string;
	issuerName: string;
	/** ISO timestamp */
	issuedAt: string;
	/** every element of the credential, labelled in the reader's language, in the order to print them */
	elements: { label: string; value: string }[];
	/** the public verification page of this credential, or null while its holder does not share it */
	verificationUrl: string | null;
	/** set when the credential carries an end date */
	validUntil?: string | null;
	expired?: boolean;
	revoked: boolean;
}

/**
 * `verifyPage` is where the QR code leads while the holder does not share the credential: the page where anyone can
 * check a credential file.
 */
export async function certificatePdf(data: CertificateData, locale: string, verifyPage: string): Promise<Uint8Array> {
	const verificationUrl = data.verificationUrl ?? verifyPage;
	const title = `${m.pdf_certificate()}: ${data.title}`;
	const doc = createPdf({ title, lang: locale, author: data.issuerName, subject: data.holderName });
	const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
	const left = doc.page.margins.left;
	const centred = (text: string, size: number, bold = false, color = '#111111') =>
		doc
			.font(bold ? BOLD : FONT)
			.fontSize(size)
			.fillColor(color)
			.text(printable(text), left, doc.y, { width, align: 'center' });

	doc.rect(left - 15, doc.page.margins.top - 15, width + 30, 4).fill('#1f6f5c');
	doc.moveDown(1.5);
	centred(m.pdf_certificate(), 14, false, '#555555');
	doc.moveDown(0.4);
	centred(data.title, 24, true);
	doc.moveDown(0.8);
	centred(m.pdf_certificate_awarded(), 12, false, '#555555');
	doc.moveDown(0.3);
	centred(data.holderName, 22, true);
	doc.moveDown(0.8);
	const issued = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(data.issuedAt));
	centred(`${data.issuerName} · ${issued}`, 12);
	if (data.revoked) {
		doc.moveDown(0.5);
		centred(m.bites_revoked(), 14, true, '#a4262c');
	} else if (data.expired) {
		doc.moveDown(0.5);
		centred(m.bites_mc_check_expired(), 14, true, '#a4262c');
	}
	doc.moveDown(1.5);
	fields(doc, [
		{ label: m.bites_credential(), value: data.title },
		{ label: m.bites_holder(), value: data.holderName },
		{ label: m.bites_issuer(), value: data.issuerName },
		{ label: m.bites_issued_col(), value: issued },
		...(data.validUntil
			? [
					{
						label: m.bites_mc_valid_until(),
						value: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(data.validUntil))
					}
				]
			: []),
		...data.elements.filter((e) => e.value)
	]);
	doc.moveDown(1);
	// The code and its address stay together at the foot of the certificate.
	const size = 110;
	if (doc.y + size + 20 > doc.page.height - doc.page.margins.bottom) doc.addPage();
	const top = doc.y;
	await qrCode(doc, verificationUrl, size, { x: left, y: top });
	const textLeft = left + size + 16;
	const textWidth = width - size - 16;
	doc
		.font(FONT)
		.fontSize(10)
		.fillColor('#111111')
		.text(printable(m.pdf_certificate_verify()), textLeft, top + 8, { width: textWidth });
	doc.moveDown(0.3);
	doc.font(BOLD).text(printable(verificationUrl), textLeft, doc.y, { width: textWidth });
	if (!data.verificationUrl) {
		doc.moveDown(0.3);
		doc.font(FONT).fontSize(9).fillColor('#555555').text(printable(m.pdf_certificate_unshared()), textLeft, doc.y, {
			width: textWidth
		});
	}
	return finishPdf(doc);
}
