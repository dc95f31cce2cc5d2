import { z } from 'zod';

/** The `:id` of a route about one row (a matter, a task, a notice): a UUID. */
export const ZIdParam = z.object({ id: z.uuid('无效的编号') });
