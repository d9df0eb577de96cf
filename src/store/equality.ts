/**
 * One value as an equality, several as `$in`. FerretDB (the local and test server) pushes an
 * equality down to the field's index but answers `$in` by scanning the whole collection, and most
 * of these reads ask about one contact (a claim, a reply, a `/check`); MongoDB serves both alike.
 */
export const oneOf = <T>(values: readonly T[]): T | { $in: readonly T[] } =>
  values.length === 1 ? (values[0] as T) : { $in: values };
