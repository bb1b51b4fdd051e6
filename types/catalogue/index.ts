/** Every list but `./blacklist`: the city admin's pages alone use it, so it stays out of the main package. */
export * from './applications';
export * from './assessments';
export * from './industries';
export * from './ledger';
export * from './levels';
export * from './limits';
export * from './money';
export * from './needs';
export * from './provinces';
export * from './quota';
export * from './roles';
export * from './serviceTypes';
export * from './stations';
export * from './units';
export * from './visits';
