package io.github.coplan.domain.access;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanAccessTest {

  private static final String PLAN_TEXT = "01890000-0000-7000-8000-000000000001";
  private static final PlanId PLAN = new PlanId(UUID.fromString(PLAN_TEXT));
  private static final PlanId OTHER_PLAN =
      new PlanId(UUID.fromString("01890000-0000-7000-8000-000000000002"));
  private static final Principal ALICE =
      Principal.person(new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000101")));
  private static final Principal BOB =
      Principal.person(new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000102")));
  private static final Principal STAFF =
      Principal.staffOf(
          new OrganisationId(UUID.fromString("01890000-0000-7000-8000-000000000201")));
  private static final Grant ALICE_ADMIN = Grant.of(ALICE, PlanRole.ADMINISTRATOR);

  @Test
  void aNewAccessIsRestrictedVersionZeroWithTheGrants() {
    PlanAccess access = PlanAccess.of(PLAN, List.of(ALICE_ADMIN));

    assertThat(access.plan()).isEqualTo(PLAN);
    assertThat(access.visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(access.grants()).containsExactly(ALICE_ADMIN);
    assertThat(access.version()).isZero();
  }

  @Test
  void theGrantsAreCopiedAndCannotBeChanged() {
    List<Grant> grants = new ArrayList<>(List.of(ALICE_ADMIN));
    PlanAccess access = PlanAccess.of(PLAN, grants);
    grants.add(Grant.of(BOB, PlanRole.VIEWER));

    assertThat(access.grants()).containsExactly(ALICE_ADMIN);
    assertThatThrownBy(() -> access.grants().add(Grant.of(BOB, PlanRole.VIEWER)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofRefusesMissingParts() {
    violations(
        () -> PlanAccess.of(null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("grants", Violation.REQUIRED));
    violation(
        () -> PlanAccess.of(PLAN, Arrays.asList(ALICE_ADMIN, null)),
        "grants[1]",
        Violation.REQUIRED);
    assertThat(PlanAccess.of(PLAN, List.of()).grants()).isEmpty();
  }

  @Test
  void grantAddsANewGrantAtTheEndKeepingVisibilityAndVersion() {
    PlanAccess stored =
        PlanAccess.ForAdapters.restore(PLAN, Visibility.OPEN, List.of(ALICE_ADMIN), 4);
    Grant bob = Grant.of(BOB, PlanRole.VIEWER);

    PlanAccess next = stored.grant(bob);

    assertThat(next.grants()).containsExactly(ALICE_ADMIN, bob);
    assertThat(next.plan()).isEqualTo(PLAN);
    assertThat(next.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(next.version()).isEqualTo(4);
    assertThat(stored.grants()).containsExactly(ALICE_ADMIN);
  }

  @Test
  void grantReplacesTheSameRoleOfTheSamePrincipalInPlace() {
    Grant bobAreaOne = new Grant(BOB, PlanRole.COORDINATOR, Set.of(1));
    Grant bobReporter = Grant.of(BOB, PlanRole.REPORTER);
    Grant aliceCoordinator = Grant.of(ALICE, PlanRole.COORDINATOR);
    PlanAccess access =
        PlanAccess.of(PLAN, List.of(bobAreaOne, bobReporter, aliceCoordinator, ALICE_ADMIN));
    Grant bobAreasTwoThree = new Grant(BOB, PlanRole.COORDINATOR, Set.of(2, 3));

    PlanAccess next = access.grant(bobAreasTwoThree);

    assertThat(next.grants())
        .containsExactly(bobAreasTwoThree, bobReporter, aliceCoordinator, ALICE_ADMIN);
    assertThat(next.version()).isZero();
  }

  @Test
  void grantRefusesAMissingGrant() {
    PlanAccess access = PlanAccess.of(PLAN, List.of(ALICE_ADMIN));

    violation(() -> access.grant(null), "grant", Violation.REQUIRED);
    assertThat(access.grants()).containsExactly(ALICE_ADMIN);
  }

  @Test
  void revokeRemovesOnlyThatRoleOfThatPrincipal() {
    Grant bobViewer = Grant.of(BOB, PlanRole.VIEWER);
    Grant bobReporter = Grant.of(BOB, PlanRole.REPORTER);
    Grant aliceViewer = Grant.of(ALICE, PlanRole.VIEWER);
    PlanAccess stored =
        PlanAccess.ForAdapters.restore(
            PLAN, Visibility.OPEN, List.of(ALICE_ADMIN, bobViewer, bobReporter, aliceViewer), 7);

    PlanAccess next = stored.revoke(BOB, PlanRole.VIEWER);

    assertThat(next.grants()).containsExactly(ALICE_ADMIN, bobReporter, aliceViewer);
    assertThat(next.plan()).isEqualTo(PLAN);
    assertThat(next.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(next.version()).isEqualTo(7);
    assertThat(stored.grants()).hasSize(4);
  }

  @Test
  void revokingAGrantNobodyHoldsIsARuleViolation() {
    PlanAccess access = PlanAccess.of(PLAN, List.of(ALICE_ADMIN, Grant.of(BOB, PlanRole.REPORTER)));

    assertThat(rule(() -> access.revoke(BOB, PlanRole.VIEWER), RuleCode.ACCESS_NO_SUCH_GRANT))
        .hasMessageContaining(BOB + " holds no VIEWER grant on " + PLAN);
    rule(() -> access.revoke(STAFF, PlanRole.ADMINISTRATOR), RuleCode.ACCESS_NO_SUCH_GRANT);
    assertThat(access.grants()).hasSize(2);
  }

  @Test
  void revokeRefusesMissingParts() {
    PlanAccess access = PlanAccess.of(PLAN, List.of(ALICE_ADMIN));

    violations(
        () -> access.revoke(null, null),
        tuple("principal", Violation.REQUIRED),
        tuple("role", Violation.REQUIRED));
    violation(() -> access.revoke(ALICE, null), "role", Violation.REQUIRED);
    violation(() -> access.revoke(null, PlanRole.ADMINISTRATOR), "principal", Violation.REQUIRED);
  }

  @Test
  void withVisibilityChangesOnlyTheVisibility() {
    PlanAccess stored =
        PlanAccess.ForAdapters.restore(PLAN, Visibility.RESTRICTED, List.of(ALICE_ADMIN), 3);

    PlanAccess open = stored.withVisibility(Visibility.OPEN);

    assertThat(open.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(open.plan()).isEqualTo(PLAN);
    assertThat(open.grants()).containsExactly(ALICE_ADMIN);
    assertThat(open.version()).isEqualTo(3);
    assertThat(open.withVisibility(Visibility.RESTRICTED)).isEqualTo(stored);
    violation(() -> stored.withVisibility(null), "visibility", Violation.REQUIRED);
  }

  @Test
  void aRestrictedPlanIsVisibleOnlyToGrantees() {
    PlanAccess access =
        PlanAccess.of(PLAN, List.of(ALICE_ADMIN, new Grant(STAFF, PlanRole.REPORTER, Set.of(2))));

    assertThat(access.visibleTo(List.of(ALICE))).isTrue();
    assertThat(access.visibleTo(List.of(STAFF))).isTrue();
    assertThat(access.visibleTo(List.of(BOB, STAFF))).isTrue();
    assertThat(access.visibleTo(List.of(BOB))).isFalse();
    assertThat(access.visibleTo(List.of())).isFalse();
    assertThat(PlanAccess.of(PLAN, List.of()).visibleTo(List.of(ALICE))).isFalse();
  }

  @Test
  void anOpenPlanIsVisibleToEveryone() {
    PlanAccess open = PlanAccess.of(PLAN, List.of()).withVisibility(Visibility.OPEN);

    assertThat(open.visibleTo(List.of(BOB))).isTrue();
    assertThat(open.visibleTo(List.of())).isTrue();
  }

  @Test
  void anAdministratorHoldsEveryPermissionEverywhere() {
    PlanAccess access = PlanAccess.of(PLAN, List.of(ALICE_ADMIN));

    for (Permission p : Permission.values()) {
      assertThat(access.permits(List.of(ALICE), p, null)).as("%s plan-wide", p).isTrue();
      assertThat(access.permits(List.of(ALICE), p, 5)).as("%s in area 5", p).isTrue();
      assertThat(access.permits(List.of(BOB), p, null)).as("%s of a stranger", p).isFalse();
      assertThat(access.permits(List.of(BOB), p, 5)).as("%s of a stranger", p).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(PlanRole.class)
  void aGrantInEveryAreaGivesExactlyItsRolesPermissions(PlanRole role) {
    PlanAccess access = PlanAccess.of(PLAN, List.of(Grant.of(BOB, role)));
    Set<Permission> held = AccessTable.permissions(role);

    for (Permission p : Permission.values()) {
      boolean expected = held.contains(p);
      assertThat(access.permits(List.of(BOB), p, null))
          .as("%s %s plan-wide", role, p)
          .isEqualTo(expected);
      assertThat(access.permits(List.of(BOB), p, 1))
          .as("%s %s in area 1", role, p)
          .isEqualTo(expected);
      assertThat(access.permits(List.of(BOB), p, 999))
          .as("%s %s in area 999", role, p)
          .isEqualTo(expected);
      assertThat(access.permits(List.of(ALICE), p, 1)).as("%s %s of another", role, p).isFalse();
    }
  }

  @Test
  void aCoordinatorInSomeAreasActsOnlyThereAndNotPlanWide() {
    PlanAccess access =
        PlanAccess.of(PLAN, List.of(new Grant(BOB, PlanRole.COORDINATOR, Set.of(2, 4))));
    List<Principal> bob = List.of(BOB);

    assertThat(access.permits(bob, Permission.EDIT_ACTIVITIES, 2)).isTrue();
    assertThat(access.permits(bob, Permission.EDIT_ACTIVITIES, 4)).isTrue();
    assertThat(access.permits(bob, Permission.RECORD_OUTCOMES, 4)).isTrue();
    assertThat(access.permits(bob, Permission.EDIT_ACTIVITIES, 3)).isFalse();
    assertThat(access.permits(bob, Permission.RECORD_OUTCOMES, 1)).isFalse();
    assertThat(access.permits(bob, Permission.EDIT_ACTIVITIES, null)).isFalse();
    assertThat(access.permits(bob, Permission.RECORD_OUTCOMES, null)).isFalse();
    assertThat(access.permits(bob, Permission.EDIT_PLAN, 2)).isFalse();
    assertThat(access.permits(bob, Permission.MANAGE_ACCESS, 2)).isFalse();
    assertThat(access.permits(bob, Permission.VIEW, null)).isTrue();
    assertThat(access.permits(bob, Permission.VIEW, 3)).isTrue();
  }

  @Test
  void aReporterInSomeAreasRecordsOutcomesOnlyThere() {
    PlanAccess access =
        PlanAccess.of(PLAN, List.of(new Grant(STAFF, PlanRole.REPORTER, Set.of(3))));
    List<Principal> staff = List.of(BOB, STAFF);

    assertThat(access.permits(staff, Permission.RECORD_OUTCOMES, 3)).isTrue();
    assertThat(access.permits(staff, Permission.RECORD_OUTCOMES, 2)).isFalse();
    assertThat(access.permits(staff, Permission.RECORD_OUTCOMES, null)).isFalse();
    assertThat(access.permits(staff, Permission.EDIT_ACTIVITIES, 3)).isFalse();
    assertThat(access.permits(staff, Permission.VIEW, 2)).isTrue();
    assertThat(access.permits(List.of(BOB), Permission.VIEW, 3)).isFalse();
    assertThat(access.permits(List.of(BOB), Permission.RECORD_OUTCOMES, 3)).isFalse();
  }

  @Test
  void grantsAddUpAcrossPrincipalsAndRoles() {
    PlanAccess access =
        PlanAccess.of(
            PLAN,
            List.of(
                new Grant(STAFF, PlanRole.COORDINATOR, Set.of(1)),
                new Grant(BOB, PlanRole.REPORTER, Set.of(2)),
                Grant.of(BOB, PlanRole.VIEWER)));
    List<Principal> both = List.of(BOB, STAFF);

    assertThat(access.permits(both, Permission.EDIT_ACTIVITIES, 1)).isTrue();
    assertThat(access.permits(both, Permission.RECORD_OUTCOMES, 1)).isTrue();
    assertThat(access.permits(both, Permission.RECORD_OUTCOMES, 2)).isTrue();
    assertThat(access.permits(both, Permission.EDIT_ACTIVITIES, 2)).isFalse();
    assertThat(access.permits(both, Permission.RECORD_OUTCOMES, 3)).isFalse();
  }

  @Test
  void anOpenPlanGivesEveryoneViewButNothingElse() {
    PlanAccess open = PlanAccess.of(PLAN, List.of(ALICE_ADMIN)).withVisibility(Visibility.OPEN);

    assertThat(open.permits(List.of(BOB), Permission.VIEW, null)).isTrue();
    assertThat(open.permits(List.of(BOB), Permission.VIEW, 7)).isTrue();
    assertThat(open.permits(List.of(), Permission.VIEW, null)).isTrue();
    assertThat(open.permits(List.of(BOB), Permission.EDIT_PLAN, null)).isFalse();
    assertThat(open.permits(List.of(BOB), Permission.RECORD_OUTCOMES, 7)).isFalse();
  }

  @Test
  void aRestrictedPlanGivesStrangersNothing() {
    PlanAccess access = PlanAccess.of(PLAN, List.of(ALICE_ADMIN));

    assertThat(access.permits(List.of(BOB), Permission.VIEW, null)).isFalse();
    assertThat(access.permits(List.of(), Permission.VIEW, null)).isFalse();
  }

  @Test
  void forAdaptersRestoresEveryPartAndSetsTheVersion() {
    Grant bob = new Grant(BOB, PlanRole.REPORTER, Set.of(2));
    PlanAccess restored =
        PlanAccess.ForAdapters.restore(PLAN, Visibility.OPEN, List.of(ALICE_ADMIN, bob), 9);

    assertThat(restored.plan()).isEqualTo(PLAN);
    assertThat(restored.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(restored.grants()).containsExactly(ALICE_ADMIN, bob);
    assertThat(restored.version()).isEqualTo(9);

    PlanAccess next = PlanAccess.ForAdapters.withVersion(restored, 10);

    assertThat(next.version()).isEqualTo(10);
    assertThat(next.plan()).isEqualTo(PLAN);
    assertThat(next.visibility()).isEqualTo(Visibility.OPEN);
    assertThat(next.grants()).containsExactly(ALICE_ADMIN, bob);
    assertThat(restored.version()).isEqualTo(9);
  }

  @Test
  void equalityCoversEveryPart() {
    PlanAccess a = PlanAccess.ForAdapters.restore(PLAN, Visibility.OPEN, List.of(ALICE_ADMIN), 2);
    PlanAccess same =
        PlanAccess.ForAdapters.restore(PLAN, Visibility.OPEN, List.of(ALICE_ADMIN), 2);

    assertThat(a.equals((Object) a)).isTrue();
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a)
        .isNotEqualTo(
            PlanAccess.ForAdapters.restore(OTHER_PLAN, Visibility.OPEN, List.of(ALICE_ADMIN), 2))
        .isNotEqualTo(
            PlanAccess.ForAdapters.restore(PLAN, Visibility.RESTRICTED, List.of(ALICE_ADMIN), 2))
        .isNotEqualTo(PlanAccess.ForAdapters.restore(PLAN, Visibility.OPEN, List.of(), 2))
        .isNotEqualTo(
            PlanAccess.ForAdapters.restore(PLAN, Visibility.OPEN, List.of(ALICE_ADMIN), 3))
        .isNotEqualTo(ALICE_ADMIN)
        .isNotEqualTo(null);
    assertThat(a.hashCode()).isNotEqualTo(PlanAccess.ForAdapters.withVersion(a, 3).hashCode());
  }

  @Test
  void toStringNamesEveryPart() {
    PlanAccess access =
        PlanAccess.ForAdapters.restore(
            PLAN, Visibility.OPEN, List.of(new Grant(BOB, PlanRole.REPORTER, Set.of(2))), 5);

    assertThat(access)
        .hasToString(
            "PlanAccess["
                + PLAN
                + " OPEN [Grant[principal="
                + BOB
                + ", role=REPORTER, areas=[2]]] v5]");
  }

  @Test
  void theFirstGrantOfAnAccessWithoutGrantsIsAdded() {
    PlanAccess access = PlanAccess.of(PLAN, List.of()).grant(ALICE_ADMIN);

    assertThat(access.grants()).containsExactly(ALICE_ADMIN);
    assertThat(access.permits(List.of(ALICE), Permission.MANAGE_ACCESS, null)).isTrue();
  }
}
