// The project's state, in PostgreSQL: embedded (PGlite) by default, a server with DATABASE_URL;
// one schema and one SQL for both, brought up to date by versioned migrations at start.
export type { Sql, Store } from './Store';
export { openStore, type StoreOptions } from './openStore';
export { migrate, StoreTooNewError } from './migrate';
export { lockFolder, LOCK_FILE, StoreLockedError } from './lockFolder';
export { MIGRATIONS, type Migration } from './migrations';
