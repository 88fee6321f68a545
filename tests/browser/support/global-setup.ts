import { buildH5, isH5BuildStale } from '../../../server/h5-build'
import { readServerConfig } from '../../../server/config'

/** Browser tests drive the production H5 build: make it once, before any test file runs. */
export default function setup(): void {
  const { h5Dir } = readServerConfig()
  if (isH5BuildStale(h5Dir)) buildH5(h5Dir)
}
