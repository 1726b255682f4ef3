package io.github.coplan.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.internal.Texts;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchFoldingTest {

  private static final int CASES = 20_000;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Đổi mới sáng tạo                          | doi moi sang tao",
        "ĐỔI MỚI SÁNG TẠO                          | doi moi sang tao",
        "HO CHI MINH                               | ho chi minh",
        "Hồ Chí Minh                               | ho chi minh",
        "Thành phố Hồ Chí Minh                     | thanh pho ho chi minh",
        "Sở Khoa học và Công nghệ TP.HCM           | so khoa hoc va cong nghe tp.hcm",
        "Tuần lễ Đổi mới sáng tạo và khởi nghiệp   | tuan le doi moi sang tao va khoi nghiep",
        "Israel Innovation Authority               | israel innovation authority",
        "ישראל                                     | ישראל",
        "Ðorđe                                     | dorde",
        "İstanbul                                  | istanbul",
        "Crème Brûlée                              | creme brulee",
      })
  void foldsCaseAndDiacritics(String text, String folded) {
    assertThat(SearchFolding.fold(text)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ＤＭＳＴ                                   | dmst",
        "ＨＣＭＣ　Ｉｎｎｏｖａｔｉｏｎ　２０１８      | hcmc innovation 2018",
        "\uFB01nance                                | finance",
        "\u210Cồ                                    | ho",
        "\u216B                                     | xii",
        "\u2460\u2461                               | 12",
        "\u338F                                     | kg",
        "Ǆ                                          | dz",
        "\u00B4Đ                                    | d",
      })
  void foldsCompatibilityForms(String text, String folded) {
    assertThat(SearchFolding.fold(text)).isEqualTo(folded);
  }

  @Test
  void dropsDefaultIgnorableCodePoints() {
    assertThat(SearchFolding.fold("Inno\u00ADvation")).isEqualTo("innovation");
    assertThat(SearchFolding.fold("می\u200Cخواهم")).isEqualTo("میخواهم");
    assertThat(SearchFolding.fold("Đổi\u200Dmới\u2060!")).isEqualTo("doimoi!");
    assertThat(SearchFolding.fold("a\uFEFFb")).isEqualTo("ab");
    assertThat(SearchFolding.fold("I \u2764\uFE0F HCMC")).isEqualTo("i \u2764 hcmc");
    assertThat(SearchFolding.fold("\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F"))
        .isEqualTo("\uD83C\uDFF4");
    assertThat(SearchFolding.fold("\u115F\u1160x\u3164\uFFA0")).isEqualTo("x");
    assertThat(
            SearchFolding.fold(
                "a\u034Fb\u17B4c\u180Bd\u200Ee\u202Af\u206Fg\uD82F\uDCA0h\uD834\uDD73i"))
        .isEqualTo("abcdefghi");
  }

  @Test
  void aZeroWidthSpaceBreaksWordsLikeASpace() {
    assertThat(SearchFolding.fold("Đổi\u200Bmới")).isEqualTo("doi moi");
    assertThat(SearchFolding.fold("\u200B Đổi \u200B\u200B mới\u200B")).isEqualTo("doi moi");
    assertThat(SearchFolding.fold("\u200B")).isEmpty();
  }

  @Test
  void textWithNothingVisibleFoldsToNothing() {
    for (String invisible :
        List.of("\u0301\u0301", "\u200B\u200C\u200D\u2060\uFEFF\u00AD", "\u00B4", " \u3164 ")) {
      assertThat(SearchFolding.fold(invisible)).as(escape(invisible)).isEmpty();
    }
  }

  @Test
  void keepsHebrewLettersAndStripsNiqqud() {
    assertThat(SearchFolding.fold("שָׁלוֹם")).isEqualTo("שלום");
    assertThat(SearchFolding.fold("רשות החדשנות")).isEqualTo("רשות החדשנות");
  }

  @Test
  void collapsesAndTrimsEveryKindOfWhiteSpace() {
    assertThat(SearchFolding.fold("  Hồ \u00A0\u3000 Chí\t\nMinh \u2003\uFEFF"))
        .isEqualTo("ho chi minh");
    assertThat(SearchFolding.fold(" \u00A0\u3000 ")).isEmpty();
    assertThat(SearchFolding.fold("")).isEmpty();
  }

  @Test
  void nfcAndNfdInputFoldTheSame() {
    String nfc = "Đổi mới sáng tạo và khởi nghiệp";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);

    assertThat(SearchFolding.fold(nfd))
        .isEqualTo(SearchFolding.fold(nfc))
        .isEqualTo("doi moi sang tao va khoi nghiep");
  }

  @Test
  void foldingIsIdempotentOverRandomText() {
    Random random = new Random(20180815L);
    int supplementary = 0;
    for (int i = 0; i < CASES; i++) {
      String text = randomText(random);
      if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
        supplementary++;
      }
      String once = SearchFolding.fold(text);

      assertThat(SearchFolding.fold(once)).as("case %d: %s", i, escape(text)).isEqualTo(once);
      assertThat(once)
          .as("case %d: %s", i, escape(text))
          .doesNotStartWith(" ")
          .doesNotEndWith(" ")
          .doesNotContain("  ")
          .doesNotContainPattern("\\p{Mn}")
          .doesNotContain("\t", "\n", "\u00A0", "\u3000", "\uFEFF", "đ", "Đ");
      assertThat(once.codePoints().filter(Texts::isDefaultIgnorable).boxed().toList())
          .as("case %d: %s", i, escape(text))
          .isEmpty();
      assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFKD))
          .as("case %d: %s", i, escape(text))
          .isTrue();
    }
    assertThat(supplementary).as("cases with supplementary code points").isGreaterThan(CASES / 4);
  }

  @Test
  void canonicallyEquivalentTextFoldsTheSame() {
    Random random = new Random(42L);
    for (int i = 0; i < CASES; i++) {
      String text = randomScriptText(random);
      String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
      String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);

      assertThat(SearchFolding.fold(nfd))
          .as("case %d: %s", i, escape(text))
          .isEqualTo(SearchFolding.fold(nfc));
    }
  }

  /**
   * Text from every plane: letters, marks, spaces, Vietnamese, Hebrew, emoji and any code point.
   */
  private static String randomText(Random random) {
    int length = random.nextInt(24);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(13);
      switch (kind) {
        case 0 -> out.appendCodePoint(pick(random, 0x0020, 0x007E));
        case 1 -> out.appendCodePoint(pick(random, 0x0300, 0x036F));
        case 2 ->
            out.appendCodePoint(
                pickOf(random, ' ', '\t', '\n', 0x00A0, 0x3000, 0x2003, 0xFEFF, 0x1680, 0x2028));
        case 3 ->
            out.append(
                pickOf(
                    random, "Đ", "đ", "Ổ", "ớ", "ạ", "Ư", "ữ", "Ð", "ð", "İ", "ẞ", "ß", "Σ", "ς",
                    "ǅ", "Å", "Ω"));
        case 4 -> out.appendCodePoint(pick(random, 0x0590, 0x05FF));
        case 5 -> out.appendCodePoint(pick(random, 0x1F300, 0x1F6FF));
        case 6 -> out.appendCodePoint(pick(random, 0x1D400, 0x1D7FF));
        case 7 -> out.appendCodePoint(pick(random, 0x10000, 0x10FFFF));
        case 8 -> out.appendCodePoint(pick(random, 0x00C0, 0x024F));
        case 9 ->
            out.appendCodePoint(
                pickOf(
                    random, 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFE0F, 0x3164, 0xE0067,
                    0x1D173));
        case 10 -> out.appendCodePoint(pick(random, 0xFF01, 0xFFEE));
        case 11 -> out.appendCodePoint(pick(random, 0x2100, 0x24FF));
        default -> out.appendCodePoint(randomBmpNonSurrogate(random));
      }
    }
    return out.toString();
  }

  /** Text in the scripts of the plans: Latin with Vietnamese diacritics, Hebrew with niqqud. */
  private static String randomScriptText(Random random) {
    int length = random.nextInt(24);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> out.appendCodePoint(pick(random, 'a', 'z'));
        case 1 -> out.appendCodePoint(pick(random, 'A', 'Z'));
        case 2 ->
            out.appendCodePoint(
                pickOf(random, 0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B));
        case 3 -> out.appendCodePoint(pick(random, 0x1EA0, 0x1EF9));
        case 4 -> out.appendCodePoint(pick(random, 0x05B0, 0x05EA));
        default -> out.append(' ');
      }
    }
    return out.toString();
  }

  private static int randomBmpNonSurrogate(Random random) {
    int cp;
    do {
      cp = random.nextInt(0x10000);
    } while (Character.isSurrogate((char) cp));
    return cp;
  }

  private static int pick(Random random, int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  private static int pickOf(Random random, int... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String pickOf(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(String.format(Locale.ROOT, "U+%04X ", cp)));
    return out.toString();
  }
}
