/** WeChat: no async chunks; see mine-changes-check.ts. */
import { DELEGATE_PROFILE_STORAGE_KEY } from './delegate-profile-key'
import { checkMineChanges } from './mine-changes'
import { stringStorage } from './storage'

export function checkMineChangesWhenSignedIn(): void {
  if (stringStorage.get(DELEGATE_PROFILE_STORAGE_KEY)) void checkMineChanges()
}
