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

/** The protection the figures hold (those computed whole, as the prerendered ones). */
export function protectionOf(result: SocialResult): ProtectionResult {
  const protection: ProtectionResult = { results: {} }
  for (const status of Object.keys(result.results) as Status[]) {
    const read = result.results[status].protection
    if (read !== undefined) protection.results[status] = read
  }
  return protection
}
