package io.github.coplan.outputs.page;

import org.jspecify.annotations.Nullable;

/**
 * Writes well-formed polyglot HTML5: every element closed, every attribute quoted, every text and
 * attribute value escaped, so that the page is read alike by a browser and by an XML parser.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(32_768);

  /**
   * Opens an element.
   *
   * @param tag the element's name
   * @param attributes pairs of a name and a value; a pair with a null value is left out
   * @return this
   */
  Html open(String tag, @Nullable String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** Closes an element. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element without content, written {@code <tag/>}: a void HTML element or an SVG shape. */
  Html empty(String tag, @Nullable String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** An element holding one text. */
  Html element(String tag, String text, @Nullable String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A text, escaped. */
  Html text(String text) {
    escape(text, out);
    return this;
  }

  /** Markup written as it is: only constants of this package. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(@Nullable String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in pairs of a name and a value");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        escape(value, out);
        out.append('"');
      }
    }
  }

  /**
   * Escapes a text for an element or a double-quoted attribute: {@code & < > " '} become
   * references, and a character that XML 1.0 does not allow becomes U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    escape(text, b);
    return b.toString();
  }

  private static void escape(String text, StringBuilder b) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
  }
}
