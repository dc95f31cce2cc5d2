import { zLine } from './text';

/** A list's free-text search (`q` and the like): one line, taken literally. */
export const zSearchTerm = (max = 100) => zLine().max(max, `搜索内容不能超过 ${max} 个字符`);

/** The term with LIKE's wildcards (and its escape character) escaped: PostgreSQL's default escape is the backslash. */
export const likeEscaped = (term: string) => term.replace(/[\\%_]/g, '\\$&');

/**
 * Prisma's `contains` (and `startsWith`, `endsWith`) becomes LIKE / ILIKE with the value put between `%` as it is
 * (prisma/orm#19506): a `%` or `_` typed in a search would be a wildcard, and `%` would match every row. Every
 * `contains` of a search term goes through here.
 */
export const containsLiterally = (term: string, mode?: 'insensitive') => ({
  contains: likeEscaped(term),
  ...(mode ? { mode } : {}),
});
