// publicodes' parser made lean for the worker. The build applies these edits to publicodes' own
// code in the worker's bundle (vite.config.ts, leanPublicodesPlugin). The worker's rules then
// parse in about half the time and evaluate about a third faster, with the same figures:
// tests/social/lean-publicodes.test.ts and tests/social/engine-pruned.test.ts check them against
// modele-social evaluated by publicodes as published.

/**
 * The edits, written for publicodes 1.10.3 (package.json pins it). Each `find` must occur exactly
 * once in its code, or the build stops: a new publicodes needs them checked again.
 */
export const LEAN_EDITS = [
  // Every transformation of the parsed rules (references, replacements, types) walked an inline
  // mechanism's arguments twice: in the node, and again in the copy its `sourceMap` keeps for
  // documentation. Nested mechanisms double it at each level: the worker's parsed rules hold
  // 42 000 nodes, 176 000 when the source maps' copies are followed as a pass follows them. Nothing in the worker reads a `sourceMap` (evaluation
  // never does), so they keep their arguments as parsed.
  {
    find: '  node = traverseSourceMap(fn, node);\n  switch (node.nodeKind) {',
    replace: '  switch (node.nodeKind) {',
  },
  // publicodes gives every rule a private `$SITUATION` rule and wraps the rule's value in a test
  // of it, so that any rule can be set by a situation. Given the option `settableRules` (a Set of
  // rule names), only those rules get them: the rules the app sets or reads and those the model
  // sets itself (`contexte`, `inversion`), see settableRuleNames in ./prune.ts. Half as many rules
  // to parse, and one test less in every rule evaluated. Without the option, every rule can be
  // set. The others' `par défaut` no longer name them as missing variables, which the app never
  // reads.
  {
    find: '  if (!privateRule && !dottedName.endsWith("$SITUATION")) {\n    ruleValue["dans la situation"]',
    replace:
      '  if (!privateRule && !dottedName.endsWith("$SITUATION") && (context.settableRules === void 0 || context.settableRules.has(dottedName))) {\n    ruleValue["dans la situation"]',
  },
  // Each situation and each rule evaluated in a `contexte` (such as the income tax per part: six
  // per turnover a micro-entrepreneur's break-even tried) copied every parsed rule, 1 256 of them
  // in the worker, into a new context. A context's parsed rules are never changed once made:
  // parsing a situation makes a new object of them. So contexts share them.
  {
    find: '    parsedRules: weakCopyObj(context.parsedRules),',
    replace: '    parsedRules: context.parsedRules,',
  },
  // A `contexte` copied its engine's whole cache of evaluations into the engine it makes, then set
  // that engine's situation, which empties the cache. It no longer copies a cache about to be
  // emptied: with a situation to set, the copy starts empty.
  {
    find: '  shallowCopy() {\n    const newEngine = new _Engine();',
    replace: '  shallowCopy(forNewSituation = false) {\n    const newEngine = new _Engine();',
  },
  {
    find: '      nodes: new Map(this.cache.nodes)',
    replace: '      nodes: forNewSituation ? /* @__PURE__ */ new Map() : new Map(this.cache.nodes)',
  },
  {
    find: '    engine = this.shallowCopy();',
    replace: '    engine = this.shallowCopy(Object.keys(amendedSituation).length > 0);',
  },
  // A rule written `résoudre la référence circulaire` is solved as a fixed point: its value is
  // evaluated with the rule itself set to 1, then at each step of a root search (five in all for
  // the micro's, at four turnovers tried), each time in a sub-engine whose cache was just emptied. When the rule cannot be set (not in
  // `settableRules`: the micro-entreprise's `revenu abattu`), setting it does nothing, so every
  // one of these evaluations gives the value of the first: the search runs on that value alone.
  // The same root, so the same figures; the search took about half of a micro-entreprise
  // evaluation.
  {
    find: '  const y0 = valeur.nodeValue;\n  const unit2 = valeur.unit;',
    replace:
      '  const y0 = valeur.nodeValue;\n  const unsettable = this.context.settableRules !== void 0 && !this.context.settableRules.has(node.explanation.ruleToSolve);\n  const unit2 = valeur.unit;',
  },
  {
    find: '      if (x === x0) {\n        return y0 - x0;\n      }',
    replace: '      if (x === x0 || unsettable) {\n        return y0 - x;\n      }',
  },
  {
    find: '  if (nodeValue !== void 0) {\n    valeur = evaluateWithValue(nodeValue);',
    replace:
      '  if (nodeValue !== void 0 && !unsettable) {\n    valeur = evaluateWithValue(nodeValue);',
  },
] as const

/** publicodes' code (dist/index.js) with LEAN_EDITS applied; throws if one does not apply. */
export function leanPublicodes(code: string): string {
  let lean = code
  for (const { find, replace } of LEAN_EDITS) {
    const at = lean.indexOf(find)
    if (at === -1 || lean.indexOf(find, at + 1) !== -1) {
      const line = find.split('\n')[0]?.trim()
      throw new Error(
        `publicodes changed: "${line}" is not in its code exactly once; check LEAN_EDITS (src/social/lean-publicodes.ts)`,
      )
    }
    lean = lean.slice(0, at) + replace + lean.slice(at + find.length)
  }
  return lean
}
