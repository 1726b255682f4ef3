package io.github.coplan.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestClockTest {

  @Test
  void standsStillUntilMoved() {
    TestClock clock = TestClock.at(Instant.parse("2018-11-20T08:30:00Z"));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2018-11-20T08:30:00Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2018-11-20T08:30:00Z").toEpochMilli());
    assertThat(clock.today()).isEqualTo(LocalDate.of(2018, 11, 20));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock).hasToString("TestClock[2018-11-20T08:30:00Z]");
  }

  @Test
  void movesForwardsAndBack() {
    TestClock clock = TestClock.atStartOf(LocalDate.of(2018, 12, 31));

    assertThat(clock.advance(Duration.ofHours(25)))
        .isEqualTo(Instant.parse("2019-01-01T01:00:00Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(clock.advance(Duration.ofHours(-2)))
        .isEqualTo(Instant.parse("2018-12-31T23:00:00Z"));
    clock.setToday(LocalDate.of(2021, 6, 30));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2021-06-30T00:00:00Z"));
    clock.set(Instant.parse("2017-01-01T12:00:00Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2017, 1, 1));
  }

  @Test
  void anotherZoneIsAFixedViewOfTheSameInstant() {
    TestClock clock = TestClock.at(Instant.parse("2018-11-20T20:00:00Z"));
    Clock saigon = clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    assertThat(LocalDate.now(saigon)).isEqualTo(LocalDate.of(2018, 11, 21));
    clock.advance(Duration.ofDays(1));
    assertThat(saigon.instant()).isEqualTo(Instant.parse("2018-11-20T20:00:00Z"));
  }

  @Test
  void theDefaultStartIsTheFirstDayOf2019() {
    assertThat(TestClock.DEFAULT_START).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
  }

  @Test
  void missingArgumentsAreRefusedAndMoveNothing() {
    TestClock clock = TestClock.at(TestClock.DEFAULT_START);

    assertRequired(() -> TestClock.at(null), "start");
    assertRequired(() -> TestClock.atStartOf(null), "day");
    assertRequired(() -> clock.set(null), "instant");
    assertRequired(() -> clock.setToday(null), "day");
    assertRequired(() -> clock.advance(null), "duration");
    assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START);
  }

  private static void assertRequired(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.path()).isEqualTo(path);
                          assertThat(v.code()).isEqualTo("required");
                        }));
  }
}
