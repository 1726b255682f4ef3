package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.result.Dimension;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON text of the dimensions of the results framework, as migration 11 stores them: an
 * indicator's dimensions as an array in their order, each {@code {"name":…,"values":[…]}}, and an
 * observation's breakdown as an object of its values by dimension name, in name order ({@code
 * {"country":"VN","sex":"female"}}, {@code {}} for a period's total). Strings escape only what JSON
 * requires, so the same value always gives the same text; the reader takes any JSON of those
 * shapes, whitespace and escapes included. Stateless and thread-safe.
 */
final class DimensionsJson {

  private DimensionsJson() {}

  /** The text of an indicator's dimensions. */
  static String encodeDimensions(List<Dimension> dimensions) {
    StringBuilder out = new StringBuilder("[");
    for (Dimension d : dimensions) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("{\"name\":");
      string(out, d.name());
      out.append(",\"values\":[");
      for (int i = 0; i < d.values().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(out, d.values().get(i));
      }
      out.append("]}");
    }
    return out.append(']').toString();
  }

  /** An indicator's dimensions, read back. */
  static List<Dimension> decodeDimensions(String stored) throws SQLException {
    Object parsed = new Reader(stored).whole();
    if (!(parsed instanceof List<?> list)) {
      throw damaged("an indicator's dimensions");
    }
    List<Dimension> dimensions = new ArrayList<>(list.size());
    for (Object element : list) {
      if (!(element instanceof Map<?, ?> map)
          || !(map.get("name") instanceof String name)
          || !(map.get("values") instanceof List<?> values)
          || map.size() != 2) {
        throw damaged("an indicator's dimensions");
      }
      List<String> texts = new ArrayList<>(values.size());
      for (Object value : values) {
        if (!(value instanceof String text)) {
          throw damaged("an indicator's dimensions");
        }
        texts.add(text);
      }
      dimensions.add(new Dimension(name, texts));
    }
    return dimensions;
  }

  /** The text of an observation's breakdown. */
  static String encodeBreakdown(Map<String, String> values) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
      if (out.length() > 1) {
        out.append(',');
      }
      string(out, e.getKey());
      out.append(':');
      string(out, e.getValue());
    }
    return out.append('}').toString();
  }

  /** An observation's breakdown, read back. */
  static SortedMap<String, String> decodeBreakdown(String stored) throws SQLException {
    Object parsed = new Reader(stored).whole();
    if (!(parsed instanceof Map<?, ?> map)) {
      throw damaged("an observation's dimensions");
    }
    SortedMap<String, String> values = new TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getValue() instanceof String value)) {
        throw damaged("an observation's dimensions");
      }
      values.put((String) e.getKey(), value);
    }
    return values;
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static SQLException damaged(String what) {
    return new SQLException("the stored JSON of " + what + " is damaged");
  }

  /** Reads objects (as maps in member order), arrays (as lists) and strings; nothing else. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Object whole() throws SQLException {
      Object value = value();
      space();
      if (at != text.length()) {
        throw damaged("a value");
      }
      return value;
    }

    private Object value() throws SQLException {
      space();
      if (at >= text.length()) {
        throw damaged("a value");
      }
      char c = text.charAt(at);
      if (c == '"') {
        return string();
      }
      if (c == '[') {
        at++;
        List<Object> list = new ArrayList<>();
        space();
        if (peek() == ']') {
          at++;
          return list;
        }
        while (true) {
          list.add(value());
          space();
          char next = next();
          if (next == ']') {
            return list;
          }
          if (next != ',') {
            throw damaged("an array");
          }
        }
      }
      if (c == '{') {
        at++;
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        space();
        if (peek() == '}') {
          at++;
          return map;
        }
        while (true) {
          space();
          if (peek() != '"') {
            throw damaged("an object");
          }
          String name = string();
          space();
          if (next() != ':') {
            throw damaged("an object");
          }
          if (map.put(name, value()) != null) {
            throw damaged("an object");
          }
          space();
          char next = next();
          if (next == '}') {
            return map;
          }
          if (next != ',') {
            throw damaged("an object");
          }
        }
      }
      throw damaged("a value");
    }

    private String string() throws SQLException {
      at++; // the opening quote
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw damaged("a string");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException x) {
              throw damaged("a string");
            }
            at += 4;
          }
          default -> throw damaged("a string");
        }
      }
    }

    private void space() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    private char peek() throws SQLException {
      if (at >= text.length()) {
        throw damaged("a value");
      }
      return text.charAt(at);
    }

    private char next() throws SQLException {
      char c = peek();
      at++;
      return c;
    }
  }
}
