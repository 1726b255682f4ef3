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
}
