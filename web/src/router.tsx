/**
 * A router of a few lines over the History API: the app has a dozen screens, and each needs only
 * its path and an optional one-off notice carried from the previous screen ("Post deleted.").
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react'

export interface Notice {
  text: string
  tone: 'info' | 'success' | 'warning'
}

interface HistoryState {
  notice?: Notice
  /** Where to go back to after logging in. */
  returnTo?: string
}

const listeners = new Set<() => void>()
window.addEventListener('popstate', () => notify())

function notify(): void {
  snapshot = currentLocation()
  for (const listener of listeners) listener()
}

interface Location {
  path: string
  state: HistoryState
}

function currentLocation(): Location {
  return { path: window.location.pathname, state: (window.history.state as HistoryState | null) ?? {} }
}

let snapshot = currentLocation()

export function navigate(to: string, state: HistoryState = {}, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(state, '', to)
  else window.history.pushState(state, '', to)
  window.scrollTo(0, 0)
  notify()
}

export function useLocation(): Location {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => snapshot,
  )
}

/** An ordinary link that changes screens without reloading; new-tab clicks behave as usual. */
export function Link({ to, ...props }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(to)
  }
  return <a href={to} onClick={onClick} {...props} />
}
