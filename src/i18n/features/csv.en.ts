/** English words of the csv reader: why a record was rejected (error codes 'csv.*'), and the file-level errors of CSV and zip files. csv.fr.ts mirrors every key. */
import { s, type Feature, type Values as V } from './feature.js';

const MAP_EXAMPLE = 'maillon import csv FILE --map "Full Name=name,Mail=email"';

export const csvEn = {
  reason: {},
  error: {
    'csv.no_name': (v: V) => `No name, email or organization in this row${v.sample ? ` (it holds: ${s(v.sample)})` : ''}: nothing to call this person by.`,
    'csv.unclosed_quote': () => 'A quote opened in this row is never closed, so the rest of the file was read as one cell. Check the quotes on this line.',
    'csv.too_long': () => 'This row is longer than a million characters (probably an unbalanced quote); it was skipped.',
    'import.no_header': (v: V) => v.header
      ? `${s(v.file)} has no header row Maillon recognizes (its first cells: ${s(v.header)}). Say which column holds what with --map, e.g. ${MAP_EXAMPLE}. Fields: ${s(v.fields)}.`
      : `${s(v.file)} has no header row. Add one, or say which column holds what with --map, e.g. ${MAP_EXAMPLE}. Fields: ${s(v.fields)}.`,
    'import.bad_map': (v: V) => v.reason === 'field'
      ? `Unknown field "${s(v.value)}" in --map: expected one of ${s(v.fields)}.`
      : v.reason === 'reversed'
        ? `--map pairs are written Column=field: did you mean "${s(v.column)}=${s(v.field)}"?`
        : v.reason === 'twice'
          ? `Column "${s(v.value)}" is named twice in --map.`
          : v.reason === 'column'
            ? `Column "${s(v.value)}" of --map is not in the header of ${s(v.file)}, whose columns are: ${s(v.header)}.`
            : `Bad --map "${s(v.value)}": expected Column=field pairs separated by commas, e.g. "Full Name=name,Mail=email" (quote a column name that holds a comma). Fields: ${s(v.fields)}.`,
    'import.no_csv_in_zip': (v: V) => Number(v.count) === 0
      ? `${s(v.file)} is an empty zip: LinkedIn's export holds Connections.csv.`
      : `${s(v.file)} holds no Connections.csv (it holds: ${s(v.entries)}). Request LinkedIn's export of your connections, or unzip the file and import the CSV.`,
    'import.bad_zip': (v: V) => `${s(v.file)} looks like a zip but cannot be read (${s(v.reason)}). Download the export again.`,
    'import.unknown_format': (v: V) => `Unknown CSV format "${s(v.value)}": expected one of ${s(v.allowed)}.`,
  },
  kind: {},
  cli: {},
} satisfies Feature;
