// Runs every operation of the kit against a running Jisr (JISR_URL, e.g. the packaged application), through Apollo
// Client and through urql with the kit's caches and persisted documents, and checks each answer against the shape
// the generated types promise (conformance) and against what the catalogue holds.
//
//   JISR_URL=http://127.0.0.1:8080/graphql [JISR_ADMIN_TOKEN=…] npm test
//
// With JISR_ADMIN_TOKEN the manifest is first registered as trusted documents (what a trusted-documents deployment
// does); without it, the server learns each document the first time it is asked by hash.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import { buildSchema, type DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  conformance,
  createApolloClient,
  createUrqlClient,
  DashboardDocument,
  DataCentreMapDocument,
  filterFrom,
  InitiativeBySlugDocument,
  InitiativeDetailDocument,
  InitiativeListDocument,
  persistedFetch,
  SearchDocument,
  TimelineDocument,
  type InitiativeFilter,
  type Language,
  type Manifest,
} from "../src/index.js";

const url = process.env.JISR_URL;
if (!url) throw new Error("Set JISR_URL to the GraphQL endpoint of a running Jisr, e.g. http://127.0.0.1:8080/graphql");
const manifest = JSON.parse(readFileSync("src/gql/persisted-documents.json", "utf8")) as Manifest;
const schema = buildSchema(readFileSync("../../src/main/graphql/schema.graphql", "utf8"));

/** Each request the clients make, to see that they went by hash. */
const sent: { method: string; url: string }[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  sent.push({ method: init?.method ?? "GET", url: String(input) });
  return fetch(input, init);
};

/** The answer, conforming to its operation's generated type, or the test fails with every difference. */
function conforms<T>(document: TypedDocumentNode<T, never> | DocumentNode, operationName: string, data: T): T {
  assert.deepEqual(conformance(schema, document as DocumentNode, operationName, data), [], `${operationName} answer`);
  return data;
}

/** What the manifest sends for an operation: its document with __typename on every selection. */
function manifestDocument(document: DocumentNode): DocumentNode {
  const hash = (document as DocumentNode & { __meta__?: { hash: string } }).__meta__?.hash;
  assert.ok(hash && manifest[hash], "every kit document is in the manifest");
  return document;
}

before(async () => {
  const token = process.env.JISR_ADMIN_TOKEN;
  if (!token) return;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: "mutation($m: String!) { registerTrustedDocuments(manifest: $m) }",
      variables: { m: JSON.stringify(manifest) },
    }),
  });
  const answer = (await response.json()) as { data?: { registerTrustedDocuments: number }; errors?: unknown };
  assert.equal(answer.data?.registerTrustedDocuments, Object.keys(manifest).length, JSON.stringify(answer.errors));
});

for (const language of ["en", "fr", "ar"] as const) {
  const lang = language.toUpperCase() as Language;

  describe(`Apollo Client in ${language}`, () => {
    const client = createApolloClient({ url, manifest, language, fetch: recordingFetch });

    test("should count the dashboard's facets as the list counts its initiatives", async () => {
      const { data } = await client.query({ query: DashboardDocument, variables: { lang } });
      const dashboard = conforms(manifestDocument(DashboardDocument), "Dashboard", data!);
      const total = dashboard.initiatives.totalCount;
      assert.ok(total > 0);
      // Every initiative has exactly one kind and one status.
      assert.equal(dashboard.initiatives.facets.kinds.reduce((sum, kind) => sum + kind.count, 0), total);
      assert.equal(dashboard.initiatives.facets.statuses.reduce((sum, s) => sum + s.count, 0), total);
      assert.ok(dashboard.initiatives.facets.sectors.every((sector) => sector.count > 0 && sector.label.text));
      assert.ok(dashboard.dataCentres.totalCount > 0);

      const sector = dashboard.initiatives.facets.sectors[0]!;
      const narrowed = await client.query({
        query: DashboardDocument,
        variables: { lang, filter: filterFrom<InitiativeFilter>(sector.filter) },
      });
      assert.equal(narrowed.data!.initiatives.totalCount, sector.count);
    });

    test("should page the list and merge the pages in the cache", async () => {
      const first = await client.query({ query: InitiativeListDocument, variables: { lang, first: 5 } });
      const page = conforms(manifestDocument(InitiativeListDocument), "InitiativeList", first.data!);
      assert.equal(page.initiatives.edges.length, 5);
      assert.ok(page.initiatives.pageInfo.hasNextPage);
      for (const edge of page.initiatives.edges) {
        assert.equal(edge.node.title.requested, lang);
        assert.ok(edge.node.title.text.length > 0);
      }
      const watched = client.watchQuery({ query: InitiativeListDocument, variables: { lang, first: 5 } });
      await watched.fetchMore({ variables: { after: page.initiatives.pageInfo.endCursor } });
      const merged = client.readQuery({ query: InitiativeListDocument, variables: { lang, first: 5 } });
      const ids = merged!.initiatives.edges.map((edge) => edge.node.id);
      assert.equal(ids.length, 10);
      assert.equal(new Set(ids).size, 10);
    });

    test("should draw the timeline from the same counts", async () => {
      const { data } = await client.query({ query: TimelineDocument, variables: {} });
      const timeline = conforms(manifestDocument(TimelineDocument), "Timeline", data!).initiatives.timeline;
      assert.ok(timeline.buckets.length > 0);
      const starts = timeline.buckets.map((bucket) => bucket.start);
      assert.deepEqual([...starts].sort(), starts);
      for (const bucket of timeline.buckets) {
        assert.equal(bucket.filter.dateFrom, bucket.start);
        assert.equal(bucket.filter.dateTo, bucket.end);
      }
    });

    test("should place every data centre in the kingdom", async () => {
      const { data } = await client.query({ query: DataCentreMapDocument, variables: { lang } });
      const map = conforms(manifestDocument(DataCentreMapDocument), "DataCentreMap", data!).dataCentres;
      assert.equal(map.edges.length, map.totalCount);
      const located = map.edges.filter((edge) => edge.node.location);
      assert.ok(located.length > 0);
      for (const { node } of located) {
        assert.ok(node.location!.latitude > 16 && node.location!.latitude < 33, node.slug);
        assert.ok(node.location!.longitude > 34 && node.location!.longitude < 56, node.slug);
      }
    });

    test("should find initiatives and data centres from a search box", async () => {
      const { data } = await client.query({ query: SearchDocument, variables: { text: "data", lang } });
      const found = conforms(manifestDocument(SearchDocument), "Search", data!);
      assert.ok(found.initiatives.totalCount + found.dataCentres.totalCount > 0);
    });

    test("should show a detail page with its sources and the basis of each text", async () => {
      const list = await client.query({ query: InitiativeListDocument, variables: { lang, first: 1 } });
      const item = list.data!.initiatives.edges[0]!.node;
      const { data } = await client.query({ query: InitiativeDetailDocument, variables: { id: item.id, lang } });
      const detail = conforms(manifestDocument(InitiativeDetailDocument), "InitiativeDetail", data!).initiative!;
      assert.equal(detail.id, item.id);
      assert.ok(detail.sources.length > 0);
      assert.ok(detail.sources.every((source) => /^https?:\/\//.test(source.url)));
      assert.ok(["SOURCED", "EDITORIAL"].includes(detail.title.provenance.basis));
      const bySlug = await client.query({ query: InitiativeBySlugDocument, variables: { slug: item.slug } });
      assert.equal(conforms(InitiativeBySlugDocument, "InitiativeBySlug", bySlug.data!).initiativeBySlug?.id, item.id);
    });
  });
}

describe("urql with Graphcache", () => {
  const client = createUrqlClient({ url, manifest, language: "ar", fetch: recordingFetch });

  test("should run every screen's operation with the kit's cache", async () => {
    const dashboard = await client.query(DashboardDocument, { lang: "AR" }).toPromise();
    assert.equal(dashboard.error, undefined);
    conforms(DashboardDocument, "Dashboard", dashboard.data!);
    const list = await client.query(InitiativeListDocument, { lang: "AR", first: 3 }).toPromise();
    assert.equal(list.error, undefined);
    conforms(InitiativeListDocument, "InitiativeList", list.data!);
    const next = await client
      .query(InitiativeListDocument, { lang: "AR", first: 3, after: list.data!.initiatives.pageInfo.endCursor })
      .toPromise();
    // relayPagination merges the second page after the first.
    assert.equal(next.data!.initiatives.edges.length, 6);
    for (const [document, name, variables] of [
      [TimelineDocument, "Timeline", {}],
      [DataCentreMapDocument, "DataCentreMap", { lang: "AR" }],
      [SearchDocument, "Search", { text: "data", lang: "AR" }],
      [InitiativeDetailDocument, "InitiativeDetail", { id: list.data!.initiatives.edges[0]!.node.id, lang: "AR" }],
    ] as const) {
      const result = await client.query(document as DocumentNode, variables).toPromise();
      assert.equal(result.error, undefined, name);
      conforms(document as DocumentNode, name, result.data);
    }
  });
});

describe("persisted documents", () => {
  test("should have sent every query by hash, by GET", () => {
    const posts = sent.filter((request) => request.method === "POST");
    assert.ok(sent.length > 0);
    assert.ok(sent.some((request) => request.url.includes("persistedQuery")));
    for (const request of sent.filter((r) => r.method === "GET")) {
      assert.ok(!request.url.includes("query="), request.url);
    }
    // A POST only follows a hash the server did not know (never in a trusted-documents run).
    if (process.env.JISR_ADMIN_TOKEN) assert.deepEqual(posts, []);
  });

  test("should teach a server a document it does not know, once", async () => {
    const document = `query KitProbe { sectors(first: 1) { totalCount } } # ${Date.now()} ${Math.random()}`;
    const { createHash } = await import("node:crypto");
    const hash = createHash("sha256").update(document).digest("hex");
    const calls: string[] = [];
    const probe = persistedFetch({
      url,
      manifest: { [hash]: document },
      fetch: (input, init) => {
        calls.push(init?.method ?? "GET");
        return fetch(input, init);
      },
    });
    const ask = () =>
      probe(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ operationName: "KitProbe", query: "ignored: the manifest's text is sent" }),
      }).then((response) => response.json() as Promise<{ data?: { sectors: { totalCount: number } } }>);
    assert.ok(((await ask()).data?.sectors.totalCount ?? 0) > 0);
    assert.deepEqual(calls, ["GET", "POST"]);
    assert.ok(((await ask()).data?.sectors.totalCount ?? 0) > 0);
    assert.deepEqual(calls, ["GET", "POST", "GET"]);
  });
});
