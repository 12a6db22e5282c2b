/** Whether a file-system error says the path is not there: ENOENT, or ENOTDIR (a part of the path is a file). */
export function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/** What `read` returns, or `missing` when the file is not there; every other error propagates. */
export async function unlessMissing<T, M>(read: () => Promise<T>, missing: M): Promise<T | M> {
  try {
    return await read()
  } catch (error) {
    if (isMissingFile(error)) return missing
    throw error
  }
}
