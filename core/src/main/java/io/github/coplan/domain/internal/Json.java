package io.github.coplan.domain.internal;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical JSON text of the history's composite values: objects whose members keep the
 * order they were given in, arrays, strings, integers, booleans and {@code null}. Strings escape
 * only what JSON requires ({@code "}, {@code \} and the control characters, as {@code \}{@code
 * uXXXX} except {@code \n}, {@code \r} and {@code \t}), so the same value always gives the same
 * text.
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
