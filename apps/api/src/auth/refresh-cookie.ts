/** The web app's refresh token: httpOnly (no script reads it), SameSite=Strict, sent only to the auth endpoints. */
export const REFRESH_COOKIE = 'sifa_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';
/** Two tabs (or links opened together) refreshing with one cookie at the same moment both get a session. */
export const REFRESH_REUSE_GRACE_SECONDS = 20;
