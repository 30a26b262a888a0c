// The explorer's only way to the API: the client kit's persisted documents, by hash and GET (cacheable, ETags),
// exactly as any other client may send them. A server that does not know a hash yet is taught the document once.

export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const TIMEOUT_MS = 10000;
let manifest = null;
const hashes = new Map();

/** Loads the kit's manifest (hash to document) and indexes its queries by name. */
export async function loadManifest() {
  const response = await fetch("/explorer/persisted-documents.json");
  if (!response.ok) throw new ApiError("NO_MANIFEST", `The explorer's documents could not be loaded (${response.status}).`);
  manifest = await response.json();
  for (const [hash, document] of Object.entries(manifest)) {
    for (const match of document.matchAll(/\bquery\s+(\w+)/g)) hashes.set(match[1], hash);
  }
}

/** Runs the kit's query `operationName`; resolves to its data, rejects with an ApiError carrying the error's code. */
export async function run(operationName, variables, language) {
  const hash = hashes.get(operationName);
  if (!hash) throw new ApiError("UNKNOWN_OPERATION", `No document for ${operationName}.`);
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const headers = { Accept: "application/graphql-response+json, application/json", "Accept-Language": language };
  const params = new URLSearchParams({
    operationName,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify(extensions),
  });
  let answer = await send(`/graphql?${params}`, { headers });
  if (answer.errors?.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) {
    answer = await send("/graphql", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ operationName, variables, query: manifest[hash], extensions }),
    });
  }
  if (answer.errors?.length) {
    const error = answer.errors[0];
    throw new ApiError(error.extensions?.code ?? "ERROR", error.message);
  }
  if (!answer.data) throw new ApiError("NO_DATA", "The answer held no data.");
  return answer.data;
}

async function send(url, init) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(url, { ...init, signal: abort.signal });
  } catch (error) {
    throw new ApiError(error.name === "AbortError" ? "TIMEOUT" : "NETWORK", String(error.message ?? error));
  } finally {
    clearTimeout(timer);
  }
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) throw new ApiError(`HTTP_${response.status}`, `Unexpected answer (${response.status}).`);
  return response.json();
}
