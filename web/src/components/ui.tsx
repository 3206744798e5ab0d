/** The few pieces every screen is made of. */
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react'
import type { Notice } from '../router'

interface FieldProps {
  label: string
  hint?: string
  /** The message for this input, shown under it and announced with it. */
  error?: string | undefined
}

export function TextField({ label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId()
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={`${id}-message`} {...input} />
      <FieldMessage id={`${id}-message`} hint={hint} error={error} />
    </div>
  )
}

export function TextAreaField({ label, hint, error, ...textarea }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId()
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={`${id}-message`} {...textarea} />
      <FieldMessage id={`${id}-message`} hint={hint} error={error} />
    </div>
  )
}

function FieldMessage({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  if (error) {
    return (
      <p id={id} className="field__error" role="alert">
        {error}
      </p>
    )
  }
  return hint ? (
    <p id={id} className="field__hint">
      {hint}
    </p>
  ) : null
}

/** A failed action's message, placed next to the button or section it is about. */
export function ErrorMessage({ children }: { children: ReactNode }) {
  if (!children) return null
  return (
    <p className="alert alert--error" role="alert">
      {children}
    </p>
  )
}

export function NoticeBanner({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null
  return (
    <p className={`alert alert--${notice.tone}`} role="status">
      {notice.text}
    </p>
  )
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function Time({ iso }: { iso: string }) {
  return <time dateTime={iso}>{dateFormat.format(new Date(iso))}</time>
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" aria-live="polite">
      Loading {what}…
    </p>
  )
}
