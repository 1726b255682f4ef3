package io.github.coplan.domain.access;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.coplan.domain.internal.Validation;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The access rules as data: which permissions each {@link PlanRole} holds, and which permission
 * each command on a plan needs. The use cases check them before a command reads anything for
 * writing; the contract tests iterate over them.
 *
 * <table>
 *   <caption>Permissions of each role</caption>
 *   <tr><th>Permission</th><th>Administrator</th><th>Coordinator</th><th>Reporter</th>
 *       <th>Viewer</th></tr>
 *   <tr><td>{@link Permission#VIEW VIEW}</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>{@link Permission#EDIT_PLAN EDIT_PLAN}</td><td>yes</td><td></td><td></td><td></td></tr>
 *   <tr><td>{@link Permission#MANAGE_ACCESS MANAGE_ACCESS}</td><td>yes</td><td></td><td></td>
 *       <td></td></tr>
 *   <tr><td>{@link Permission#EDIT_ACTIVITIES EDIT_ACTIVITIES}</td><td>yes</td><td>in its
 *       areas</td><td></td><td></td></tr>
 *   <tr><td>{@link Permission#RECORD_OUTCOMES RECORD_OUTCOMES}</td><td>yes</td><td>in its
 *       areas</td><td>in its areas</td><td></td></tr>
 * </table>
 *
 * <p>What each command needs is {@link #COMMANDS}: the plan's own commands need {@code EDIT_PLAN},
 * grants and visibility {@code MANAGE_ACCESS}, proposing, revising, moving, planning, scheduling,
 * postponing and cancelling activities and adding participants {@code EDIT_ACTIVITIES} in the
 * activity's content area (both areas, when a revision moves it), starting and completing them and
 * changing a participation's status {@code RECORD_OUTCOMES} in its area. Every read of a plan, its
 * activities, their history and reports needs {@code VIEW}.
 *
 * <p>Outside this table: {@linkplain Actor.System system actors} may do everything (they are the
 * application itself); every actor may draft a plan (a person drafting one becomes its
 * administrator) and register and update organisations and people, which form the store's shared
 * directory; forgetting a person is for a system actor or the person themself, and anyone else is
 * refused naming {@link #FORGET_PERSON}.
 */
public final class AccessTable {

  /**
   * What an {@link io.github.coplan.domain.error.AccessDeniedException} names as missing when a
   * person asks to forget someone else: {@value}. Not a {@link Permission}: no role on a plan gives
   * it.
   */
  public static final String FORGET_PERSON = "FORGET_PERSON";

  private static final Map<PlanRole, Set<Permission>> ROLES =
      Maps.immutableEnumMap(
          Map.of(
              PlanRole.ADMINISTRATOR, EnumSet.allOf(Permission.class),
              PlanRole.COORDINATOR,
                  EnumSet.of(
                      Permission.VIEW, Permission.EDIT_ACTIVITIES, Permission.RECORD_OUTCOMES),
              PlanRole.REPORTER, EnumSet.of(Permission.VIEW, Permission.RECORD_OUTCOMES),
              PlanRole.VIEWER, EnumSet.of(Permission.VIEW)));

  /**
   * The permission each command on a plan needs, by the command's name as the history records it
   * ({@code ChangePlanStatus.Suspend}), in name order.
   */
  public static final SortedMap<String, Permission> COMMANDS = ImmutableSortedMapHolder.COMMANDS;

  private AccessTable() {}

  /**
   * The permissions a role holds.
   *
   * @param role the role
   * @return its permissions, unmodifiable
   * @throws io.github.coplan.domain.error.InvalidInputException if the role is missing
   */
  public static Set<Permission> permissions(PlanRole role) {
    return java.util.Collections.unmodifiableSet(ROLES.get(Validation.notNull("role", role)));
  }

  /**
   * The permission a command on a plan needs.
   *
   * @param commandName the command's name as the history records it
   * @return the permission
   * @throws io.github.coplan.domain.error.InvalidInputException if the name is not one of {@link
   *     #COMMANDS}
   */
  public static Permission permissionFor(String commandName) {
    Permission p = COMMANDS.get(Validation.notNull("command", commandName));
    if (p == null) {
      throw io.github.coplan.domain.error.InvalidInputException.of(
          "command",
          io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
          "not a command on a plan: " + commandName);
    }
    return p;
  }

  private static final class ImmutableSortedMapHolder {
    static final SortedMap<String, Permission> COMMANDS =
        com.google.common.collect.ImmutableSortedMap.copyOf(
            ImmutableMap.<String, Permission>builder()
                .put("DescribePlan", Permission.EDIT_PLAN)
                .put("AddParty", Permission.EDIT_PLAN)
                .put("ChangeParty", Permission.EDIT_PLAN)
                .put("RemoveParty", Permission.EDIT_PLAN)
                .put("AddContentArea", Permission.EDIT_PLAN)
                .put("RenameContentArea", Permission.EDIT_PLAN)
                .put("AddDocument", Permission.EDIT_PLAN)
                .put("ChangePlanStatus.Activate", Permission.EDIT_PLAN)
                .put("ChangePlanStatus.Suspend", Permission.EDIT_PLAN)
                .put("ChangePlanStatus.Resume", Permission.EDIT_PLAN)
                .put("ChangePlanStatus.Complete", Permission.EDIT_PLAN)
                .put("ChangePlanStatus.Cancel", Permission.EDIT_PLAN)
                .put("GrantRole", Permission.MANAGE_ACCESS)
                .put("RevokeRole", Permission.MANAGE_ACCESS)
                .put("ChangeVisibility", Permission.MANAGE_ACCESS)
                .put("ProposeActivity", Permission.EDIT_ACTIVITIES)
                .put("ReviseActivity", Permission.EDIT_ACTIVITIES)
                .put("MoveActivity", Permission.EDIT_ACTIVITIES)
                .put("ChangeActivityStatus.Plan", Permission.EDIT_ACTIVITIES)
                .put("ChangeActivityStatus.Schedule", Permission.EDIT_ACTIVITIES)
                .put("ChangeActivityStatus.Postpone", Permission.EDIT_ACTIVITIES)
                .put("ChangeActivityStatus.Cancel", Permission.EDIT_ACTIVITIES)
                .put("AddParticipant", Permission.EDIT_ACTIVITIES)
                .put("AddParticipants", Permission.EDIT_ACTIVITIES)
                .put("ChangeItinerary.AddStop", Permission.EDIT_ACTIVITIES)
                .put("ChangeItinerary.ReviseStop", Permission.EDIT_ACTIVITIES)
                .put("ChangeItinerary.CancelStop", Permission.EDIT_ACTIVITIES)
                .put("ChangeItinerary.RemoveStop", Permission.EDIT_ACTIVITIES)
                .put("ChangeActivityStatus.Start", Permission.RECORD_OUTCOMES)
                .put("ChangeActivityStatus.Complete", Permission.RECORD_OUTCOMES)
                .put("ChangeParticipation", Permission.RECORD_OUTCOMES)
                .put("ChangeItinerary.CompleteStop", Permission.RECORD_OUTCOMES)
                .build());
  }
}
