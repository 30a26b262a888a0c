// Whether an answer has exactly the shape the generated types promise for its operation: every selected field
// present under its response key and nothing else, nulls only where the schema allows them, lists, enum values,
// the custom scalars' formats, and a possible __typename wherever the type is abstract. For contract tests.
import {
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

interface Selected {
  name: string;
  subs: SelectionSetNode[];
}

const SCALARS: Record<string, (value: unknown) => boolean> = {
  ID: (v) => typeof v === "string",
  String: (v) => typeof v === "string",
  Boolean: (v) => typeof v === "boolean",
  Int: (v) => Number.isInteger(v),
  Float: (v) => typeof v === "number" && Number.isFinite(v),
  BigDecimal: (v) => typeof v === "number" && Number.isFinite(v),
  Date: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v),
  DateTime: (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v),
};

/** Every way `data` differs from what `operationName` in `document` selects; empty when it conforms. */
export function conformance(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string,
  data: unknown,
): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === "FragmentDefinition") fragments.set(definition.name.value, definition);
    if (definition.kind === "OperationDefinition" && definition.name?.value === operationName) operation = definition;
  }
  if (!operation) return [`the document has no operation ${operationName}`];
  const root = schema.getRootType(operation.operation);
  if (!root) return [`the schema has no ${operation.operation} type`];
  const problems: string[] = [];

  // A response key selected more than once (directly and in a fragment) merges its sub-selections.
  const fieldsOf = (selections: SelectionSetNode, type: GraphQLObjectType, into: Map<string, Selected>) => {
    for (const selection of selections.selections) {
      if (selection.kind === "Field") {
        const key = selection.alias?.value ?? selection.name.value;
        const known = into.get(key);
        const subs = selection.selectionSet ? [selection.selectionSet] : [];
        if (known) known.subs.push(...subs);
        else into.set(key, { name: selection.name.value, subs });
      } else {
        const fragment = selection.kind === "FragmentSpread" ? fragments.get(selection.name.value) : selection;
        if (!fragment) {
          problems.push(`unknown fragment ${selection.kind === "FragmentSpread" ? selection.name.value : ""}`);
          continue;
        }
        const condition = fragment.typeCondition?.name.value;
        const applies =
          !condition ||
          condition === type.name ||
          type.getInterfaces().some((i) => i.name === condition);
        if (applies) fieldsOf(fragment.selectionSet, type, into);
      }
    }
  };

  const check = (path: string, type: GraphQLOutputType, value: unknown, sub?: SelectionSetNode): void => {
    if (isNonNullType(type)) {
      if (value === null || value === undefined) problems.push(`${path}: null where the schema promises a value`);
      else check(path, type.ofType, value, sub);
      return;
    }
    if (value === null) return;
    if (value === undefined) {
      problems.push(`${path}: missing`);
      return;
    }
    if (isListType(type)) {
      if (!Array.isArray(value)) problems.push(`${path}: not a list`);
      else value.forEach((item, i) => check(`${path}[${i}]`, type.ofType, item, sub));
      return;
    }
    if (isScalarType(type)) {
      const ok = SCALARS[type.name];
      if (!ok) problems.push(`${path}: scalar ${type.name} has no rule here`);
      else if (!ok(value)) problems.push(`${path}: ${JSON.stringify(value)} is not a ${type.name}`);
      return;
    }
    if (isEnumType(type)) {
      if (!type.getValues().some((v) => v.value === value)) problems.push(`${path}: ${String(value)} is not a ${type.name}`);
      return;
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      problems.push(`${path}: not an object`);
      return;
    }
    checkObject(path, type as GraphQLCompositeType, value as Record<string, unknown>, sub!);
  };

  const checkObject = (path: string, type: GraphQLCompositeType, value: Record<string, unknown>, selections: SelectionSetNode) => {
    let concrete: GraphQLObjectType;
    if (isAbstractType(type)) {
      const typename = value.__typename;
      const named = typeof typename === "string" ? schema.getType(typename) : undefined;
      if (!named || !isObjectType(named) || !schema.isSubType(type, named)) {
        problems.push(`${path}: __typename ${String(typename)} is not a possible ${type.name}`);
        return;
      }
      concrete = named;
    } else {
      concrete = type as GraphQLObjectType;
    }
    const selected = new Map<string, Selected>();
    fieldsOf(selections, concrete, selected);
    for (const key of Object.keys(value)) {
      if (!selected.has(key)) problems.push(`${path}.${key}: not selected`);
    }
    for (const [key, { name, subs }] of selected) {
      if (name === "__typename") {
        if (value[key] !== concrete.name) problems.push(`${path}.${key}: ${String(value[key])} is not ${concrete.name}`);
        continue;
      }
      const field = concrete.getFields()[name];
      if (!field) {
        problems.push(`${path}.${key}: ${concrete.name} has no field ${name}`);
        continue;
      }
      const sub: SelectionSetNode | undefined =
        subs.length === 0 ? undefined : { kind: Kind.SELECTION_SET, selections: subs.flatMap((set) => set.selections) };
      check(`${path}.${key}`, field.type, value[key], sub);
    }
  };

  if (data === null || typeof data !== "object") return ["no data"];
  checkObject("data", root, data as Record<string, unknown>, operation.selectionSet);
  return problems;
}
