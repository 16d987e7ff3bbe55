// Joining the net figures and their protection, which the worker answers apart (protection is
// asked second, so that the figures never wait for it). Types only: the page imports it before
// the social model's schemas have loaded.
import type { ProtectionResult, SocialResult, Status } from './model'

/** The figures with each status's protection set to the one in `protection` (none if absent). */
export function withProtection(result: SocialResult, protection: ProtectionResult): SocialResult {
  const results = { ...result.results }
  for (const status of Object.keys(results) as Status[]) {
    const { protection: _previous, ...figures } = results[status]
    const read = protection.results[status]
    results[status] = read === undefined ? figures : { ...figures, protection: read }
  }
  return { results }
}

/**
 * New figures with the protection of earlier ones, until their own arrives: the protection table
 * keeps its last figures, marked out of date, instead of emptying while the worker reads it.
 */
export function keepingProtection(next: SocialResult, previous: SocialResult | null): SocialResult {
  if (previous === null) return next
  const protection: ProtectionResult = { results: {} }
  for (const status of Object.keys(previous.results) as Status[]) {
    const read = previous.results[status].protection
    if (read !== undefined) protection.results[status] = read
  }
  return withProtection(next, protection)
}
