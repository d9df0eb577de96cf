/**
 * Global and message shortcuts by callback_id. None yet; manifest.json's `shortcuts` must
 * match this list exactly (tested), so a shortcut cannot be declared without a listener.
 */
export const shortcuts: Record<string, never> = {};
