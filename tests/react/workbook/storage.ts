/** A `Storage`-like object in memory, for the workbook's drafts in tests; `failing` throws as a sandboxed iframe's does. */
export function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

/** A storage that refuses every operation, as `localStorage` does in a sandboxed iframe. */
export function failingStorage() {
  const refuse = () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}
