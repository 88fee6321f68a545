/**
 * When the app shows: 我的's red-dot check (mine-changes.ts). Its code, and
 * the feedback schema behind it, is fetched only on a phone that has signed
 * in, and never before the first view: a reader who never wrote a
 * suggestion does not carry it (H5; the weapp bundles it anyway).
 */
import { DELEGATE_PROFILE_STORAGE_KEY } from './delegate-profile-key'
import { stringStorage } from './storage'

export function checkMineChangesWhenSignedIn(): void {
  if (!stringStorage.get(DELEGATE_PROFILE_STORAGE_KEY)) return
  void import('./mine-changes').then((module) => module.checkMineChanges())
}
