// Arrow schema derived from the Zod table schemas. Writers build every record batch against exactly
// this schema object: the IPC writer silently closes the file if a batch's schema differs.
import { Bool, DataType, DateDay, Field, Float64, Int32, List, Schema, Utf8 } from "apache-arrow";
import { describeColumns, type ColumnKind } from "../describe.ts";
import type { TableDef } from "../tables.ts";

export function arrowTypeFor(kind: ColumnKind): DataType {
  switch (kind) {
    case "string":
      return new Utf8();
    case "integer":
      return new Int32();
    case "number":
      return new Float64();
    case "boolean":
      return new Bool();
    case "date":
      return new DateDay();
    case "string_list":
      // List elements are never null (textList is a list of non-empty strings).
      return new List(new Field("item", new Utf8(), false));
  }
}

export function arrowSchemaFor(table: TableDef): Schema {
  const fields = describeColumns(table.schema).map(
    (c) => new Field(c.name, arrowTypeFor(c.kind), c.nullable, new Map([["description", c.description]])),
  );
  return new Schema(fields, new Map([["table", table.name], ["description", table.description]]));
}
