package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.error.Violation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCommandsTest {

  private static final Grant GRANT =
      new Grant(Principal.staffOf(DOST), PlanRole.COORDINATOR, Set.of(2));

  @Test
  void grantRoleHoldsItsPartsWithoutAnExpectedVersion() {
    GrantRole command = new GrantRole(PLAN, GRANT);

    assertThat(command.plan()).isEqualTo(PLAN);
    assertThat(command.grant()).isEqualTo(GRANT);
    assertThat(command.expectedVersion()).isNull();
    assertThat(command).isEqualTo(new GrantRole(PLAN, GRANT, null));
  }

  @Test
  void grantRoleExpectingAVersionKeepsTheRest() {
    GrantRole command = new GrantRole(PLAN, GRANT).expecting(3);

    assertThat(command.plan()).isEqualTo(PLAN);
    assertThat(command.grant()).isEqualTo(GRANT);
    assertThat(command.expectedVersion()).isEqualTo(3L);
    assertThat(command).isEqualTo(new GrantRole(PLAN, GRANT, 3L));
    assertThat(new GrantRole(PLAN, GRANT).expecting(1).expectedVersion()).isEqualTo(1L);
  }

  @Test
  void grantRoleListsEveryViolation() {
    violations(
        () -> new GrantRole(null, null, 0L),
        tuple("plan", Violation.REQUIRED),
        tuple("grant", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(() -> new GrantRole(null, GRANT), "plan", Violation.REQUIRED);
    violation(() -> new GrantRole(PLAN, null), "grant", Violation.REQUIRED);
    violation(
        () -> new GrantRole(PLAN, GRANT).expecting(0), "expectedVersion", Violation.OUT_OF_RANGE);
    violation(() -> new GrantRole(PLAN, GRANT, -1L), "expectedVersion", Violation.OUT_OF_RANGE);
  }

  @Test
  void revokeRoleHoldsItsPartsWithoutAnExpectedVersion() {
    Principal director = Principal.person(DIRECTOR);
    RevokeRole command = new RevokeRole(PLAN, director, PlanRole.VIEWER);

    assertThat(command.plan()).isEqualTo(PLAN);
    assertThat(command.principal()).isEqualTo(director);
    assertThat(command.role()).isEqualTo(PlanRole.VIEWER);
    assertThat(command.expectedVersion()).isNull();
    assertThat(command).isEqualTo(new RevokeRole(PLAN, director, PlanRole.VIEWER, null));
  }

  @Test
  void revokeRoleExpectingAVersionKeepsTheRest() {
    Principal director = Principal.person(DIRECTOR);
    RevokeRole command = new RevokeRole(PLAN, director, PlanRole.REPORTER).expecting(5);

    assertThat(command.plan()).isEqualTo(PLAN);
    assertThat(command.principal()).isEqualTo(director);
    assertThat(command.role()).isEqualTo(PlanRole.REPORTER);
    assertThat(command.expectedVersion()).isEqualTo(5L);
    assertThat(command).isEqualTo(new RevokeRole(PLAN, director, PlanRole.REPORTER, 5L));
  }

  @Test
  void revokeRoleListsEveryViolation() {
    Principal director = Principal.person(DIRECTOR);
    violations(
        () -> new RevokeRole(null, null, null, 0L),
        tuple("plan", Violation.REQUIRED),
        tuple("principal", Violation.REQUIRED),
        tuple("role", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(() -> new RevokeRole(null, director, PlanRole.VIEWER), "plan", Violation.REQUIRED);
    violation(() -> new RevokeRole(PLAN, null, PlanRole.VIEWER), "principal", Violation.REQUIRED);
    violation(() -> new RevokeRole(PLAN, director, null), "role", Violation.REQUIRED);
    violation(
        () -> new RevokeRole(PLAN, director, PlanRole.VIEWER).expecting(0),
        "expectedVersion",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void changeVisibilityHoldsItsPartsWithoutAnExpectedVersion() {
    ChangeVisibility command = new ChangeVisibility(PLAN, Visibility.OPEN);

    assertThat(command.plan()).isEqualTo(PLAN);
    assertThat(command.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(command.expectedVersion()).isNull();
    assertThat(command).isEqualTo(new ChangeVisibility(PLAN, Visibility.OPEN, null));
  }

  @Test
  void changeVisibilityExpectingAVersionKeepsTheRest() {
    ChangeVisibility command = new ChangeVisibility(PLAN, Visibility.RESTRICTED).expecting(2);

    assertThat(command.plan()).isEqualTo(PLAN);
    assertThat(command.visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(command.expectedVersion()).isEqualTo(2L);
    assertThat(command).isEqualTo(new ChangeVisibility(PLAN, Visibility.RESTRICTED, 2L));
  }

  @Test
  void changeVisibilityListsEveryViolation() {
    violations(
        () -> new ChangeVisibility(null, null, 0L),
        tuple("plan", Violation.REQUIRED),
        tuple("visibility", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(() -> new ChangeVisibility(null, Visibility.OPEN), "plan", Violation.REQUIRED);
    violation(() -> new ChangeVisibility(PLAN, null), "visibility", Violation.REQUIRED);
    violation(
        () -> new ChangeVisibility(PLAN, Visibility.OPEN).expecting(0),
        "expectedVersion",
        Violation.OUT_OF_RANGE);
  }
}
