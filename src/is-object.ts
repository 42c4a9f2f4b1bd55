// A plain object (not null, not an array): the first check of every value read
// from storage, a message or an imported file. Shared, and free of imports,
// so the content scripts can use it without carrying anything else.
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
