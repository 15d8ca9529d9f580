// What the demo seeders share: each module's seeder adds its records for these teams and people.
export interface DemoContext {
	orgId: string;
	adminId: string;
	/** every demo person's password (they exist so the demo can be tried from several browsers) */
	password: string;
	domain: string;
	teams: { id: string; name: string }[];
	people: { id: string; name: string; email: string; teams: string[] }[];
}
