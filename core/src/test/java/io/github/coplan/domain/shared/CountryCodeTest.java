package io.github.coplan.domain.shared;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @Test
  void readsAssignedCodesInAnyCase() {
    assertThat(CountryCode.of("VN")).isEqualTo(CountryCode.VN).hasToString("VN");
    assertThat(CountryCode.of("il")).isEqualTo(CountryCode.IL).hasToString("IL");
    assertThat(CountryCode.of(" vn ")).isEqualTo(CountryCode.VN);
    assertThat(CountryCode.of("De").code()).isEqualTo("DE");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"XX", "USA", "", "V", "ZZ", "vnm", "V N", "ÄÄ", "１２", "'; DROP TABLE x; --"})
  void unknownCodesAreRefused(String code) {
    violation(() -> CountryCode.of(code), "", Violation.UNKNOWN_COUNTRY);
  }

  @Test
  void theConstructorDoesNotUpperCase() {
    violation(() -> new CountryCode("vn"), "", Violation.UNKNOWN_COUNTRY);
  }

  @Test
  void aMissingCodeIsRequired() {
    violation(() -> CountryCode.of(null), "", Violation.REQUIRED);
    violation(() -> new CountryCode(null), "", Violation.REQUIRED);
  }

  @Test
  void ordersAlphabetically() {
    List<CountryCode> codes =
        new ArrayList<>(List.of(CountryCode.VN, CountryCode.of("DE"), CountryCode.IL));

    Collections.sort(codes);

    assertThat(codes).extracting(CountryCode::code).containsExactly("DE", "IL", "VN");
  }
}
