package io.github.coplan.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs only in the Surefire execution {@code contract-fa-IR} (its name does not match the default
 * execution's patterns): proves that execution's JVM really runs in the Persian locale, so the
 * storage contract it runs is tested where the default number format writes other digits.
 */
class PersianLocaleCheck {

  @Test
  void theJvmRunsInPersianWithPersianDigits() {
    assertThat(Locale.getDefault().toLanguageTag()).isEqualTo("fa-IR");
    assertThat(Locale.getDefault(Locale.Category.FORMAT).toLanguageTag()).isEqualTo("fa-IR");
    assertThat(String.format(Locale.getDefault(Locale.Category.FORMAT), "%04d-%02d", 2018, 11))
        .isEqualTo("۲۰۱۸-۱۱");
  }
}
