package io.github.coplan.domain.access;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.Violation;
import org.junit.jupiter.api.Test;

class AccessTableTest {

  @Test
  void eachRoleHoldsTheTablesPermissions() {
    assertThat(AccessTable.permissions(PlanRole.ADMINISTRATOR))
        .containsExactlyInAnyOrder(Permission.values());
    assertThat(AccessTable.permissions(PlanRole.COORDINATOR))
        .containsExactlyInAnyOrder(
            Permission.VIEW, Permission.EDIT_ACTIVITIES, Permission.RECORD_OUTCOMES);
    assertThat(AccessTable.permissions(PlanRole.REPORTER))
        .containsExactlyInAnyOrder(Permission.VIEW, Permission.RECORD_OUTCOMES);
    assertThat(AccessTable.permissions(PlanRole.VIEWER)).containsExactly(Permission.VIEW);
  }

  @Test
  void aRolesPermissionsCannotBeChanged() {
    assertThatThrownBy(() -> AccessTable.permissions(PlanRole.VIEWER).add(Permission.EDIT_PLAN))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(AccessTable.permissions(PlanRole.VIEWER)).containsExactly(Permission.VIEW);
  }

  @Test
  void aMissingRoleIsRequired() {
    violation(() -> AccessTable.permissions(null), "role", Violation.REQUIRED);
  }

  @Test
  void theCommandsAreInNameOrderWithTheirPermissions() {
    assertThat(AccessTable.COMMANDS)
        .hasSize(32)
        .containsEntry("DescribePlan", Permission.EDIT_PLAN)
        .containsEntry("ChangePlanStatus.Suspend", Permission.EDIT_PLAN)
        .containsEntry("GrantRole", Permission.MANAGE_ACCESS)
        .containsEntry("RevokeRole", Permission.MANAGE_ACCESS)
        .containsEntry("ChangeVisibility", Permission.MANAGE_ACCESS)
        .containsEntry("ProposeActivity", Permission.EDIT_ACTIVITIES)
        .containsEntry("AddParticipant", Permission.EDIT_ACTIVITIES)
        .containsEntry("AddParticipants", Permission.EDIT_ACTIVITIES)
        .containsEntry("ChangeActivityStatus.Start", Permission.RECORD_OUTCOMES)
        .containsEntry("ChangeParticipation", Permission.RECORD_OUTCOMES)
        .containsEntry("ChangeItinerary.AddStop", Permission.EDIT_ACTIVITIES)
        .containsEntry("ChangeItinerary.ReviseStop", Permission.EDIT_ACTIVITIES)
        .containsEntry("ChangeItinerary.CancelStop", Permission.EDIT_ACTIVITIES)
        .containsEntry("ChangeItinerary.RemoveStop", Permission.EDIT_ACTIVITIES)
        .containsEntry("ChangeItinerary.CompleteStop", Permission.RECORD_OUTCOMES);
    assertThat(AccessTable.COMMANDS.firstKey()).isEqualTo("AddContentArea");
    assertThat(AccessTable.COMMANDS.lastKey()).isEqualTo("RevokeRole");
    assertThat(AccessTable.COMMANDS.values())
        .filteredOn(p -> p == Permission.EDIT_PLAN)
        .hasSize(12);
    assertThat(AccessTable.COMMANDS.values()).doesNotContain(Permission.VIEW);
    assertThatThrownBy(() -> AccessTable.COMMANDS.put("Forget", Permission.VIEW))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void permissionForAnswersEveryCommandFromTheTable() {
    AccessTable.COMMANDS.forEach(
        (name, permission) -> assertThat(AccessTable.permissionFor(name)).isEqualTo(permission));
    assertThat(AccessTable.permissionFor("ChangeActivityStatus.Complete"))
        .isEqualTo(Permission.RECORD_OUTCOMES);
    assertThat(AccessTable.permissionFor("MoveActivity")).isEqualTo(Permission.EDIT_ACTIVITIES);
  }

  @Test
  void permissionForRefusesAnUnknownOrMissingName() {
    violation(() -> AccessTable.permissionFor("ForgetPerson"), "command", Violation.OUT_OF_RANGE);
    violation(() -> AccessTable.permissionFor(""), "command", Violation.OUT_OF_RANGE);
    violation(() -> AccessTable.permissionFor(null), "command", Violation.REQUIRED);
  }

  @Test
  void forgettingAPersonIsNamedOutsideThePermissions() {
    assertThat(AccessTable.FORGET_PERSON).isEqualTo("FORGET_PERSON");
  }
}
