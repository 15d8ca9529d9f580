export * from './organisations';
export * from './teams';
export * from './retention';
