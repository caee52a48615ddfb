export enum WebhooksErrorCode {
  /** The URL is not an absolute http(s) URL, or carries a user name or password. */
  WEBHOOK_URL_INVALID = 'WEBHOOK_URL_INVALID',
  /** The URL's host is, or resolves to, an address inside (loopback, private, link-local, …). */
  WEBHOOK_URL_FORBIDDEN = 'WEBHOOK_URL_FORBIDDEN',
  /** The URL's host name does not resolve. */
  WEBHOOK_URL_UNRESOLVABLE = 'WEBHOOK_URL_UNRESOLVABLE',
}
