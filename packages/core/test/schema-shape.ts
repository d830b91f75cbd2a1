import pg from 'pg';

/**
 * The relational shape of a schema, in one comparable form: from the Prisma datamodel (DMMF)
 * on one side and from a live database's catalog on the other. Two shapes are equal when the
 * migrations produce exactly the tables, columns, keys and indexes that schema.prisma declares.
 */

export interface ColumnShape {
  type: string;
  nullable: boolean;
  hasDefault: boolean;
}
export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  uniques: string[];
  indexes: string[];
  foreignKeys: string[];
}
export interface SchemaShape {
  tables: Record<string, TableShape>;
  enums: Record<string, string[]>;
}

// The subset of the DMMF we read (types from @prisma/dmmf are not exported by internals).
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt?: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'normal' | 'unique' | 'fulltext';
  fields: { name: string }[];
}
export interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

/** Defaults Prisma fills in on the client; the column itself has none. */
const CLIENT_SIDE_DEFAULTS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

function pgTypeOf(f: DmmfField): string {
  if (f.kind === 'enum') return f.type;
  const native = f.nativeType?.[0];
  const args = f.nativeType?.[1] ?? [];
  if (native === 'Uuid') return 'uuid';
  if (native === 'Timestamptz') return `timestamp(${args[0] ?? 6}) with time zone`;
  if (native === 'Timestamp') return `timestamp(${args[0] ?? 6}) without time zone`;
  if (native === 'VarChar') return `character varying(${args[0]})`;
  if (native) throw new Error(`schema-shape: native type @db.${native} not mapped yet`);
  const base: Record<string, string> = {
    String: 'text',
    Int: 'integer',
    BigInt: 'bigint',
    Boolean: 'boolean',
    Float: 'double precision',
    Decimal: 'numeric(65,30)',
    Json: 'jsonb',
    Bytes: 'bytea',
    DateTime: 'timestamp(3) without time zone',
  };
  const t = base[f.type];
  if (!t) throw new Error(`schema-shape: Prisma type ${f.type} not mapped yet`);
  return f.isList ? `${t}[]` : t;
}

function hasDbDefault(f: DmmfField): boolean {
  // `@updatedAt` alone is set by the client; with `@default(now())` as well, prisma migrate gives
  // the column DEFAULT CURRENT_TIMESTAMP too (hasDefaultValue says which).
  if (!f.hasDefaultValue) return false;
  const d = f.default as { name?: string } | undefined;
  return !(d && typeof d === 'object' && d.name && CLIENT_SIDE_DEFAULTS.has(d.name));
}

const ACTION: Record<string, string> = { Cascade: 'CASCADE', SetNull: 'SET NULL', Restrict: 'RESTRICT', NoAction: 'NO ACTION', SetDefault: 'SET DEFAULT' };

export function shapeFromDmmf(dmmf: Dmmf): SchemaShape {
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
  const columnOf = (m: DmmfModel, field: string) => {
    const f = m.fields.find((x) => x.name === field);
    if (!f) throw new Error(`${m.name}.${field} not found`);
    return f.dbName ?? f.name;
  };
  const tables: Record<string, TableShape> = {};
  for (const m of dmmf.datamodel.models) {
    const t: TableShape = { columns: {}, primaryKey: [], uniques: [], indexes: [], foreignKeys: [] };
    for (const f of m.fields) {
      if (f.kind === 'object') {
        if (f.relationFromFields?.length) {
          const target = models.get(f.type)!;
          const from = f.relationFromFields.map((x) => columnOf(m, x)).join(',');
          const to = (f.relationToFields ?? []).map((x) => columnOf(target, x)).join(',');
          const onDelete = ACTION[f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull')];
          const onUpdate = ACTION[f.relationOnUpdate ?? 'Cascade'];
          t.foreignKeys.push(`(${from}) -> ${tableOf(target)}(${to}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`);
        }
        continue;
      }
      t.columns[f.dbName ?? f.name] = { type: pgTypeOf(f), nullable: !f.isRequired, hasDefault: hasDbDefault(f) };
    }
    for (const idx of dmmf.datamodel.indexes.filter((i) => i.model === m.name)) {
      const cols = idx.fields.map((x) => columnOf(m, x.name));
      if (idx.type === 'id') t.primaryKey = cols;
      else if (idx.type === 'unique') t.uniques.push(cols.join(','));
      else t.indexes.push(cols.join(','));
    }
    t.uniques.sort();
    t.indexes.sort();
    t.foreignKeys.sort();
    tables[tableOf(m)] = t;
  }
  const enums: Record<string, string[]> = {};
  for (const e of dmmf.datamodel.enums) enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);
  return { tables, enums };
}

const PG_ACTION: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/** Reads the public schema of a live database (tables other than Prisma's migration log). */
export async function shapeFromDatabase(url: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables: Record<string, TableShape> = {};
    const cols = await client.query<{ table: string; column: string; type: string; notnull: boolean; hasdefault: boolean }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS notnull, a.atthasdef AS hasdefault
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND c.relname <> '_prisma_migrations'
      ORDER BY c.relname, a.attnum`);
    for (const r of cols.rows) {
      tables[r.table] ??= { columns: {}, primaryKey: [], uniques: [], indexes: [], foreignKeys: [] };
      tables[r.table].columns[r.column] = { type: r.type.replace(/"/g, ''), nullable: !r.notnull, hasDefault: r.hasdefault };
    }
    const idx = await client.query<{ table: string; primary: boolean; unique: boolean; columns: string[] }>(`
      SELECT t.relname AS table, i.indisprimary AS primary, i.indisunique AS unique,
             array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
    for (const r of idx.rows) {
      const t = tables[r.table];
      if (r.primary) t.primaryKey = r.columns;
      else if (r.unique) t.uniques.push(r.columns.join(','));
      else t.indexes.push(r.columns.join(','));
    }
    const fks = await client.query<{ table: string; cols: string[]; target: string; tcols: string[]; del: string; upd: string }>(`
      SELECT c.relname AS table, t.relname AS target, con.confdeltype AS del, con.confupdtype AS upd,
             array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS cols,
             array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS tcols
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class t ON t.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE con.contype = 'f' AND n.nspname = 'public'`);
    for (const r of fks.rows) {
      tables[r.table].foreignKeys.push(`(${r.cols.join(',')}) -> ${r.target}(${r.tcols.join(',')}) ON DELETE ${PG_ACTION[r.del]} ON UPDATE ${PG_ACTION[r.upd]}`);
    }
    for (const t of Object.values(tables)) {
      t.uniques.sort();
      t.indexes.sort();
      t.foreignKeys.sort();
    }
    const en = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND n.nspname = 'public'`);
    const enums: Record<string, string[]> = {};
    for (const r of en.rows) enums[r.name] = r.values;
    return { tables, enums };
  } finally {
    await client.end();
  }
}
