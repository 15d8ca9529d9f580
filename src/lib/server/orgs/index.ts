export * from './organisations';
export * from './teams';
export * from './retention';
export { TeamInput, TeamMemberInput, RoleInput, OrgSettingsInput, TeamPersonInput } from './schemas';
