// Persisted documents over HTTP, for any client that lets you pass `fetch` (Apollo's HttpLink, urql, graphql-request).
// The client's request names its operation; this sends the manifest's hash instead of the document, by GET so that
// caches and the server's ETags work. A server in trusted-documents mode knows every hash of the manifest; any other
// Jisr answers an unknown hash with PERSISTED_QUERY_NOT_FOUND once, and the document is sent with its hash and kept.
import { parse, type OperationDefinitionNode } from "graphql";

/** persisted-documents.json: SHA-256 (hex) to document. */
export type Manifest = Record<string, string>;

export interface PersistedFetchOptions {
  /** The GraphQL endpoint, e.g. https://api.example.org/graphql. */
  url: string;
  manifest: Manifest;
  /** The fetch to wrap (default: the global one). */
  fetch?: typeof fetch;
}

/** Query name to the hash of the manifest document that holds it (mutations are sent as they are, by POST). */
export function hashesByOperation(manifest: Manifest): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    for (const definition of parse(document).definitions) {
      if (
        definition.kind === "OperationDefinition" &&
        definition.operation === "query" &&
        (definition as OperationDefinitionNode).name
      ) {
        hashes.set((definition as OperationDefinitionNode).name!.value, hash);
      }
    }
  }
  return hashes;
}

/**
 * A fetch that sends the manifest's queries by hash. Other requests (mutations, operations the manifest does not
 * hold, anything that is not a JSON POST) pass through unchanged.
 */
export function persistedFetch(options: PersistedFetchOptions): typeof fetch {
  const inner = options.fetch ?? fetch;
  const hashes = hashesByOperation(options.manifest);
  return async (input, init) => {
    const body = typeof init?.body === "string" ? safeJson(init.body) : undefined;
    const operationName = body?.operationName;
    const hash = operationName ? hashes.get(operationName) : undefined;
    if (!body || !operationName || !hash) {
      return inner(input, init);
    }
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const params = new URLSearchParams({ operationName, extensions: JSON.stringify(extensions) });
    if (body.variables && Object.keys(body.variables).length > 0) {
      params.set("variables", JSON.stringify(body.variables));
    }
    const headers = new Headers(init?.headers);
    headers.delete("content-type");
    const byHash = await inner(`${options.url}?${params}`, { ...init, method: "GET", body: undefined, headers });
    if (byHash.status === 204 || byHash.status === 304) {
      return byHash; // no body to look at (a revalidated cache entry)
    }
    // The body is read once here and handed on as it came; only an answer that names the code is parsed.
    const text = await byHash.text();
    if (!notFound(byHash, text)) {
      return new Response(text, { status: byHash.status, statusText: byHash.statusText, headers: byHash.headers });
    }
    // The server does not know this document yet: send it once with its hash (it checks one against the other).
    return inner(input, {
      ...init,
      body: JSON.stringify({ ...body, query: options.manifest[hash], extensions }),
    });
  };
}

interface RequestBody {
  operationName?: string;
  query?: string;
  variables?: Record<string, unknown>;
}

function safeJson(text: string): RequestBody | undefined {
  try {
    return JSON.parse(text) as RequestBody;
  } catch {
    return undefined;
  }
}

function notFound(response: Response, text: string): boolean {
  if (!(response.headers.get("content-type") ?? "").includes("json") || !text.includes("PERSISTED_QUERY_NOT_FOUND")) {
    return false;
  }
  const answer = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  return answer.errors?.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND") ?? false;
}
