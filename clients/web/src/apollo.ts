// Apollo Client for Jisr: a cache that knows the schema's interfaces, keys records by their global ids and merges
// Relay connections page by page, and a link that sends persisted documents by hash in the user's language.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import possibleTypes from "./gql/possible-types.js";
import { persistedFetch, type Manifest } from "./persisted.js";

/** Connection fields and the arguments that select a different list (paging arguments are not among them). */
export const CONNECTIONS = {
  Query: {
    initiatives: ["filter", "orderBy"],
    dataCentres: ["filter", "orderBy"],
    organisations: ["filter", "orderBy"],
    sectors: ["filter", "orderBy"],
    history: ["filter"],
  },
} as const;

export function createApolloCache(): InMemoryCache {
  const queryFields: Record<string, ReturnType<typeof relayStylePagination>> = {};
  for (const [field, keyArgs] of Object.entries(CONNECTIONS.Query)) {
    queryFields[field] = relayStylePagination([...keyArgs]);
  }
  return new InMemoryCache({
    possibleTypes: possibleTypes.possibleTypes,
    // Global object identification: an id names one record of one type, so it is the cache key as it is.
    dataIdFromObject: (object) => (typeof object.id === "string" ? object.id : undefined),
    typePolicies: {
      Query: {
        fields: {
          ...queryFields,
          // A record read by id may already be in the cache from a list.
          initiative: { read: (_, { args, toReference }) => (args?.id ? toReference(args.id as string) : undefined) },
          dataCentre: { read: (_, { args, toReference }) => (args?.id ? toReference(args.id as string) : undefined) },
        },
      },
    },
  });
}

export interface JisrClientOptions {
  /** The GraphQL endpoint, e.g. https://api.example.org/graphql. */
  url: string;
  /** The kit's persisted-documents.json. */
  manifest: Manifest;
  /** en, fr or ar: sent as Accept-Language for fields asked without `lang`. */
  language?: string;
  /** Apollo's client awareness headers, allowed by the server's CORS rules. */
  clientName?: string;
  clientVersion?: string;
  fetch?: typeof fetch;
}

export function createApolloClient(options: JisrClientOptions): ApolloClient {
  return new ApolloClient({
    cache: createApolloCache(),
    clientAwareness: { name: options.clientName ?? "jisr-web", version: options.clientVersion ?? "1.0.0" },
    link: new HttpLink({
      uri: options.url,
      headers: { "Accept-Language": options.language ?? "en" },
      fetch: persistedFetch({ url: options.url, manifest: options.manifest, fetch: options.fetch }),
    }),
  });
}
