/** Error codes of the legal calendar and due-date arithmetic. */
export enum DeadlineErrorCode {
  /** The date lies in a year whose holiday calendar nobody has entered: no silent guess. */
  CALENDAR_NOT_LOADED = 'CALENDAR_NOT_LOADED',
}
