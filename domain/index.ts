/** The domain library: pure rules shared by activities, the API, the console and tests (no I/O, no Prisma). */
export * from './calendar';
export * from './deadline';
export * from './identity';
export * from './receipt';
