/**
 * Loads a module of another domain that may not exist yet in this checkout (the project is built
 * in parallel). Returns undefined only when the module file itself is missing; any other failure
 * (a bug inside it) is thrown as usual.
 */
export async function importOptional<T>(specifier: string, from: string): Promise<T | undefined> {
  const url = new URL(specifier, from).href;
  try {
    return (await import(url)) as T;
  } catch (err) {
    const e = err as { code?: string; url?: string; message?: string };
    const file = url.replace(/\.js$/, '');
    if (e.code === 'ERR_MODULE_NOT_FOUND' && (e.message ?? '').includes(file.slice(file.lastIndexOf('/') + 1))) return undefined;
    throw err;
  }
}
