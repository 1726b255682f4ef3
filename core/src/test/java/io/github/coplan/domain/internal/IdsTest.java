package io.github.coplan.domain.internal;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  private static final String TEXT = "0190f3a2-1b2c-7d4e-8f60-0123456789ab";

  @Test
  void everyTypedIdReadsAndPrintsTheCanonicalForm() {
    UUID uuid = UUID.fromString(TEXT);

    assertThat(PlanId.of(TEXT)).isEqualTo(new PlanId(uuid)).hasToString(TEXT);
    assertThat(ActivityId.of(TEXT)).isEqualTo(new ActivityId(uuid)).hasToString(TEXT);
    assertThat(PersonId.of(TEXT)).isEqualTo(new PersonId(uuid)).hasToString(TEXT);
    assertThat(OrganisationId.of(TEXT)).isEqualTo(new OrganisationId(uuid)).hasToString(TEXT);
  }

  @Test
  void upperCaseHexIsTheSameId() {
    assertThat(PlanId.of(TEXT.toUpperCase(Locale.ROOT))).isEqualTo(PlanId.of(TEXT));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not-a-uuid",
        "1-1-1-1-1",
        "0190f3a2-1b2c-7d4e-8f60-0123456789a",
        "0190f3a2-1b2c-7d4e-8f60-0123456789abc",
        "{0190f3a2-1b2c-7d4e-8f60-0123456789ab}",
        "0190f3a21b2c7d4e8f600123456789ab",
        " 0190f3a2-1b2c-7d4e-8f60-0123456789ab",
        "0190f3a2-1b2c-7d4e-8f60-0123456789ag",
        "0190f3a2_1b2c_7d4e_8f60_0123456789ab",
        "'; DROP TABLE plan; --"
      })
  void badTextIsMalformed(String text) {
    violation(() -> PlanId.of(text), "", Violation.MALFORMED);
    violation(() -> ActivityId.of(text), "", Violation.MALFORMED);
    violation(() -> PersonId.of(text), "", Violation.MALFORMED);
    violation(() -> OrganisationId.of(text), "", Violation.MALFORMED);
  }

  @Test
  void aMissingIdIsRequired() {
    violation(() -> PlanId.of(null), "", Violation.REQUIRED);
    violation(() -> new PlanId(null), "", Violation.REQUIRED);
    violation(() -> new ActivityId(null), "", Violation.REQUIRED);
    violation(() -> new PersonId(null), "", Violation.REQUIRED);
    violation(() -> new OrganisationId(null), "", Violation.REQUIRED);
    violation(() -> Ids.require(null), "", Violation.REQUIRED);
  }

  @Test
  void veryLongTextIsRefusedWithoutEchoingIt() {
    String text = "0".repeat(1_000_000);

    assertThat(invalidInput(() -> Ids.parse(text)).getMessage()).hasSizeLessThan(200);
  }

  @Test
  void typedIdsOfTheSameValueAreNotEqualAcrossTypes() {
    UUID uuid = UUID.fromString(TEXT);

    assertThat((Object) new PlanId(uuid)).isNotEqualTo(new ActivityId(uuid));
  }
}
