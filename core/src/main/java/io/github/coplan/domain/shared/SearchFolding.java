package io.github.coplan.domain.shared;

import io.github.coplan.domain.internal.Texts;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one text-folding function that every search in Coplan uses, on every storage adapter.
 *
 * <p>Folding lower-cases in {@link Locale#ROOT}, decomposes the text (NFD), strips combining
 * marks, maps {@code đ}/{@code Đ} to {@code d} and collapses runs of white space to one space. So
 * "Đổi mới sáng tạo" folds to "doi moi sang tao" and "Hồ Chí Minh" to "ho chi minh". Adapters store
 * the folded form beside the text and compare folded forms; they never fold in the database, whose
 * case folding may differ.
 */
public final class SearchFolding {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");

  private SearchFolding() {}

  /**
   * Folds text for searching.
   *
   * @param text any text
   * @return the folded text, trimmed
   */
  public static String fold(String text) {
    // Lower-case first: some upper-case letters lower-case to a letter plus a combining mark.
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    StringBuilder out = new StringBuilder(stripped.length());
    boolean pendingSpace = false;
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      i += Character.charCount(cp);
      if (Texts.isSpace(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      if (cp == 'đ' || cp == 'ð') {
        out.append('d');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
