/**
 * The known flag a mistyped one most likely meant: the closest by edit distance (insertions,
 * deletions, substitutions and swaps of neighbours), when it is close enough to be a typo and no
 * other flag is as close. Flags are short (at most ~20 characters), so the quadratic table is tiny.
 */
export function closestFlag(typed: string, known: readonly string[]): string | undefined {
  const name = typed.toLowerCase().replace(/_/g, '-')
  // A third of the name, at most 3: "tester" → "testers", never "json" → "apk".
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)))
  let best: string | undefined
  let bestDistance = limit + 1
  let tie = false
  for (const flag of known) {
    const distance = editDistance(name, flag)
    if (distance < bestDistance) {
      best = flag
      bestDistance = distance
      tie = false
    } else if (distance === bestDistance) tie = true
  }
  return tie ? undefined : best
}

/** Optimal string alignment distance. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
      }
    }
  }
  return rows[a.length][b.length]
}
