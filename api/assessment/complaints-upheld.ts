/**
 * 投诉（属实）: complaint matters (api/complaints) count in the period their reply was given (the matter completed) when
 * the replying department marked them 属实, against the staff member named, else the complained-about matter's
 * village agent (a station's complaints are those against its agents) or, without one, its accepting clerk. A
 * complaint that names neither counts for nobody. The rule is the view "AssessmentFinishedMatter" of migration
 * 20261214090000_assessment_rollup, whose facts the daily rollup sums.
 */
export const COMPLAINTS_SOURCE = {
  connected: true,
  zh: '“投诉属实”来自投诉办件：答复部门在调查答复中认定属实的投诉，计入被投诉人员（或被投诉办件的代办员、受理人）',
  en: '“Complaints upheld” come from complaint matters: those the replying department found upheld, counted against the staff member complained about (or the complained-about matter’s agent or accepting clerk)',
} as const;
