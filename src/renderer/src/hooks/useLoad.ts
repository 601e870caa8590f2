/**
 * Data the view fetches from the API: loaded when the key changes, with the error in words,
 * and a result from a superseded request never overwriting a newer one.
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import { errorMessage } from '../api/error-message'

export interface Loaded<T> {
  data: T | null
  error: string | null
  /** Fetch again (after a change made elsewhere). */
  reload(): void
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const request = useRef(0)
  // The caller's deps say when `load` is a new function, as with useEffect.
  const run = useCallback(load, deps)

  const reload = useCallback(() => {
    const mine = ++request.current
    run().then(
      (value) => {
        if (mine === request.current) {
          setData(value)
          setError(null)
        }
      },
      (e: unknown) => {
        if (mine === request.current) setError(errorMessage(e))
      },
    )
  }, [run])

  useEffect(() => {
    setData(null)
    setError(null)
    reload()
    return () => {
      request.current++
    }
  }, [reload])

  return { data, error, reload }
}
