/**
 * The model's JSON Schema, as @genebelt/model publishes it, and a reading of it for the schema
 * page. The page is generated from the same schema files the site serves, so it cannot drift.
 */
import { JSON_SCHEMA_CONCEPTS, type JsonSchemaConcept, jsonSchemaOf } from '@genebelt/model';

export function schemaNames(): JsonSchemaConcept[] {
  return Object.keys(JSON_SCHEMA_CONCEPTS) as JsonSchemaConcept[];
}

export function schemaOf(name: string): Record<string, unknown> | null {
  return isConcept(name) ? jsonSchemaOf(name) : null;
}

function isConcept(name: string): name is JsonSchemaConcept {
  return Object.hasOwn(JSON_SCHEMA_CONCEPTS, name);
}

/** A piece of a type description; `ref` names a definition to link to. */
export interface TypePart {
  text: string;
  ref?: string;
}

export interface SchemaProperty {
  name: string;
  required: boolean;
  type: TypePart[];
  description: string | null;
}

export interface SchemaDefinition {
  name: string;
  title: string | null;
  description: string | null;
  /** For objects: their fields. */
  properties: SchemaProperty[];
  /** For everything else: what the value is. */
  type: TypePart[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Every definition of the corpus schema, in the order the schema lists them. */
export function corpusDefinitions(): SchemaDefinition[] {
  const schema = jsonSchemaOf('corpus');
  const defs = isObject(schema.$defs) ? schema.$defs : {};
  return Object.entries(defs).flatMap(([name, node]) => {
    if (!isObject(node)) return [];
    const properties = isObject(node.properties) ? node.properties : null;
    const required = new Set(
      Array.isArray(node.required) ? node.required.filter((item) => typeof item === 'string') : [],
    );
    return [
      {
        name,
        title: text(node.title),
        description: text(node.description),
        properties: properties
          ? Object.entries(properties).map(([property, value]) => ({
              name: property,
              required: required.has(property),
              type: describe(value),
              description: isObject(value) ? descriptionOf(value) : null,
            }))
          : [],
        type: properties ? [] : describe(node),
      },
    ];
  });
}

/** The description of a property, or of the definition it refers to when it has none. */
function descriptionOf(node: JsonObject): string | null {
  return text(node.description);
}

/** What a schema node accepts, in words, with links to named definitions. */
export function describe(node: unknown): TypePart[] {
  if (!isObject(node)) return [{ text: 'anything' }];
  const ref = text(node.$ref);
  if (ref) {
    const name = ref.replace(/^#\/\$defs\//, '');
    return [{ text: name, ref: name }];
  }
  if ('const' in node) return [{ text: JSON.stringify(node.const) }];
  if (Array.isArray(node.enum)) {
    return [{ text: node.enum.map((value) => JSON.stringify(value)).join(' | ') }];
  }
  const alternatives = Array.isArray(node.anyOf)
    ? node.anyOf
    : Array.isArray(node.oneOf)
      ? node.oneOf
      : null;
  if (alternatives) return join(alternatives.map(describe), ' or ');
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return join(
    types.map((type) => describeType(String(type), node)),
    ' or ',
  );
}

function describeType(type: string, node: JsonObject): TypePart[] {
  switch (type) {
    case 'array':
      return [{ text: 'array of ' }, ...describe(node.items)];
    case 'object':
      if (isObject(node.additionalProperties)) {
        return [{ text: 'map of string to ' }, ...describe(node.additionalProperties)];
      }
      if (isObject(node.propertyNames) || isObject(node.properties)) return [{ text: 'object' }];
      return [{ text: 'object' }];
    case 'string': {
      const limits = [
        text(node.pattern) ? `matching ${text(node.pattern)}` : null,
        typeof node.minLength === 'number' && node.minLength > 0 ? 'not empty' : null,
        typeof node.maxLength === 'number' ? `at most ${node.maxLength} characters` : null,
      ].filter(Boolean);
      return [{ text: limits.length > 0 ? `string ${limits.join(', ')}` : 'string' }];
    }
    case 'integer':
    case 'number': {
      const limits = [
        typeof node.minimum === 'number' ? `≥ ${node.minimum}` : null,
        typeof node.maximum === 'number' ? `≤ ${node.maximum}` : null,
      ].filter(Boolean);
      return [{ text: limits.length > 0 ? `${type} ${limits.join(', ')}` : type }];
    }
    case 'undefined':
      return [{ text: 'anything' }];
    default:
      return [{ text: type }];
  }
}

function join(parts: TypePart[][], separator: string): TypePart[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [{ text: separator }, ...part]));
}
