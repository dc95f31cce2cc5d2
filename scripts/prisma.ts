/** `npm run prisma -- <args>`: the Prisma CLI with the offline settings (see scripts/lib/prisma-cli.ts). */
import { runPrisma } from './lib/prisma-cli';

process.exit(runPrisma(process.argv.slice(2)).status);
