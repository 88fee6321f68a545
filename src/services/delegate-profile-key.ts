/** Where the signed-in delegate is kept (one key, shared with what must not load the whole profile module). */
export const DELEGATE_PROFILE_STORAGE_KEY = 'delegate.profile'
