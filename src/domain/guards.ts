/** Throws a RangeError naming `name` unless `value` is a finite number within [min, max]. */
export function assertInRange(name: string, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new RangeError(`${name} must be a number, got ${String(value)}`)
  }
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be finite, got ${value}`)
  if (value < min) throw new RangeError(`${name} must be at least ${min}, got ${value}`)
  if (value > max) throw new RangeError(`${name} must be at most ${max}, got ${value}`)
}

/** Throws a RangeError naming `name` unless `value` is a whole number within [min, max]. */
export function assertIntInRange(name: string, value: number, min: number, max: number): void {
  assertInRange(name, value, min, max)
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${value}`)
}
