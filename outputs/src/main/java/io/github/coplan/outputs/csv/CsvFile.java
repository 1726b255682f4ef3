package io.github.coplan.outputs.csv;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing of this package's files: UTF-8 with or without a byte order mark, RFC 4180, a
 * header row first, and the neutralisation of cells a spreadsheet would run as formulas.
 */
final class CsvFile {

  /** RFC 4180: commas, double quotes, CRLF between records. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** What a cell may begin with, after any {@code '}, to be neutralised on export. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final char BOM = '\uFEFF';

  private CsvFile() {}

  /**
   * A data row.
   *
   * @param number its number in the file, the header being 1
   * @param cells its cells by column name, neutralisation removed, not stripped
   */
  record Row(int number, Map<String, String> cells) {

    /** The cell stripped of white space at both ends, or null when it is empty. */
    @Nullable String cell(String column) {
      String value = cells.get(column);
      if (value == null) {
        return null;
      }
      String stripped = value.strip();
      return stripped.isEmpty() ? null : stripped;
    }
  }

  /**
   * A file read.
   *
   * @param rowsRead the data rows, good or bad
   * @param rows the data rows with as many cells as the header
   * @param problems what was wrong with the file itself, its header or a row's shape
   */
  record Parsed(int rowsRead, List<Row> rows, List<CsvProblem> problems) {}

  static Parsed read(InputStream in, List<String> columns) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CsvProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(new CsvProblem(1, "", "csv.not-utf-8", "the file is not UTF-8 text"));
      return new Parsed(0, rows, problems);
    }
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    int rowsRead = 0;
    int last = 1;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = new ArrayList<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int number = Math.toIntExact(record.getRecordNumber());
        last = number;
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (header.isEmpty()) {
          header = header(record, columns, problems);
          continue;
        }
        rowsRead++;
        if (record.size() != header.size()) {
          problems.add(
              new CsvProblem(
                  number,
                  "",
                  "csv.cell-count",
                  "the row has " + record.size() + " cells, the header " + header.size()));
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), unneutralise(record.get(i)));
        }
        rows.add(new Row(number, cells));
      }
      if (header.isEmpty()) {
        problems.add(
            new CsvProblem(
                1,
                "",
                "csv.no-header",
                "the file has no header row: " + String.join(",", columns)));
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(
          new CsvProblem(
              last + 1, "", "csv.malformed", "the file is not RFC 4180 CSV: " + e.getMessage()));
    }
    return new Parsed(rowsRead, rows, problems);
  }

  private static List<String> header(
      CSVRecord record, List<String> columns, List<CsvProblem> problems) {
    List<String> header = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : record) {
      String name = raw.strip();
      header.add(name);
      if (!columns.contains(name)) {
        problems.add(
            new CsvProblem(
                1,
                name,
                "csv.unknown-column",
                "no column is called '"
                    + name
                    + "'; the columns are "
                    + String.join(",", columns)));
      } else if (!seen.add(name)) {
        problems.add(new CsvProblem(1, name, "csv.duplicate-column", "the column is named twice"));
      }
    }
    for (String column : columns) {
      if (!seen.contains(column)) {
        problems.add(
            new CsvProblem(1, column, "csv.missing-column", "the header lacks the column"));
      }
    }
    return header;
  }

  /**
   * Writes a header and rows, each cell neutralised, UTF-8 without a byte order mark.
   *
   * @param out not closed
   */
  static void write(OutputStream out, List<String> header, List<List<String>> rows) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, FORMAT);
      printer.printRecord(header);
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>(row.size());
        for (String cell : row) {
          cells.add(neutralise(cell));
        }
        printer.printRecord(cells);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One more {@code '} in front of a cell that begins, after any {@code '}, with a formula start.
   */
  static String neutralise(String cell) {
    return startsFormula(cell, 0) ? "'" + cell : cell;
  }

  /** The one {@code '} that {@link #neutralise(String)} adds, removed. */
  static String unneutralise(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' && startsFormula(cell, 1)
        ? cell.substring(1)
        : cell;
  }

  private static boolean startsFormula(String cell, int from) {
    int i = from;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
  }

  /** A value of an enum named in any case, with spaces or hyphens for underscores; else null. */
  static <E extends Enum<E>> @Nullable E constant(Class<E> type, String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    return null;
  }

  /** A required cell, or null after adding a problem. */
  static @Nullable String required(Row row, String column, List<CsvProblem> problems) {
    String value = row.cell(column);
    if (value == null) {
      problems.add(new CsvProblem(row.number(), column, "csv.required", column + " is required"));
    }
    return value;
  }

  /** Each violation of a domain check as a problem of the column. */
  static void add(List<CsvProblem> problems, int row, String column, InvalidInputException e) {
    for (Violation v : e.violations()) {
      problems.add(new CsvProblem(row, column, "csv." + v.code(), v.message()));
    }
  }
}
