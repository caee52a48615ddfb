export enum AttachmentsErrorCode {
  /** The content is not one of the accepted kinds, or the extension does not match the content. */
  UNSUPPORTED_FILE_TYPE = 'UNSUPPORTED_FILE_TYPE',
  /** attach(): an id that does not exist, belongs to another organization or is attached elsewhere. */
  ATTACHMENT_NOT_FOUND = 'ATTACHMENT_NOT_FOUND',
  /** The multipart request holds no `file` part. */
  FILE_REQUIRED = 'FILE_REQUIRED',
  /** The upload stopped before the file was complete. */
  UPLOAD_INCOMPLETE = 'UPLOAD_INCOMPLETE',
  /** The multipart body is not well formed (e.g. it ends without its closing boundary). */
  MULTIPART_MALFORMED = 'MULTIPART_MALFORMED',
  /** The upload's body did not arrive within UPLOAD_TIMEOUT_MS. */
  UPLOAD_TIMEOUT = 'UPLOAD_TIMEOUT',
}
