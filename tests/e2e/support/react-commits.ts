/**
 * What React does in the page, counted from outside the app: how many times it commits, and
 * how many times each kind of element was rendered again, read through the hook React DOM
 * reports every commit to (the one React DevTools installs, `__REACT_DEVTOOLS_GLOBAL_HOOK__`;
 * production builds report to it too). Installed before the app loads (page.addInitScript).
 *
 * An element "rendered" in a commit when its committed props are a new object: a component
 * that renders makes new props for the elements it returns, while a memoised one that bails
 * out leaves them as they were. Elements are chosen by a CSS selector on their DOM node.
 */
import type { Page } from 'playwright-core'

export interface ReactWork {
  commits: number
  /** Per selector given to watchReactWork: elements mounted or rendered again, over all commits. */
  rendered: Record<string, number>
  /** Per selector: the most of them mounted or rendered again in one commit. */
  mostInOneCommit: Record<string, number>
}

/**
 * The hook, as plain JavaScript. Note: a string, not a function handed to addInitScript: the
 * test runner's transform wraps functions defined inside it in a helper (__name) that does not
 * exist in the page, and the hook then never installed.
 */
const hookScript = (watched: readonly string[]): string => `(() => {
  const watched = ${JSON.stringify(watched)}
  const lastProps = new WeakMap()
  const work = { commits: 0, rendered: Object.fromEntries(watched.map((s) => [s, 0])), mostInOneCommit: Object.fromEntries(watched.map((s) => [s, 0])) }
  window.reactWork = work
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject() { return 1 },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(id, root) {
      work.commits++
      const before = { ...work.rendered }
      // Every host element of the committed tree, depth first (no recursion: trees are deep).
      const stack = [root.current]
      while (stack.length > 0) {
        const fiber = stack.pop()
        if (fiber.sibling) stack.push(fiber.sibling)
        if (fiber.child) stack.push(fiber.child)
        // Note: 5 is React's tag for a host (DOM) element.
        if (fiber.tag !== 5 || !(fiber.stateNode instanceof Element)) continue
        for (const selector of watched) {
          if (!fiber.stateNode.matches(selector)) continue
          if (lastProps.get(fiber.stateNode) !== fiber.memoizedProps) work.rendered[selector]++
          lastProps.set(fiber.stateNode, fiber.memoizedProps)
        }
      }
      for (const selector of watched) work.mostInOneCommit[selector] = Math.max(work.mostInOneCommit[selector], work.rendered[selector] - before[selector])
    },
  }
})()`

/** Counts from the next page load on (it installs the hook before the app loads). */
export async function watchReactWork(page: Page, selectors: readonly string[]): Promise<void> {
  await page.addInitScript({ content: hookScript(selectors) })
}

/** The counts so far. */
export const reactWork = (page: Page): Promise<ReactWork> => page.evaluate(() => structuredClone((window as unknown as { reactWork: ReactWork }).reactWork))

/** The counts since `before` (mostInOneCommit: since the page loaded). */
export async function reactWorkSince(page: Page, before: ReactWork): Promise<ReactWork> {
  const now = await reactWork(page)
  return { ...now, commits: now.commits - before.commits, rendered: Object.fromEntries(Object.entries(now.rendered).map(([k, v]) => [k, v - (before.rendered[k] ?? 0)])) }
}

/** Starts counting mostInOneCommit afresh. */
export const resetMostInOneCommit = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const work = (window as unknown as { reactWork: ReactWork }).reactWork
    for (const k of Object.keys(work.mostInOneCommit)) work.mostInOneCommit[k] = 0
  })
