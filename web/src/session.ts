/**
 * Who is signed in: the bearer token and its user, kept in sessionStorage so that a reload keeps
 * you signed in while closing the tab signs you out. Never in a cookie: the API reads tokens only
 * from the Authorization header, so a cookie would add a CSRF surface and buy nothing.
 */
import { useSyncExternalStore } from 'react'

export interface Session {
  token: string
  user: { id: number; username: string }
}

const KEY = 'inkwell.session'
const listeners = new Set<() => void>()
let current: Session | null = read()

function read(): Session | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null
    return stored && typeof stored.token === 'string' && typeof stored.user?.id === 'number' ? stored : null
  } catch {
    // Storage can be disabled or hold something else under our key; either way nobody is signed in.
    return null
  }
}

function write(session: Session | null): void {
  current = session
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session))
    else sessionStorage.removeItem(KEY)
  } catch {
    // Without storage the session lives in memory until the page is reloaded, which still works.
  }
  for (const listener of listeners) listener()
}

export const session = {
  get: (): Session | null => current,
  token: (): string | null => current?.token ?? null,
  start: (started: Session): void => write(started),
  end: (): void => write(null),
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

/** The current session, re-rendering when somebody logs in or out. */
export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.get)
}
