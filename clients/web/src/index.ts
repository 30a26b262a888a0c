export * from "./gql/graphql.js";
export { createApolloCache, createApolloClient, CONNECTIONS, type JisrClientOptions } from "./apollo.js";
export { createGraphcache, createUrqlClient, unkeyedTypes } from "./urql.js";
export { persistedFetch, hashesByOperation, type Manifest } from "./persisted.js";
export { conformance } from "./conformance.js";
export { filterFrom } from "./filters.js";
