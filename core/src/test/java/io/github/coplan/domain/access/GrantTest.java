package io.github.coplan.domain.access;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.PersonId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GrantTest {

  private static final Principal ALICE =
      Principal.person(new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000101")));

  @Test
  void ofGrantsTheRoleInEveryArea() {
    Grant grant = Grant.of(ALICE, PlanRole.VIEWER);

    assertThat(grant.principal()).isEqualTo(ALICE);
    assertThat(grant.role()).isEqualTo(PlanRole.VIEWER);
    assertThat(grant.areas()).isEmpty();
    assertThat(grant).isEqualTo(new Grant(ALICE, PlanRole.VIEWER, Set.of()));
    assertThat(grant.covers(1)).isTrue();
    assertThat(grant.covers(999)).isTrue();
  }

  @Test
  void theAreasAreSortedAndCannotBeChanged() {
    Grant grant = new Grant(ALICE, PlanRole.COORDINATOR, new LinkedHashSet<>(List.of(7, 2, 5)));

    assertThat(grant.areas()).containsExactly(2, 5, 7);
    assertThatThrownBy(() -> grant.areas().add(3))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theAreasAreCopied() {
    Set<Integer> areas = new HashSet<>(Set.of(3));
    Grant grant = new Grant(ALICE, PlanRole.REPORTER, areas);
    areas.add(4);

    assertThat(grant.areas()).containsExactly(3);
  }

  @Test
  void aGrantLimitedToAreasCoversOnlyThem() {
    Grant grant = new Grant(ALICE, PlanRole.REPORTER, Set.of(2, 4));

    assertThat(grant.covers(2)).isTrue();
    assertThat(grant.covers(4)).isTrue();
    assertThat(grant.covers(3)).isFalse();
    assertThat(grant.covers(1)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 999})
  void theAreaNumbersAtTheLimitsAreAccepted(int area) {
    assertThat(new Grant(ALICE, PlanRole.COORDINATOR, Set.of(area)).areas()).containsExactly(area);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1000})
  void anAreaNumberOutOfRangeIsRefused(int area) {
    violation(
        () -> new Grant(ALICE, PlanRole.COORDINATOR, Set.of(area)),
        "areas",
        Violation.OUT_OF_RANGE);
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanRole.class,
      names = {"ADMINISTRATOR", "VIEWER"})
  void onlyACoordinatorOrReporterGrantNamesAreas(PlanRole role) {
    violation(() -> new Grant(ALICE, role, Set.of(1)), "areas", Violation.OUT_OF_RANGE);
    assertThat(new Grant(ALICE, role, Set.of()).areas()).isEmpty();
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Grant(null, null, null),
        tuple("principal", Violation.REQUIRED),
        tuple("role", Violation.REQUIRED),
        tuple("areas", Violation.REQUIRED));
    violation(() -> Grant.of(ALICE, null), "role", Violation.REQUIRED);
    violation(() -> Grant.of(null, PlanRole.VIEWER), "principal", Violation.REQUIRED);
  }

  @Test
  void aNullAreaIsRequiredAndAreasWithoutARoleAreOnlyAMissingRole() {
    violations(
        () -> new Grant(ALICE, PlanRole.REPORTER, new LinkedHashSet<>(Arrays.asList(2, null))),
        tuple("areas[1]", Violation.REQUIRED));
    violation(() -> new Grant(ALICE, null, Set.of(2)), "role", Violation.REQUIRED);
  }

  @Test
  void anOutOfRangeAreaOnAViewerGrantIsListedTwice() {
    violations(
        () -> new Grant(ALICE, PlanRole.VIEWER, Set.of(0)),
        tuple("areas", Violation.OUT_OF_RANGE),
        tuple("areas", Violation.OUT_OF_RANGE));
  }

  @Test
  void equalGrantsHaveEqualHashCodes() {
    Grant a = new Grant(ALICE, PlanRole.COORDINATOR, Set.of(1, 2));
    Grant b = new Grant(ALICE, PlanRole.COORDINATOR, new LinkedHashSet<>(List.of(2, 1)));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new Grant(ALICE, PlanRole.COORDINATOR, Set.of(1)));
    assertThat(a).isNotEqualTo(new Grant(ALICE, PlanRole.REPORTER, Set.of(1, 2)));
  }
}
