package io.github.coplan.outputs.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFileTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=x", "''@x"})
  void aCellThatWouldRunGetsOneQuoteMoreAndLosesItAgain(String cell) {
    String written = CsvFile.neutralise(cell);

    assertThat(written).isEqualTo("'" + cell);
    assertThat(CsvFile.unneutralise(written)).isEqualTo(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "'x", "''", "a=b", "Nguyễn", "דורון לבוביץ'", "1-2"})
  void anyOtherCellIsLeftAlone(String cell) {
    assertThat(CsvFile.neutralise(cell)).isEqualTo(cell);
    assertThat(CsvFile.unneutralise(cell)).isEqualTo(cell);
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {"'=x,=x", "''=x,'=x", "'x,'x", "=x,=x"})
  void anImportRemovesExactlyOneQuoteBeforeAFormulaStart(String read, String meant) {
    assertThat(CsvFile.unneutralise(read)).isEqualTo(meant);
  }
}
