/**
 * What a failed write threw, unwrapped: Eleventy wraps an error inside a template in one or
 * more errors of its own and keeps it as `originalError`; others keep what they wrap as `cause`.
 */

/** `error` and what it wraps, outermost first (at most 8: a chain can loop). */
export function errorChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let current: unknown = error; current instanceof Error && chain.length < 8; ) {
    chain.push(current);
    const next = current as Error & { originalError?: unknown };
    current = next.originalError ?? next.cause;
  }
  return chain;
}

/**
 * Why a write failed, in one line: the messages along the chain, which say where (the
 * template, the page); `detail` is the innermost error's stack, where in the code, when the
 * error was wrapped.
 */
export function describeError(error: unknown): { readonly reason: string; readonly detail?: string } {
  const chain = errorChain(error);
  if (chain.length === 0) return { reason: String(error) };
  const reason = [...new Set(chain.map((part) => part.message))].join(": ");
  const innermost = chain.at(-1)!;
  return chain.length > 1 && innermost.stack ? { reason, detail: innermost.stack } : { reason };
}
