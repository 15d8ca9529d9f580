export * from './organisations';
export * from './teams';
