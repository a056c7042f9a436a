import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type CsvRecord } from '../src/formats/csv/parse.js';

// The tokenizer sees a big file in pieces: a CRLF, a doubled quote or a quoted newline may
// straddle two pieces, and the records must not change.

function tokenize(text: string, delimiter = ',', piece = text.length || 1): CsvRecord[] {
  const tokenizer = new CsvTokenizer(delimiter);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += piece) tokenizer.push(text.slice(i, i + piece), out);
  tokenizer.end(out);
  return out;
}

describe('CsvTokenizer', () => {
  it('reads quoted delimiters, doubled quotes, quoted newlines and text after a closing quote', () => {
    expect(tokenize('a,"b,c","say ""hi""","x\r\ny"z\r\n')).toEqual([{ cells: ['a', 'b,c', 'say "hi"', 'x\nyz'], line: 1 }]);
  });

  it('keeps ragged rows as they are and a quote inside an unquoted cell as text', () => {
    expect(tokenize('a,b,c\n1\n1,2,3,4\nO"Brien,x\n').map((r) => r.cells)).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4'], ['O"Brien', 'x']]);
  });

  it('tells the line each record starts on, whatever the line ends', () => {
    expect(tokenize('h\r\n"a\r\nb"\rc\n\nd').map((r) => [r.cells[0], r.line])).toEqual([['h', 1], ['a\nb', 2], ['c', 4], ['', 5], ['d', 6]]);
  });

  it('gives the same records fed one character at a time', () => {
    const texts = [
      'x,"a""b",c\r\n"q\r\nr",""\r\n,\r\n"end"',
      'a\r\n\nb\r\r\nc\r\n\r\n"d\r\n\ne"\r',
      ...['linkedin-current.csv', 'google-current.csv', 'outlook-fr.csv'].map((name) => readFileSync(join(import.meta.dirname, 'fixtures', 'csv', name), 'utf8')),
    ];
    for (const text of texts) expect(tokenize(text, ',', 1)).toEqual(tokenize(text));
  });

  it('reports a quote left open at the end, from the line where its record starts', () => {
    expect(tokenize('a\n"b\nc\n')).toEqual([{ cells: ['a'], line: 1 }, { cells: [], line: 2, broken: 'unclosed_quote' }]);
  });
});
