/** The outcome of an operation that can fail with a value rather than a throw. */
export type Result<TValue, TError> =
  { readonly ok: true; readonly value: TValue } | { readonly ok: false; readonly error: TError };

/** Make a successful {@link Result}. */
export function ok<TValue>(value: TValue): Result<TValue, never> {
  return { ok: true, value };
}

/** Make a failed {@link Result}. */
export function err<TError>(error: TError): Result<never, TError> {
  return { ok: false, error };
}
