// Facets and timeline buckets answer with the filter that narrows a list to them (an `…FilterSelection`). As an
// answer it carries __typename and nulls, which filter input refuses; this makes it input again.
import type { DataCentreFilter, InitiativeFilter } from "./gql/graphql.js";

type FilterInput = InitiativeFilter | DataCentreFilter;

/** The set fields of a filter selection as filter input, merged over `current` (lists are replaced). */
export function filterFrom<F extends FilterInput>(selection: object, current?: F): F {
  const input: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(selection)) {
    if (key !== "__typename" && value !== null && value !== undefined) input[key] = value;
  }
  return input as F;
}
