/** Error codes of case data (messages in libs/core messages-zh). */
export enum CaseErrorCode {
  /** A 案号 that is not one (letters' source cases): 422 naming the field. */
  CASE_NUMBER_INVALID = 'CASE_NUMBER_INVALID',
  /** A 案由 neither a code nor a name of the catalogue. */
  CAUSE_UNKNOWN = 'CAUSE_UNKNOWN',
  /** More than 10,000 cases in one bulk call. */
  TOO_MANY_CASES = 'TOO_MANY_CASES',
  /** Case data is for the court side and supervisors; agencies have no case scope. */
  NO_CASE_SCOPE = 'NO_CASE_SCOPE',
  /** An uploaded file that is neither CSV nor xlsx with the template's columns. */
  CASE_FILE_UNREADABLE = 'CASE_FILE_UNREADABLE',
  /** Drafting from a lead of another court, or one already drafted/dismissed. */
  LEAD_NOT_OPEN = 'LEAD_NOT_OPEN',
  /** The letter is not linked to any 案由, so no impact figure can be computed. */
  NO_LINKED_CAUSE = 'NO_LINKED_CAUSE',
}
