/**
 * Spread on every tappable View: on H5 it puts the element in the tab order,
 * so keyboard and switch users reach it (and axe sees scroll areas reachable).
 * Taro's View types omit tabIndex, hence the spread; weapp ignores it.
 */
export const tappable: Record<string, unknown> = { tabIndex: 0 }
