/**
 * The CPU time this process spends on work, in milliseconds (user and system, all threads).
 * Tests that bound how long parsing takes use it instead of the wall clock: on a shared, busy
 * machine the wall clock also counts the time other processes held the cores, which made a
 * 2 s parse of a hostile CSV take 12 to 16 s by the clock, while its CPU time stays what the
 * parsing costs.
 */
export async function cpuMs(work: () => unknown): Promise<number> {
  const before = process.cpuUsage()
  await work()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}
