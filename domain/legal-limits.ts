/**
 * The legal numbers the product follows, each written once with its source. The workflow's checks, the API's
 * schemas and the console read them from here, so no layer can hold a value of its own. Time limits are counted
 * in working days (行政许可法第八十二条; see docs/time-limits.md).
 */

/**
 * 行政许可法第四十二条: a licensing decision within 20 working days of acceptance, unless a law or regulation sets
 * another limit. The statutory limit a new catalogue item starts from.
 */
export const STATUTORY_DECISION_WORKING_DAYS = 20;

/**
 * 行政许可法第四十二条: when the decision cannot be made within that limit, the head of the office may approve
 * extending it once, by at most 10 working days, and the applicant is told why.
 */
export const EXTENSION_MAX_WORKING_DAYS = 10;
export const EXTENSIONS_ALLOWED = 1;
