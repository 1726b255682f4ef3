package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void aPageCarriesATotalOnlyWhenGivenOne() {
    Page<String> without = new Page<>(List.of("a"), "next");
    assertThat(without.total()).isNull();
    assertThat(without.withTotal(0).total()).isZero();
    assertThat(without.withTotal(41)).isEqualTo(new Page<>(List.of("a"), "next", 41L));
    assertThat(without.withTotal(41).nextCursor()).isEqualTo("next");
  }

  @Test
  void aTotalIsNotNegative() {
    violation(() -> new Page<>(List.of(), null, -1L), "total", Violation.OUT_OF_RANGE);
    violation(() -> new Page<>(List.of("a"), null).withTotal(-1), "total", Violation.OUT_OF_RANGE);
  }

  @Test
  void theItemsAreCopied() {
    List<String> items = new ArrayList<>(List.of("a"));
    Page<String> page = new Page<>(items, null, 1L);
    items.add("b");
    assertThat(page.items()).containsExactly("a").isUnmodifiable();
  }
}
