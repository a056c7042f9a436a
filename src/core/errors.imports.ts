/** Error codes of imports and exports (LinkedIn, vCard, CSV, iCalendar). */
export type ImportErrorCode =
  | 'import.unknown_format'
  | 'import.no_header'
  | 'import.bad_map'
  | 'import.no_csv_in_zip'
  | 'import.bad_zip'
  | 'import.too_long'
  | 'export.bad_version';
