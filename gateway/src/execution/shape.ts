import {
  ERRORS,
  Variable,
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  typenameFieldName,
  type CompositeType,
  type NamedType,
  type Operation,
  type Schema,
  type Selection,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

/**
 * The client's answer cut out of the data the subgraphs returned: exactly the fields the
 * operation selects, under their aliases, @skip/@include applied, fragments matched against each
 * object's __typename, non-null violations nulling the nearest nullable parent. This is
 * @apollo/gateway's computeResponse (resultShaping.ts) with the operation compiled once per plan
 * instead of walked through federation-internals' objects for every value of every request; the
 * rules and messages are the same. Output objects are ordinary objects (fast to build and to
 * serialize); a `__proto__` alias is defined as an own property.
 */

/** A @skip/@include argument: a constant or a variable's name. */
type Condition = boolean | { variable: string };

interface FieldStep {
  kind: 'field';
  responseName: string;
  skip?: Condition;
  include?: Condition;
  isTypename: boolean;
  /** Selection of the operation's own root type's fields that need the introspection schema. */
  isIntrospection: boolean;
  type: TypeStep;
  fieldName: string;
}

interface FragmentStep {
  kind: 'fragment';
  skip?: Condition;
  include?: Condition;
  typeCondition?: CompositeType;
  steps: Step[];
}

type Step = FieldStep | FragmentStep;

/** `selects`: the field has a selection set (its innermost type is composite). */
type TypeStep =
  | { kind: 'nonNull'; ofType: TypeStep; name: string; selects: boolean }
  | { kind: 'list'; ofType: TypeStep; name: string; selects: boolean }
  | { kind: 'composite'; type: CompositeType; steps: Step[]; name: string; selects: true }
  | { kind: 'leaf'; valid: (value: unknown) => boolean; name: string; selects: false };

export interface CompiledShape {
  root: Step[];
  rootType: CompositeType;
  defaults: Record<string, unknown>;
  usesConditions: boolean;
  usesIntrospection: boolean;
  schema: Schema;
}

const integerString = /^-?(?:0|[1-9][0-9]*)$/;

/** federation-internals' isValidLeafValue, decided once per type. */
function leafValidator(schema: Schema, type: NamedType): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  const isBoolean = type === schema.booleanType();
  const isInt = type === schema.intType();
  const isIdOrInt = isInt || type === schema.idType();
  const isFloat = type === schema.floatType();
  const enumValues = isEnumType(type) ? new Set(type.values.map((v) => v.name)) : null;
  return (value) => {
    if (typeof value === 'boolean') return isBoolean;
    if (typeof value === 'number' && Number.isFinite(value)) return isIdOrInt ? integerString.test(String(value)) : isFloat;
    if (typeof value === 'string') return enumValues ? enumValues.has(value) : !isBoolean && !isInt && !isFloat;
    return false;
  };
}

function conditionsOf(schema: Schema, selection: Selection): { skip?: Condition; include?: Condition } {
  const read = (directive: { arguments(): Record<string, unknown> } | undefined): Condition | undefined => {
    if (!directive) return undefined;
    const value = directive.arguments().if;
    return value instanceof Variable ? { variable: value.name } : Boolean(value);
  };
  const element = selection.element as unknown as { appliedDirectivesOf(d: unknown): { arguments(): Record<string, unknown> }[] };
  return {
    skip: read(element.appliedDirectivesOf(schema.skipDirective())[0]),
    include: read(element.appliedDirectivesOf(schema.includeDirective())[0]),
  };
}

function compileType(schema: Schema, type: Type, selectionSet: SelectionSet | undefined, state: { conditions: boolean; introspection: boolean }): TypeStep {
  if (isNonNullType(type) || isListType(type)) {
    const ofType = compileType(schema, type.ofType, selectionSet, state);
    return { kind: isNonNullType(type) ? 'nonNull' : 'list', ofType, name: String(type), selects: ofType.selects };
  }
  if (isCompositeType(type)) {
    if (!selectionSet) throw new Error(`Invalid empty selection set for composite type ${type}`);
    return { kind: 'composite', type, steps: compileSelectionSet(schema, selectionSet, state), name: type.name, selects: true };
  }
  return { kind: 'leaf', valid: leafValidator(schema, type as NamedType), name: String(type), selects: false };
}

function compileSelectionSet(schema: Schema, selectionSet: SelectionSet, state: { conditions: boolean; introspection: boolean }): Step[] {
  return selectionSet.selections().map((selection): Step => {
    const conditions = conditionsOf(schema, selection);
    if (conditions.skip !== undefined || conditions.include !== undefined) state.conditions = true;
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      const isIntrospection = field.definition.isSchemaIntrospectionField();
      if (isIntrospection) state.introspection = true;
      const isTypename = field.name === typenameFieldName;
      return {
        kind: 'field',
        responseName: field.responseName(),
        ...conditions,
        isTypename,
        isIntrospection,
        fieldName: field.name,
        type: isIntrospection || isTypename ? { kind: 'leaf', valid: () => true, name: '', selects: false } : compileType(schema, field.definition.type!, selection.selectionSet, state),
      };
    }
    return {
      kind: 'fragment',
      ...conditions,
      typeCondition: selection.element.typeCondition,
      steps: compileSelectionSet(schema, selection.selectionSet, state),
    };
  });
}

/** Compiles an operation (built against the API schema) for `shapeResponse`. */
export function compileShape(operation: Operation): CompiledShape {
  const schema = operation.schema();
  const state = { conditions: false, introspection: false };
  const root = compileSelectionSet(schema, operation.selectionSet, state);
  return {
    root,
    rootType: schema.schemaDefinition.rootType(operation.rootKind)!,
    defaults: { ...operation.collectDefaultedVariableValues() },
    usesConditions: state.conditions,
    usesIntrospection: state.introspection,
    schema,
  };
}

const BUBBLE = 1;
const OK = 0;

interface Run {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  /** (typeCondition, runtime type) -> applies; isSubtype is not cheap. */
  subtypes: Map<CompositeType, Map<NamedType, boolean>>;
}

const hasOwn = Object.prototype.hasOwnProperty;

function conditionValue(condition: Condition, variables: Record<string, unknown>): boolean {
  if (typeof condition === 'boolean') return condition;
  const value = variables[condition.variable];
  if (typeof value !== 'boolean') throw new Error(`Unexpected value ${String(value)} for variable $${condition.variable} of @skip/@include`);
  return value;
}

function skipped(step: FieldStep | FragmentStep, variables: Record<string, unknown>): boolean {
  if (step.skip !== undefined && conditionValue(step.skip, variables)) return true;
  return step.include !== undefined && !conditionValue(step.include, variables);
}

function applies(run: Run, typeCondition: CompositeType, type: NamedType): boolean {
  let byType = run.subtypes.get(typeCondition);
  if (!byType) run.subtypes.set(typeCondition, (byType = new Map()));
  let result = byType.get(type);
  if (result === undefined) byType.set(type, (result = isSubtype(typeCondition, type)));
  return result;
}

function setOutput(output: Record<string, unknown>, key: string, value: unknown) {
  if (key === '__proto__') Object.defineProperty(output, key, { value, enumerable: true, writable: true, configurable: true });
  else output[key] = value;
}

function describe(path: (string | number)[], currentType: string, parentType: NamedType): string {
  const element = path[path.length - 1];
  return typeof element === 'string' ? `field ${parentType.name}.${element}` : `array element of type ${currentType} at index ${element}`;
}

function applySteps(
  run: Run,
  input: Record<string, unknown>,
  steps: Step[],
  output: Record<string, unknown>,
  path: (string | number)[],
  parentType: CompositeType,
  introspect: (step: FieldStep) => unknown,
): number {
  for (const step of steps) {
    if ((step.skip !== undefined || step.include !== undefined) && skipped(step, run.variables)) continue;
    if (step.kind === 'field') {
      const name = step.responseName;
      const outputValue = hasOwn.call(output, name) ? output[name] : undefined;
      if (step.isIntrospection) {
        if (outputValue === undefined) setOutput(output, name, introspect(step));
        continue;
      }
      let inputValue = hasOwn.call(input, name) ? (input[name] ?? null) : null;
      if (step.isTypename) {
        if (outputValue === undefined) {
          if (inputValue === null && name !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
          const type = typeof inputValue === 'string' ? (run.schema.type(inputValue) ?? parentType) : parentType;
          if (!isObjectType(type)) return BUBBLE;
          setOutput(output, name, type.name);
        }
        continue;
      }
      path.push(name);
      const value = completeValue(run, outputValue, step.type, inputValue, path, parentType, introspect);
      setOutput(output, name, value.updated);
      path.pop();
      if (value.invalid) return BUBBLE;
    } else {
      const typename = input[typenameFieldName];
      if (typename !== undefined && typename !== null && typeof typename !== 'string') throw new Error(`Got unexpected value for __typename: ${String(typename)}`);
      let matches = true;
      if (step.typeCondition) {
        if (typename) {
          const type = run.schema.type(typename);
          matches = !!type && applies(run, step.typeCondition, type);
        } else {
          matches = applies(run, step.typeCondition, parentType);
        }
      }
      if (matches && applySteps(run, input, step.steps, output, path, step.typeCondition ?? parentType, introspect) === BUBBLE) return BUBBLE;
    }
  }
  return OK;
}

interface Completed {
  updated: unknown;
  invalid?: boolean;
  hasErrors?: boolean;
}

function completeValue(
  run: Run,
  outputValue: unknown,
  type: TypeStep,
  inputValue: unknown,
  path: (string | number)[],
  parentType: CompositeType,
  introspect: (step: FieldStep) => unknown,
): Completed {
  if (outputValue === null || (outputValue !== undefined && !type.selects)) return { updated: outputValue };
  switch (type.kind) {
    case 'nonNull': {
      const inner = completeValue(run, outputValue, type.ofType, inputValue, path, parentType, introspect);
      if (inner.updated === null) {
        if (!inner.hasErrors) {
          run.errors.push(ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${describe(path, type.ofType.name, parentType)}.`, { path: Array.from(path) }));
        }
        return { updated: null, invalid: true, hasErrors: true };
      }
      return { updated: inner.updated };
    }
    case 'list': {
      if (inputValue === null) return { updated: null };
      if (!Array.isArray(inputValue)) throw new Error(`Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${type.name}`);
      const previous = outputValue as unknown[] | undefined;
      if (previous !== undefined && (!Array.isArray(previous) || previous.length !== inputValue.length)) throw new Error(`Invalid list value at ${path.join('.')}`);
      const updated = new Array<unknown>(inputValue.length);
      let nullify = false;
      let hasErrors = false;
      for (let i = 0; i < inputValue.length; i++) {
        path.push(i);
        const element = completeValue(run, previous?.[i], type.ofType, inputValue[i] === undefined ? null : inputValue[i], path, parentType, introspect);
        path.pop();
        if (element.invalid) nullify = true;
        if (element.hasErrors) hasErrors = true;
        updated[i] = element.updated;
      }
      return { updated: nullify ? null : updated, hasErrors };
    }
    case 'composite': {
      if (inputValue === null) return { updated: null };
      if (typeof inputValue !== 'object') throw new Error(`Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type.name}`);
      const object = inputValue as Record<string, unknown>;
      const typename = object[typenameFieldName];
      if (typename !== undefined && typeof typename !== 'string') throw new Error(`Invalid non-string value ${String(typename)} for __typename at ${path.join('.')}`);
      let objectType: CompositeType = type.type;
      if (typename) {
        const named = run.schema.type(typename);
        if (!named || !isCompositeType(named)) {
          run.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${describe(path, type.name, parentType)}.`, { path: Array.from(path) }));
          return { updated: null, hasErrors: true };
        }
        objectType = named;
      }
      const output = (outputValue as Record<string, unknown> | undefined) ?? {};
      const bubbled = applySteps(run, object, type.steps, output, path, objectType, introspect) === BUBBLE;
      return { updated: bubbled ? null : output, hasErrors: bubbled };
    }
    case 'leaf': {
      if (inputValue === null) return { updated: null };
      const valid = type.valid(inputValue);
      if (!valid) run.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${describe(path, type.name, parentType)}.`, { path: Array.from(path) }));
      return { updated: valid ? inputValue : null, hasErrors: !valid };
    }
  }
}

/**
 * The client's `data` from the merged subgraph data, and the value-completion errors (a non-null
 * field the subgraphs left null, a value of the wrong type). `introspect` answers __schema/__type.
 */
export function shapeResponse(
  shape: CompiledShape,
  input: Record<string, unknown> | null | undefined,
  variables: Record<string, unknown> | undefined,
  introspect: (responseName: string) => unknown,
): { data: Record<string, unknown> | null | undefined; errors: GraphQLError[] } {
  if (!input) return { data: input, errors: [] };
  const run: Run = {
    schema: shape.schema,
    variables: shape.usesConditions ? { ...shape.defaults, ...variables } : (variables ?? {}),
    errors: [],
    subtypes: new Map(),
  };
  const data: Record<string, unknown> = {};
  const result = applySteps(run, input, shape.root, data, [], shape.rootType, (step) => introspect(step.responseName));
  return { data: result === BUBBLE ? null : data, errors: run.errors };
}
