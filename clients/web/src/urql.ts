// urql with Graphcache for Jisr: schema-aware (interfaces, which types have no key), records keyed by global id,
// Relay connections merged page by page, persisted documents sent by hash.
import { Client, fetchExchange } from "@urql/core";
import { cacheExchange, type KeyingConfig, type Resolver } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import schema from "./gql/introspection.js";
import { CONNECTIONS, type JisrClientOptions } from "./apollo.js";
import { persistedFetch } from "./persisted.js";

/** Types without an `id` are values embedded in their parent, never records of their own. */
export function unkeyedTypes(): KeyingConfig {
  const keys: KeyingConfig = {};
  for (const type of schema.__schema.types) {
    if (type.kind === "OBJECT" && !type.name.startsWith("__") && !type.fields?.some((field) => field.name === "id")) {
      keys[type.name] = () => null;
    }
  }
  return keys;
}

/**
 * relayPagination for a connection field, except where a query asked the connection only for its figures (facets,
 * totals, a timeline): with no edges to merge, the field is read as it was written.
 */
export function connection(): Resolver {
  const paginate = relayPagination();
  return (parent, args, cache, info) => {
    // A field written without arguments has no argument key; `{}` would name another one.
    const link = cache.resolve(info.parentKey, info.fieldName, Object.keys(args).length > 0 ? args : undefined);
    if (typeof link === "string" && cache.resolve(link, "edges") === undefined) {
      return link;
    }
    return paginate(parent, args, cache, info);
  };
}

export function createGraphcache() {
  const queryResolvers: Record<string, Resolver> = {};
  for (const field of Object.keys(CONNECTIONS.Query)) {
    queryResolvers[field] = connection();
  }
  return cacheExchange({
    schema,
    keys: unkeyedTypes(),
    resolvers: { Query: queryResolvers },
  });
}

export function createUrqlClient(options: JisrClientOptions): Client {
  return new Client({
    url: options.url,
    exchanges: [createGraphcache(), fetchExchange],
    // persistedFetch turns each query into a GET by hash; urql's own GETs would carry the whole document.
    preferGetMethod: false,
    fetchOptions: {
      headers: {
        "Accept-Language": options.language ?? "en",
        "apollographql-client-name": options.clientName ?? "jisr-web",
        "apollographql-client-version": options.clientVersion ?? "1.0.0",
      },
    },
    fetch: persistedFetch({ url: options.url, manifest: options.manifest, fetch: options.fetch }),
  });
}
