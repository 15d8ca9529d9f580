// LinkedIn's "Add to profile" link for a certification (its documented Add to Profile URL: startTask=
// CERTIFICATION_NAME with name, organisation, issue and expiry month, the credential's URL and id). Only built for
// a credential its holder shares: certUrl is the public verification page.
export function linkedInUrl(args: {
	title: string;
	organizationName: string;
	issuedAt: string;
	validUntil: string | null;
	verificationUrl: string;
	credentialId: string;
}) {
	const issued = new Date(args.issuedAt);
	const params = new URLSearchParams({
		startTask: 'CERTIFICATION_NAME',
		name: args.title,
		organizationName: args.organizationName,
		issueYear: String(issued.getUTCFullYear()),
		issueMonth: String(issued.getUTCMonth() + 1),
		certUrl: args.verificationUrl,
		certId: args.credentialId
	});
	if (args.validUntil) {
		const until = new Date(args.validUntil);
		params.set('expirationYear', String(until.getUTCFullYear()));
		params.set('expirationMonth', String(until.getUTCMonth() + 1));
	}
	return `https://www.linkedin.com/profile/add?${params}`;
}
