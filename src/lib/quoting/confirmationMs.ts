/** How long a confirmed quote stays valid: its token expires, and the review screen counts down. */
export const CONFIRMATION_MS = 30 * 60 * 1000;
