/**
 * The 案由 a letter is about, as SQL over `suggestions` (param `$n` = the letter ids): those recorded
 * when it was drafted (suggestion_causes, e.g. from a lead), else those of the case records its
 * source 案号 link to. One definition, used by the leads' "already answered" marking and by impact.
 */
export const LETTER_CAUSES_SQL = (ids: string) => `
  SELECT sc.suggestion_id, sc.cause_code, sc.keyword, 1 AS weight FROM suggestion_causes sc WHERE sc.suggestion_id = ANY(${ids})
  UNION ALL
  SELECT ssc.suggestion_id, c.cause_code, '' AS keyword, 0 AS weight
    FROM suggestion_source_cases ssc JOIN cases c ON c.case_number = ssc.case_number
   WHERE ssc.suggestion_id = ANY(${ids})
     AND NOT EXISTS (SELECT 1 FROM suggestion_causes x WHERE x.suggestion_id = ssc.suggestion_id)`;
