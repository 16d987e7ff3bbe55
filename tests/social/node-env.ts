// tests/setup.ts clears localStorage after each test, and the node environment has none.
if (!('localStorage' in globalThis)) {
  Object.defineProperty(globalThis, 'localStorage', {
    value: { clear() {} },
    configurable: true,
  })
}
