package io.github.coplan.domain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void aWriterStartsEmpty() {
    assertThat(Json.writer().text()).isEmpty();
    assertThat(Json.writer()).hasToString("");
  }

  @Test
  void emptyObjectsAndArrays() {
    assertThat(Json.writer().begin().end().text()).isEqualTo("{}");
    assertThat(Json.writer().beginArray().endArray().text()).isEqualTo("[]");
    assertThat(Json.writer().beginArray().begin().end().begin().end().endArray().text())
        .isEqualTo("[{},{}]");
    assertThat(
            Json.writer().beginArray().beginArray().endArray().beginArray().endArray().endArray())
        .hasToString("[[],[]]");
  }

  @Test
  void nestedObjectsAndArraysWithCommasOnlyBetweenMembersAndElements() {
    String text =
        Json.writer()
            .begin()
            .member("a", "x")
            .name("b")
            .beginArray()
            .value(1)
            .value(true)
            .value((Object) null)
            .begin()
            .end()
            .beginArray()
            .value("y")
            .endArray()
            .endArray()
            .name("c")
            .begin()
            .member("d", null)
            .name("e")
            .begin()
            .name("f")
            .value(false)
            .end()
            .end()
            .member("g", "z")
            .end()
            .text();

    assertThat(text)
        .isEqualTo(
            "{\"a\":\"x\",\"b\":[1,true,null,{},[\"y\"]],\"c\":{\"d\":null,\"e\":{\"f\":false}},\"g\":\"z\"}");
  }

  @Test
  void membersKeepTheOrderTheyWereGivenIn() {
    assertThat(
            Json.writer().begin().member("z", "1").member("a", "2").member("m", "3").end().text())
        .isEqualTo("{\"z\":\"1\",\"a\":\"2\",\"m\":\"3\"}");
  }

  @Test
  void aNullMemberIsWrittenAsNull() {
    assertThat(Json.writer().begin().member("to", null).member("from", null).end().text())
        .isEqualTo("{\"to\":null,\"from\":null}");
  }

  @Test
  void booleans() {
    assertThat(Json.writer().beginArray().value(true).value(false).endArray().text())
        .isEqualTo("[true,false]");
    assertThat(Json.writer().begin().name("online").value(true).end().text())
        .isEqualTo("{\"online\":true}");
  }

  @Test
  void integersInAsciiDigits() {
    assertThat(
            Json.writer()
                .beginArray()
                .value(0)
                .value(7)
                .value(-12)
                .value(Long.MAX_VALUE)
                .value(Long.MIN_VALUE)
                .endArray()
                .text())
        .isEqualTo("[0,7,-12,9223372036854775807,-9223372036854775808]");
  }

  @Test
  void anObjectValueIsWrittenAsTheStringOfItsText() {
    assertThat(Json.writer().beginArray().value((Object) 7).value((Object) true).endArray().text())
        .isEqualTo("[\"7\",\"true\"]");
  }

  @Test
  void stringsEscapeQuoteBackslashAndControlCharacters() {
    assertThat(Json.writer().value("say \"hi\"").text()).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(Json.writer().value("C:\\dir\\").text()).isEqualTo("\"C:\\\\dir\\\\\"");
    assertThat(Json.writer().value("line 1\nline 2").text()).isEqualTo("\"line 1\\nline 2\"");
    assertThat(Json.writer().value("a\rb").text()).isEqualTo("\"a\\rb\"");
    assertThat(Json.writer().value("a\tb").text()).isEqualTo("\"a\\tb\"");
    assertThat(Json.writer().value("a\u0001b").text()).isEqualTo("\"a\\u0001b\"");
    assertThat(Json.writer().value("\u0000").text()).isEqualTo("\"\\u0000\"");
    assertThat(Json.writer().value("\u0008\u000c\u000b").text())
        .isEqualTo("\"\\u0008\\u000c\\u000b\"");
    assertThat(Json.writer().value("\u001f").text()).isEqualTo("\"\\u001f\"");
    assertThat(Json.writer().value("").text()).isEqualTo("\"\"");
  }

  @Test
  void whatJsonDoesNotRequireToBeEscapedIsKeptAsIs() {
    assertThat(Json.writer().value(" /'<>&").text()).isEqualTo("\" /'<>&\"");
    assertThat(Json.writer().value("\u007f").text()).isEqualTo("\"\u007f\"");
    assertThat(Json.writer().value("Sở KH&CN TP.HCM – Đổi mới").text())
        .isEqualTo("\"Sở KH&CN TP.HCM – Đổi mới\"");
    assertThat(Json.writer().value("רשות החדשנות").text()).isEqualTo("\"רשות החדשנות\"");
    assertThat(Json.writer().value("🚀 \u2028").text()).isEqualTo("\"🚀 \u2028\"");
  }

  @Test
  void namesAreEscapedAsStringsAre() {
    assertThat(Json.writer().begin().member("a\"b\\c\n", "v").end().text())
        .isEqualTo("{\"a\\\"b\\\\c\\n\":\"v\"}");
  }

  @Test
  void stringsWritesAnArrayOfTheValuesTextsInTheirOrder() {
    assertThat(Json.writer().strings(List.of("b", "a", "c")).text())
        .isEqualTo("[\"b\",\"a\",\"c\"]");
    assertThat(Json.writer().strings(List.of(3, 1)).text()).isEqualTo("[\"3\",\"1\"]");
    assertThat(Json.writer().strings(List.of()).text()).isEqualTo("[]");
    assertThat(
            Json.writer()
                .begin()
                .name("roles")
                .strings(List.of("FUNDING"))
                .member("signedOn", null)
                .end()
                .text())
        .isEqualTo("{\"roles\":[\"FUNDING\"],\"signedOn\":null}");
  }

  @Test
  void objectWritesTheMapsMembersInItsOrder() {
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put("vi", "Kế hoạch");
    ordered.put("en", "Plan");

    assertThat(Json.writer().object(ordered).text())
        .isEqualTo("{\"vi\":\"Kế hoạch\",\"en\":\"Plan\"}");
    assertThat(Json.writer().object(new TreeMap<>(ordered)).text())
        .isEqualTo("{\"en\":\"Plan\",\"vi\":\"Kế hoạch\"}");
    assertThat(Json.writer().object(Map.of()).text()).isEqualTo("{}");
    assertThat(Json.writer().beginArray().object(Map.of("a", "1")).object(Map.of()).endArray())
        .hasToString("[{\"a\":\"1\"},{}]");
  }

  @Test
  void theSameValueAlwaysGivesTheSameText() {
    String once = Json.writer().begin().member("t", "x\ny").name("n").value(1).end().text();
    String again = Json.writer().begin().member("t", "x\ny").name("n").value(1).end().text();

    assertThat(again).isEqualTo(once).isEqualTo("{\"t\":\"x\\ny\",\"n\":1}");
  }

  // The reader

  private static void malformed(String text, String message) {
    io.github.coplan.testing.Expect.violation(() -> Json.parse(text), "json", "malformed");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.parse(text))
        .hasMessageContaining(message);
  }

  @Test
  void readsWhatItWrites() {
    String text =
        Json.writer()
            .begin()
            .member("a", "x")
            .name("b")
            .beginArray()
            .value(1)
            .value(-42)
            .value(true)
            .value(false)
            .value((Object) null)
            .begin()
            .end()
            .beginArray()
            .endArray()
            .endArray()
            .member("c", "Đổi mới \"q\" \\ \n\r\t\u0001\u001f end")
            .end()
            .text();

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", "x");
    List<Object> b = new java.util.ArrayList<>();
    b.add(1L);
    b.add(-42L);
    b.add(true);
    b.add(false);
    b.add(null);
    b.add(Map.of());
    b.add(List.of());
    expected.put("b", b);
    expected.put("c", "Đổi mới \"q\" \\ \n\r\t\u0001\u001f end");
    Object read = Json.parse(text);
    assertThat(read).isEqualTo(expected);
    assertThat(List.copyOf(((Map<?, ?>) read).keySet())).isEqualTo(List.of("a", "b", "c"));
  }

  @Test
  void readsScalarsAtTheTop() {
    assertThat(Json.parse("\"x\"")).isEqualTo("x");
    assertThat(Json.parse("0")).isEqualTo(0L);
    assertThat(Json.parse("-0")).isEqualTo(0L);
    assertThat(Json.parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(Json.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(Json.parse("true")).isEqualTo(true);
    assertThat(Json.parse("false")).isEqualTo(false);
    assertThat(Json.parse("null")).isNull();
  }

  @Test
  void readsWhitespaceBetweenTokens() {
    assertThat(Json.parse(" \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] } \n"))
        .isEqualTo(Map.of("a", List.of(1L, 2L), "b", Map.of(), "c", List.of()));
  }

  @Test
  void readsEveryEscape() {
    assertThat(Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\uD83D\\uDE00\""))
        .isEqualTo("\"\\/\b\f\n\r\tAé\uD83D\uDE00");
    assertThat(Json.parse("\"\\u00C9\\u00c9\"")).isEqualTo("ÉÉ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void whatItReadsCannotBeChanged() {
    Object object = Json.parse("{\"a\":1}");
    Object array = Json.parse("[1]");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ((Map<String, Object>) object).put("b", 2L))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ((List<Object>) array).add(2L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesMissingText() {
    io.github.coplan.testing.Expect.violation(() -> Json.parse(null), "json", "required");
  }

  @Test
  void refusesMalformedText() {
    malformed("", "offset 0: a value is missing");
    malformed("   ", "offset 3: a value is missing");
    malformed("x", "offset 0: unexpected 'x'");
    malformed("{} {}", "offset 3: text after the value");
    malformed("{", "offset 1: a member name is expected");
    malformed("{\"a\"", "offset 4: ':' is expected");
    malformed("{\"a\" 1}", "offset 5: ':' is expected");
    malformed("{\"a\":", "offset 5: a value is missing");
    malformed("{\"a\":1", "offset 6: '}' is expected");
    malformed("{\"a\":1,}", "offset 7: a member name is expected");
    malformed("{1:2}", "offset 1: a member name is expected");
    malformed("{\"a\":1 \"b\":2}", "offset 7: '}' is expected");
    malformed("{\"a\":1,\"a\":2}", "offset 7: the member \"a\" is named twice");
    malformed("[", "offset 1: a value is missing");
    malformed("[1", "offset 2: ']' is expected");
    malformed("[1,]", "offset 3: unexpected ']'");
    malformed("[1 2]", "offset 3: ']' is expected");
    malformed("\"abc", "offset 4: a string is not closed");
    malformed("\"a\nb\"", "offset 2: a control character must be escaped");
    malformed("\"\\", "offset 2: an escape is not complete");
    malformed("\"\\x\"", "offset 1: unknown escape \\x");
    malformed("\"\\u12\"", "offset 3: a \\u escape needs four hex digits");
    malformed("\"\\u", "offset 3: a \\u escape needs four hex digits");
    malformed("\"\\u12G4\"", "offset 3: a \\u escape needs four hex digits");
    malformed("\"\\uD83D\"", "offset 1: an unpaired surrogate escape");
    malformed("\"\\uD83Dx\"", "offset 1: an unpaired surrogate escape");
    malformed("\"\\uD83D\\u0041\"", "offset 1: an unpaired surrogate escape");
    malformed("\"\\uDE00\"", "offset 1: an unpaired surrogate escape");
    malformed("-", "offset 1: a number needs digits");
    malformed("-x", "offset 1: a number needs digits");
    malformed("01", "offset 0: a number has no leading zeros");
    malformed("-01", "offset 0: a number has no leading zeros");
    malformed("1.5", "offset 1: only integers are read");
    malformed("1e3", "offset 1: only integers are read");
    malformed("1E3", "offset 1: only integers are read");
    malformed("9223372036854775808", "offset 0: a number out of the range of a long");
    malformed("tru", "offset 0: unexpected 't'");
    malformed("fals", "offset 0: unexpected 'f'");
    malformed("nul", "offset 0: unexpected 'n'");
    malformed("nulL", "offset 0: unexpected 'n'");
  }
}
