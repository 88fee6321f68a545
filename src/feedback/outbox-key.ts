/** Where the outbox lives in local storage (its own module so start-up can look without loading the outbox). */
export const OUTBOX_STORAGE_KEY = 'feedback.outbox'
