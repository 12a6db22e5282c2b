const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Ids that cannot be UUIDs cannot exist: answering null early also keeps bad input away from a uuid cast. */
export const isUuid = (value: string) => UUID.test(value)
