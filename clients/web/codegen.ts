// GraphQL Code Generator: TypeScript types and typed documents for the operations in operations/, from the committed
// SDL. Run `npm run codegen` after the schema or an operation changes; .ci/run fails when src/gql is not up to date.
import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";
import { createHash } from "node:crypto";

const config: CodegenConfig = {
  schema: "../../src/main/graphql/schema.graphql",
  documents: ["operations/*.graphql"],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        // Every operation's document by its SHA-256 (hex, as requests carry it): persisted-documents.json is the
        // trusted-documents manifest the server can enforce.
        persistedDocuments: {
          mode: "embedHashInDocument",
          hashAlgorithm: (document: string) => createHash("sha256").update(document).digest("hex"),
        },
      },
      // Apollo Client and Graphcache add __typename to every selection before sending; the persisted documents
      // must be those very documents, or their hashes would not match.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { BigDecimal: "number", Date: "string", DateTime: "string" },
      },
    },
    "src/gql/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true },
    },
    "src/gql/introspection.ts": {
      plugins: ["urql-introspection"],
      config: { module: "es2015", useTypeImports: true },
    },
  },
};

export default config;
