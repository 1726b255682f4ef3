package io.github.coplan.domain.shared;

import io.github.coplan.domain.internal.Texts;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The one text-folding function that every search in Coplan uses, on every storage adapter.
 *
 * <p>Folding decomposes the text by compatibility (NFKD: full-width {@code ＤＭＳＴ} becomes {@code
 * DMST}, the ligature {@code ﬁ} becomes {@code fi}, a no-break space a space), lower-cases in
 * {@link Locale#ROOT}, strips combining marks, drops {@linkplain Texts#isDefaultIgnorable
 * default-ignorable} code points (the soft hyphen, the zero-width joiner and non-joiner, variation
 * selectors, …), maps {@code đ}/{@code Đ} and {@code ð}/{@code Ð} to {@code d} and collapses runs
 * of white space to one space. The zero-width space U+200B is the one default-ignorable code point
 * that marks a break between words, so it folds to a space. So "Đổi mới sáng tạo" folds to "doi moi
 * sang tao", "Hồ Chí Minh" to "ho chi minh", "Inno\u00ADvation" to "innovation" and "Đổi\u200Bmới"
 * to "doi moi".
 *
 * <p>Adapters store the folded form beside the text and compare folded forms; they never fold in
 * the database, whose case folding may differ. A search folds its text the same way. Folding again
 * changes nothing. A store that keeps folded text re-folds it when this function changes.
 */
public final class SearchFolding {

  private static final int ZERO_WIDTH_SPACE = 0x200B;

  private SearchFolding() {}

  /**
   * Folds text for searching.
   *
   * @param text any text
   * @return the folded text, trimmed
   */
  public static String fold(String text) {
    // Decompose first: some compatibility characters decompose to upper-case letters (ℌ to H).
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ZERO_WIDTH_SPACE || Texts.isSpace(cp) && !Texts.isDefaultIgnorable(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (Texts.isDefaultIgnorable(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
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
