package io.github.coplan.reliability;

import java.nio.charset.StandardCharsets;

/**
 * How the fuzz targets read text from the fuzzer's bytes, so that seed files stay readable: UTF-8
 * (malformed sequences become U+FFFD), or, after the byte-order mark {@code FF FE}, UTF-16LE taken
 * unit by unit, which can carry unpaired surrogates that UTF-8 cannot.
 */
final class FuzzInput {

  private FuzzInput() {}

  /**
   * The text the bytes stand for.
   *
   * @param bytes the fuzzer's input
   * @return the text
   */
  static String text(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      StringBuilder out = new StringBuilder((bytes.length - 2) / 2);
      for (int i = 2; i + 1 < bytes.length; i += 2) {
        out.append((char) ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8));
      }
      return out.toString();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
