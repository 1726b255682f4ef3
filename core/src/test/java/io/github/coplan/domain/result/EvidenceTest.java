package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.person.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Evidence: one of an activity or an introduction, a person only with an activity, and its order.
 */
class EvidenceTest {

  private static final LocalDate MAY_1 = LocalDate.of(2019, 5, 1);
  private static final LocalDate MAY_2 = LocalDate.of(2019, 5, 2);
  private static final ActivityId TOUR = activity("00000000-0000-7000-8000-00000000000a");
  private static final ActivityId WORKSHOP = activity("00000000-0000-7000-8000-00000000000b");
  private static final IntroductionId DEAL =
      new IntroductionId(UUID.fromString("00000000-0000-7000-8000-00000000000a"));
  private static final PersonId ANH =
      new PersonId(UUID.fromString("00000000-0000-7000-8000-0000000000a1"));
  private static final PersonId BINH =
      new PersonId(UUID.fromString("00000000-0000-7000-8000-0000000000a2"));

  private static ActivityId activity(String uuid) {
    return new ActivityId(UUID.fromString(uuid));
  }

  @Test
  void theFactoriesMakeEachKind() {
    assertThat(Evidence.activity(TOUR, MAY_1)).isEqualTo(new Evidence(TOUR, null, null, MAY_1));
    assertThat(Evidence.attendance(TOUR, ANH, MAY_1))
        .isEqualTo(new Evidence(TOUR, ANH, null, MAY_1));
    assertThat(Evidence.agreement(DEAL, MAY_2)).isEqualTo(new Evidence(null, null, DEAL, MAY_2));
    Evidence e = Evidence.attendance(WORKSHOP, BINH, MAY_2);
    assertThat(e.activity()).isEqualTo(WORKSHOP);
    assertThat(e.person()).isEqualTo(BINH);
    assertThat(e.introduction()).isNull();
    assertThat(e.day()).isEqualTo(MAY_2);
  }

  @Test
  void theFactoriesRefuseMissingParts() {
    violation(() -> Evidence.activity(null, MAY_1), "activity", Violation.REQUIRED);
    violation(() -> Evidence.activity(TOUR, null), "day", Violation.REQUIRED);
    violation(() -> Evidence.attendance(null, ANH, MAY_1), "activity", Violation.REQUIRED);
    violation(() -> Evidence.attendance(TOUR, null, MAY_1), "person", Violation.REQUIRED);
    violation(() -> Evidence.attendance(TOUR, ANH, null), "day", Violation.REQUIRED);
    violation(() -> Evidence.agreement(null, MAY_1), "introduction", Violation.REQUIRED);
    violation(() -> Evidence.agreement(DEAL, null), "day", Violation.REQUIRED);
  }

  @Test
  void evidenceIsAnActivityOrAnIntroductionExactlyOne() {
    violation(() -> new Evidence(null, null, null, MAY_1), "activity", Violation.OUT_OF_RANGE);
    violation(() -> new Evidence(TOUR, null, DEAL, MAY_1), "activity", Violation.OUT_OF_RANGE);
    assertThat(invalidInput(() -> new Evidence(TOUR, null, DEAL, MAY_1)).violations())
        .extracting(Violation::message)
        .containsExactly("evidence is an activity or an introduction, exactly one");
  }

  @Test
  void aPersonIsEvidenceOnlyWithAnActivity() {
    violation(() -> new Evidence(null, ANH, DEAL, MAY_1), "person", Violation.OUT_OF_RANGE);
    assertThat(invalidInput(() -> new Evidence(null, ANH, DEAL, MAY_1)).violations())
        .extracting(Violation::message)
        .containsExactly("a person is evidence with the activity they attended");
    violations(
        () -> new Evidence(null, ANH, null, null),
        tuple("day", Violation.REQUIRED),
        tuple("activity", Violation.OUT_OF_RANGE),
        tuple("person", Violation.OUT_OF_RANGE));
  }

  @Test
  void theOrderIsByDayThenActivityOrIntroductionThenPerson() {
    Evidence tourMay2 = Evidence.activity(TOUR, MAY_2);
    Evidence workshopMay1 = Evidence.activity(WORKSHOP, MAY_1);
    Evidence tourAnh = Evidence.attendance(TOUR, ANH, MAY_1);
    Evidence tourBinh = Evidence.attendance(TOUR, BINH, MAY_1);
    Evidence tour = Evidence.activity(TOUR, MAY_1);
    // the same text as the tour's id: the introduction and the tour tie on it
    Evidence deal = Evidence.agreement(DEAL, MAY_1);
    List<Evidence> all =
        new ArrayList<>(List.of(tourMay2, workshopMay1, tourBinh, tourAnh, deal, tour));

    all.sort(Evidence.ORDER);

    assertThat(all).containsExactly(tourAnh, tourBinh, deal, tour, workshopMay1, tourMay2);
  }

  @Test
  void theOrderComparesEachPart() {
    assertThat(
            Evidence.ORDER.compare(
                Evidence.activity(WORKSHOP, MAY_1), Evidence.activity(TOUR, MAY_2)))
        .isNegative();
    assertThat(
            Evidence.ORDER.compare(
                Evidence.activity(WORKSHOP, MAY_1), Evidence.activity(TOUR, MAY_1)))
        .isPositive();
    assertThat(
            Evidence.ORDER.compare(
                Evidence.agreement(DEAL, MAY_1),
                Evidence.activity(activity("00000000-0000-7000-8000-000000000009"), MAY_1)))
        .isPositive();
    assertThat(
            Evidence.ORDER.compare(
                Evidence.agreement(DEAL, MAY_1),
                Evidence.agreement(
                    new IntroductionId(UUID.fromString("00000000-0000-7000-8000-00000000000b")),
                    MAY_1)))
        .isNegative();
    assertThat(
            Evidence.ORDER.compare(
                Evidence.attendance(TOUR, BINH, MAY_1), Evidence.attendance(TOUR, ANH, MAY_1)))
        .isPositive();
    assertThat(
            Evidence.ORDER.compare(
                Evidence.attendance(TOUR, ANH, MAY_1), Evidence.attendance(TOUR, ANH, MAY_1)))
        .isZero();
  }
}
