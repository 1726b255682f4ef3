package io.github.coplan.domain.internal;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical JSON text of the history's composite values: objects whose members keep the
 * order they were given in, arrays, strings, integers, booleans and {@code null}. Strings escape
 * only what JSON requires ({@code "}, {@code \} and the control characters, as {@code \}{@code
 * uXXXX} except {@code \n}, {@code \r} and {@code \t}), so the same value always gives the same
 * text.
 *
 * <p>{@link #parse} reads such text back: objects as unmodifiable maps in member order, arrays as
 * unmodifiable lists, strings, integers as {@link Long}, booleans and {@code null}. A writer is not
 * thread-safe; {@link #parse} is.
 */
public final class Json {

  private final StringBuilder out = new StringBuilder();
  private boolean needsComma;

  private Json() {}

  /** A writer with nothing written. */
  public static Json writer() {
    return new Json();
  }

  /** Opens an object. */
  public Json begin() {
    comma();
    out.append('{');
    needsComma = false;
    return this;
  }

  /** Closes an object. */
  public Json end() {
    out.append('}');
    needsComma = true;
    return this;
  }

  /** Opens an array. */
  public Json beginArray() {
    comma();
    out.append('[');
    needsComma = false;
    return this;
  }

  /** Closes an array. */
  public Json endArray() {
    out.append(']');
    needsComma = true;
    return this;
  }

  /** Writes a member's name; its value follows. */
  public Json name(String name) {
    comma();
    string(name);
    out.append(':');
    needsComma = false;
    return this;
  }

  /** Writes a string, or {@code null}. */
  public Json value(@Nullable Object value) {
    comma();
    if (value == null) {
      out.append("null");
    } else {
      string(value.toString());
    }
    needsComma = true;
    return this;
  }

  /** Writes an integer. */
  public Json value(long value) {
    comma();
    out.append(value);
    needsComma = true;
    return this;
  }

  /** Writes a boolean. */
  public Json value(boolean value) {
    comma();
    out.append(value);
    needsComma = true;
    return this;
  }

  /** Writes a member whose value is a string or {@code null}. */
  public Json member(String name, @Nullable Object value) {
    return name(name).value(value);
  }

  /** Writes an array of the values' strings. */
  public Json strings(Collection<?> values) {
    beginArray();
    for (Object value : values) {
      value(value);
    }
    return endArray();
  }

  /** Writes an object of string members, in the map's order. */
  public Json object(Map<String, String> members) {
    begin();
    for (Map.Entry<String, String> e : members.entrySet()) {
      member(e.getKey(), e.getValue());
    }
    return end();
  }

  /** The text written. */
  public String text() {
    return out.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /**
   * Reads a JSON value of the kinds this class writes: objects, arrays, strings (with every JSON
   * escape), integers, {@code true}, {@code false} and {@code null}, with optional whitespace
   * between tokens.
   *
   * @param text the text
   * @return a {@code Map<String, Object>} in member order, a {@code List<Object>}, a {@link
   *     String}, a {@link Long}, a {@link Boolean}, or null for {@code null}
   * @throws InvalidInputException {@code json:required} if the text is missing, {@code
   *     json:malformed} (with the offset) if it is not one such value: a syntax error, a number
   *     with a fraction or exponent or out of the range of a long, a member named twice, an
   *     unpaired surrogate escape, or text after the value
   */
  public static @Nullable Object parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("json", Violation.REQUIRED, "a JSON text is required");
    }
    Reader reader = new Reader(text);
    Object value = reader.value();
    reader.skipSpace();
    if (reader.at < text.length()) {
      throw reader.malformed("text after the value");
    }
    return value;
  }

  /** Reads one text; used once. */
  private static final class Reader {
    private final String in;
    private int at;

    Reader(String in) {
      this.in = in;
    }

    @Nullable Object value() {
      skipSpace();
      if (at >= in.length()) {
        throw malformed("a value is missing");
      }
      char c = in.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) {
            yield number();
          }
          throw malformed("unexpected '" + c + "'");
        }
      };
    }

    private Map<String, @Nullable Object> object() {
      at++;
      Map<String, @Nullable Object> members = new LinkedHashMap<>();
      skipSpace();
      if (peek() == '}') {
        at++;
        return Collections.unmodifiableMap(members);
      }
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw malformed("a member name is expected");
        }
        int nameAt = at;
        String name = string();
        skipSpace();
        expect(':');
        Object value = value();
        if (members.containsKey(name)) {
          at = nameAt;
          throw malformed("the member \"" + name + "\" is named twice");
        }
        members.put(name, value);
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect('}');
          return Collections.unmodifiableMap(members);
        }
      }
    }

    private List<@Nullable Object> array() {
      at++;
      List<@Nullable Object> values = new ArrayList<>();
      skipSpace();
      if (peek() == ']') {
        at++;
        return Collections.unmodifiableList(values);
      }
      while (true) {
        values.add(value());
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect(']');
          return Collections.unmodifiableList(values);
        }
      }
    }

    private String string() {
      at++;
      StringBuilder out = new StringBuilder();
      while (true) {
        if (at >= in.length()) {
          throw malformed("a string is not closed");
        }
        char c = in.charAt(at);
        if (c == '"') {
          at++;
          return out.toString();
        } else if (c == '\\') {
          escape(out);
        } else if (c < 0x20) {
          throw malformed("a control character must be escaped in a string");
        } else {
          out.append(c);
          at++;
        }
      }
    }

    /** The character an escape stands for; a surrogate escape must be one of a pair. */
    private void escape(StringBuilder out) {
      int start = at;
      at++;
      if (at >= in.length()) {
        throw malformed("an escape is not complete");
      }
      char c = in.charAt(at++);
      char decoded =
          switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> hex();
            default -> {
              at = start;
              throw malformed("unknown escape \\" + c);
            }
          };
      if (Character.isHighSurrogate(decoded)) {
        if (!in.startsWith("\\u", at)) {
          at = start;
          throw malformed("an unpaired surrogate escape");
        }
        at += 2;
        char low = hex();
        if (!Character.isLowSurrogate(low)) {
          at = start;
          throw malformed("an unpaired surrogate escape");
        }
        out.append(decoded).append(low);
        return;
      } else if (Character.isLowSurrogate(decoded)) {
        at = start;
        throw malformed("an unpaired surrogate escape");
      }
      out.append(decoded);
    }

    private char hex() {
      if (at + 4 > in.length()) {
        throw malformed("a \\u escape needs four hex digits");
      }
      int value = 0;
      for (int i = 0; i < 4; i++) {
        int digit = Character.digit(in.charAt(at + i), 16);
        if (digit < 0) {
          throw malformed("a \\u escape needs four hex digits");
        }
        value = value * 16 + digit;
      }
      at += 4;
      return (char) value;
    }

    private Long number() {
      int start = at;
      if (in.charAt(at) == '-') {
        at++;
      }
      int digits = at;
      while (at < in.length() && in.charAt(at) >= '0' && in.charAt(at) <= '9') {
        at++;
      }
      if (at == digits) {
        throw malformed("a number needs digits");
      }
      if (in.charAt(digits) == '0' && at - digits > 1) {
        at = start;
        throw malformed("a number has no leading zeros");
      }
      if (at < in.length()
          && (in.charAt(at) == '.' || in.charAt(at) == 'e' || in.charAt(at) == 'E')) {
        throw malformed("only integers are read");
      }
      try {
        return Long.parseLong(in.substring(start, at));
      } catch (NumberFormatException e) {
        at = start;
        throw malformed("a number out of the range of a long");
      }
    }

    private @Nullable Object literal(String word, @Nullable Object value) {
      if (!in.startsWith(word, at)) {
        throw malformed("unexpected '" + in.charAt(at) + "'");
      }
      at += word.length();
      return value;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw malformed("'" + c + "' is expected");
      }
      at++;
    }

    /** The next character, or U+FFFF at the end. */
    private char peek() {
      return at < in.length() ? in.charAt(at) : '\uffff';
    }

    void skipSpace() {
      while (at < in.length()) {
        char c = in.charAt(at);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        at++;
      }
    }

    InvalidInputException malformed(String what) {
      return InvalidInputException.of(
          "json", Violation.MALFORMED, "not canonical JSON at offset " + at + ": " + what);
    }
  }

  private void comma() {
    if (needsComma) {
      out.append(',');
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00")
                .append(Character.forDigit(c >> 4, 16))
                .append(Character.forDigit(c & 15, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
