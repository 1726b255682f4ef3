package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParticipants;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeItinerary;
import io.github.coplan.application.ChangeParticipation;
import io.github.coplan.application.ChangeParty;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.ChangeVisibility;
import io.github.coplan.application.DescribePlan;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.MoveActivity;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.RenameContentArea;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.RevokeRole;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.AccessTable;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.Permission;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The access contract: every command on a plan, run by a person in every standing towards a
 * restricted plan, is allowed exactly where {@link AccessTable} says so, and a refusal changes
 * nothing on the store under test.
 *
 * <p>The matrix runs each command name of {@link AccessTable#COMMANDS} as each of eight people: one
 * with no grant, a viewer, a reporter and a coordinator whose grants cover only the other content
 * area, a reporter and a coordinator whose grants cover the activity's area, a coordinator through
 * the staff of an organisation (an affiliation that holds today) and an administrator. Each command
 * runs on a plan set up for it by a system actor (two content areas, three parties, an activity in
 * each area, a participant, the grants, and what the command needs, for example an active plan to
 * suspend), so that it would succeed for a system actor; a plan a command changed is replaced by a
 * fresh one before the next person tries.
 *
 * <p>A refusal is an {@link AccessDeniedException} with code {@code forbidden} naming the missing
 * permission, or, for the person with no grant, a {@link NotFoundException} of the same kind and
 * message as for a target that does not exist. The store is compared ({@link #snapshot(List)},
 * under the ids of the shared people and organisations and of the plan and activities in use, with
 * their histories, the plan's access and feed, and every activity a search finds) before and after
 * each run of refusals on one plan: as versions only grow and the history is only appended to, an
 * unchanged store after the run means that no refusal in it changed anything.
 */
public abstract class AccessContract extends StorageContract {

  /** For subclasses. */
  protected AccessContract() {}

  /** The content area of the activity every area-limited command acts on. */
  private static final int AREA = 1;

  /** The other content area. */
  private static final int OTHER_AREA = 2;

  /** The permissions needed in an activity's content area; the others are needed plan-wide. */
  private static final Set<Permission> IN_AN_AREA =
      EnumSet.of(Permission.EDIT_ACTIVITIES, Permission.RECORD_OUTCOMES);

  /**
   * How a person stands towards the plan: the role they hold and the content areas their grant
   * covers, or no role at all.
   *
   * @param name how the case reads in a failure
   * @param role the role held, or null for no grant
   * @param areas the areas the grant covers, empty for every area
   * @param throughStaff whether the role is held by the staff of an organisation the person has an
   *     affiliation to, rather than by the person
   */
  protected record Standing(
      String name, @Nullable PlanRole role, Set<Integer> areas, boolean throughStaff) {}

  /** The standings of the matrix, the ones the table refuses most first. */
  protected static final List<Standing> STANDINGS =
      List.of(
          new Standing("no grant", null, Set.of(), false),
          new Standing("viewer", PlanRole.VIEWER, Set.of(), false),
          new Standing("reporter of the other area", PlanRole.REPORTER, Set.of(OTHER_AREA), false),
          new Standing(
              "coordinator of the other area", PlanRole.COORDINATOR, Set.of(OTHER_AREA), false),
          new Standing("reporter of the area", PlanRole.REPORTER, Set.of(AREA), false),
          new Standing("coordinator of the area", PlanRole.COORDINATOR, Set.of(AREA), false),
          new Standing(
              "coordinator of the area as staff", PlanRole.COORDINATOR, Set.of(AREA), true),
          new Standing("administrator", PlanRole.ADMINISTRATOR, Set.of(), false));

  /** What a command acts on: a plan, its activity in {@link #AREA}, the one in the other area. */
  private record Target(PlanId plan, ActivityId activity, ActivityId other) {}

  /**
   * One command of the matrix: what a system actor does to a fresh plan first, so that the command
   * is legal, and the command itself.
   */
  private record Command(
      BiConsumer<UseCases, Target> prepare, BiConsumer<UseCases, Target> perform) {}

  private OrganisationId dost;
  private OrganisationId iia;
  private OrganisationId embassy;
  private OrganisationId sihub;
  private OrganisationId staffOrganisation;
  private PersonId grantee;
  private final Map<Standing, PersonId> people = new LinkedHashMap<>();
  private List<UUID> sharedIds = List.of();
  private int plans;

  /** Registers the organisations and people every plan of the contract uses, as a system actor. */
  @BeforeEach
  protected final void registerTheDirectory() {
    UseCases system = coplan();
    dost = register(system, "DOST HCMC", CountryCode.VN);
    iia = register(system, "Israel Innovation Authority", CountryCode.IL);
    embassy = register(system, "Embassy of Israel", CountryCode.VN);
    sihub = register(system, "SIHUB", CountryCode.VN);
    staffOrganisation = register(system, "Saigon Innovation Hub staff", CountryCode.VN);
    grantee =
        system
            .people()
            .register(new RegisterPerson(PersonProfile.of("Grantee", CountryCode.VN), List.of()))
            .id();
    for (Standing s : STANDINGS) {
      List<Affiliation> affiliations =
          s.throughStaff()
              ? List.of(
                  new Affiliation(staffOrganisation, "Officer", LocalDate.of(2017, 1, 1), null))
              : List.of();
      PersonId id =
          system
              .people()
              .register(
                  new RegisterPerson(PersonProfile.of(s.name(), CountryCode.VN), affiliations))
              .id();
      people.put(s, id);
    }
    List<UUID> shared = new ArrayList<>();
    for (OrganisationId o : List.of(dost, iia, embassy, sihub, staffOrganisation)) {
      shared.add(o.value());
    }
    shared.add(grantee.value());
    for (PersonId p : people.values()) {
      shared.add(p.value());
    }
    sharedIds = List.copyOf(shared);
  }

  private PersonId personOf(Standing s) {
    PersonId id = people.get(s);
    if (id == null) {
      throw new AssertionError("no person stands as " + s.name());
    }
    return id;
  }

  private static OrganisationId register(UseCases system, String name, CountryCode country) {
    return system
        .organisations()
        .register(
            new RegisterOrganisation(
                organisationProfile(name, OrganisationType.GOVERNMENT, country)))
        .id();
  }

  // ---- the commands ---------------------------------------------------------------------------

  private static final BiConsumer<UseCases, Target> NOTHING = (u, t) -> {};

  /**
   * Every command on a plan, by its name in {@link AccessTable#COMMANDS}: how a plan is prepared
   * for it and how it runs.
   *
   * @return the commands
   */
  private Map<String, Command> commands() {
    Map<String, Command> c = new LinkedHashMap<>();
    // the plan itself
    c.put(
        "DescribePlan",
        new Command(
            NOTHING,
            (u, t) ->
                u.plans()
                    .describe(
                        new DescribePlan(t.plan(), en("Described"))
                            .withPeriod(DateSpan.parse("2018/2022")))));
    c.put(
        "AddParty",
        new Command(
            NOTHING,
            (u, t) ->
                u.plans().addParty(new AddParty(t.plan(), Party.of(sihub, PartyRole.FUNDING)))));
    c.put(
        "ChangeParty",
        new Command(
            NOTHING,
            (u, t) ->
                u.plans()
                    .changeParty(
                        new ChangeParty(
                            t.plan(),
                            new Party(
                                dost, Set.of(PartyRole.SIGNATORY), LocalDate.of(2018, 6, 1))))));
    c.put(
        "RemoveParty",
        new Command(
            NOTHING,
            (u, t) ->
                u.plans()
                    .removeParty(new io.github.coplan.application.RemoveParty(t.plan(), embassy))));
    c.put(
        "AddContentArea",
        new Command(
            NOTHING,
            (u, t) ->
                u.plans()
                    .addContentArea(
                        new AddContentArea(t.plan(), new ContentArea(3, en("Third"))))));
    c.put(
        "RenameContentArea",
        new Command(
            NOTHING,
            (u, t) ->
                u.plans().renameContentArea(new RenameContentArea(t.plan(), AREA, en("Renamed")))));
    c.put(
        "AddDocument",
        new Command(
            NOTHING,
            (u, t) ->
                u.plans()
                    .addDocument(
                        new AddDocument(
                            t.plan(),
                            new PlanDocument(
                                DocumentType.MINUTES,
                                en("Minutes"),
                                URI.create("https://example.org/minutes"),
                                LocalDate.of(2018, 8, 1))))));
    c.put(
        "ChangePlanStatus.Activate",
        new Command(
            NOTHING, (u, t) -> u.plans().changeStatus(ChangePlanStatus.activate(t.plan()))));
    c.put(
        "ChangePlanStatus.Suspend",
        new Command(
            (u, t) -> u.plans().changeStatus(ChangePlanStatus.activate(t.plan())),
            (u, t) -> u.plans().changeStatus(ChangePlanStatus.suspend(t.plan(), "Budget"))));
    c.put(
        "ChangePlanStatus.Resume",
        new Command(
            (u, t) -> {
              u.plans().changeStatus(ChangePlanStatus.activate(t.plan()));
              u.plans().changeStatus(ChangePlanStatus.suspend(t.plan(), "Budget"));
            },
            (u, t) -> u.plans().changeStatus(ChangePlanStatus.resume(t.plan()))));
    c.put(
        "ChangePlanStatus.Complete",
        new Command(
            (u, t) -> u.plans().changeStatus(ChangePlanStatus.activate(t.plan())),
            (u, t) -> u.plans().changeStatus(ChangePlanStatus.complete(t.plan()))));
    c.put(
        "ChangePlanStatus.Cancel",
        new Command(
            NOTHING, (u, t) -> u.plans().changeStatus(ChangePlanStatus.cancel(t.plan(), "Ended"))));
    // grants and visibility
    c.put(
        "GrantRole",
        new Command(
            NOTHING,
            (u, t) ->
                u.plans()
                    .grant(
                        new GrantRole(
                            t.plan(), Grant.of(Principal.person(grantee), PlanRole.VIEWER)))));
    c.put(
        "RevokeRole",
        new Command(
            (u, t) ->
                u.plans()
                    .grant(
                        new GrantRole(
                            t.plan(), Grant.of(Principal.person(grantee), PlanRole.VIEWER))),
            (u, t) ->
                u.plans()
                    .revoke(new RevokeRole(t.plan(), Principal.person(grantee), PlanRole.VIEWER))));
    c.put(
        "ChangeVisibility",
        new Command(
            NOTHING,
            (u, t) -> u.plans().changeVisibility(new ChangeVisibility(t.plan(), Visibility.OPEN))));
    // activities
    c.put(
        "ProposeActivity",
        new Command(
            NOTHING,
            (u, t) ->
                u.activities()
                    .propose(
                        new ProposeActivity(
                            t.plan(),
                            details(AREA, ActivityType.MEETING, en("Proposed"), "2019-03"),
                            null))));
    c.put(
        "ReviseActivity",
        new Command(
            NOTHING,
            (u, t) ->
                u.activities()
                    .revise(
                        new ReviseActivity(
                            t.activity(),
                            details(AREA, ActivityType.MEETING, en("Revised"), "2018-11")))));
    c.put(
        "MoveActivity",
        new Command(
            NOTHING, (u, t) -> u.activities().move(MoveActivity.under(t.activity(), t.other()))));
    c.put(
        "ChangeActivityStatus.Plan",
        new Command(
            NOTHING,
            (u, t) -> u.activities().changeStatus(ChangeActivityStatus.plan(t.activity()))));
    c.put(
        "ChangeActivityStatus.Schedule",
        new Command(
            (u, t) -> u.activities().changeStatus(ChangeActivityStatus.plan(t.activity())),
            (u, t) ->
                u.activities()
                    .changeStatus(
                        ChangeActivityStatus.schedule(
                            t.activity(), DateSpan.parse("2018-10-01/2018-10-05")))));
    c.put(
        "ChangeActivityStatus.Postpone",
        new Command(
            (u, t) -> u.activities().changeStatus(ChangeActivityStatus.plan(t.activity())),
            (u, t) ->
                u.activities().changeStatus(ChangeActivityStatus.postpone(t.activity(), "Visas"))));
    c.put(
        "ChangeActivityStatus.Cancel",
        new Command(
            NOTHING,
            (u, t) ->
                u.activities().changeStatus(ChangeActivityStatus.cancel(t.activity(), "Storm"))));
    c.put(
        "AddParticipant",
        new Command(
            NOTHING,
            (u, t) ->
                u.activities()
                    .addParticipant(
                        new AddParticipant(
                            t.activity(),
                            Participant.of(dost),
                            ParticipationRole.ORGANISER,
                            ParticipationStatus.INVITED))));
    c.put(
        "AddParticipants",
        new Command(
            NOTHING,
            (u, t) ->
                u.activities()
                    .addParticipants(
                        new AddParticipants(
                            t.activity(),
                            List.of(
                                AddParticipants.Entry.of(
                                    Participant.of(dost),
                                    ParticipationRole.HOST,
                                    ParticipationStatus.INVITED))))));
    c.put(
        "ChangeActivityStatus.Start",
        new Command(
            (u, t) -> scheduled(u, t.activity()),
            (u, t) ->
                u.activities()
                    .changeStatus(
                        ChangeActivityStatus.start(
                            t.activity(), PartialDate.parse("2018-10-01")))));
    c.put(
        "ChangeActivityStatus.Complete",
        new Command(
            (u, t) -> scheduled(u, t.activity()),
            (u, t) ->
                u.activities()
                    .changeStatus(
                        ChangeActivityStatus.complete(
                            t.activity(),
                            PartialDate.parse("2018-10-01"),
                            PartialDate.parse("2018-10-05")))));
    c.put(
        "ChangeParticipation",
        new Command(
            NOTHING,
            (u, t) ->
                u.activities()
                    .changeParticipation(
                        new ChangeParticipation(
                            t.activity(),
                            Participant.of(iia),
                            ParticipationRole.HOST,
                            ParticipationStatus.CONFIRMED))));
    // the itinerary: a stop whose id is the activity's, so that each fresh plan has its own
    c.put(
        "ChangeItinerary.AddStop",
        new Command(NOTHING, (u, t) -> u.activities().changeItinerary(addStop(t))));
    c.put(
        "ChangeItinerary.ReviseStop",
        new Command(
            (u, t) -> u.activities().changeItinerary(addStop(t)),
            (u, t) ->
                u.activities()
                    .changeItinerary(
                        ChangeItinerary.revise(
                            t.activity(),
                            stopOf(t),
                            STOP_PLACE,
                            iia,
                            "Revised",
                            StopTime.on(PartialDate.parse("2018-10-04")),
                            List.of()))));
    c.put(
        "ChangeItinerary.CancelStop",
        new Command(
            (u, t) -> u.activities().changeItinerary(addStop(t)),
            (u, t) ->
                u.activities()
                    .changeItinerary(ChangeItinerary.cancel(t.activity(), stopOf(t), "Closed"))));
    c.put(
        "ChangeItinerary.RemoveStop",
        new Command(
            (u, t) -> u.activities().changeItinerary(addStop(t)),
            (u, t) ->
                u.activities().changeItinerary(ChangeItinerary.remove(t.activity(), stopOf(t)))));
    c.put(
        "ChangeItinerary.CompleteStop",
        new Command(
            (u, t) -> {
              u.activities().changeItinerary(addStop(t));
              scheduled(u, t.activity());
              u.activities()
                  .changeStatus(
                      ChangeActivityStatus.start(t.activity(), PartialDate.parse("2018-10-01")));
            },
            (u, t) ->
                u.activities().changeItinerary(ChangeItinerary.complete(t.activity(), stopOf(t)))));
    return c;
  }

  private static final Place STOP_PLACE =
      Place.of("Jerusalem", CountryCode.IL, java.time.ZoneId.of("Asia/Jerusalem"));

  private static StopId stopOf(Target t) {
    return new StopId(t.activity().value());
  }

  /** A planned stop at the activity's host on 2018-10-03, without attendees. */
  private ChangeItinerary.AddStop addStop(Target t) {
    return ChangeItinerary.add(
            t.activity(),
            STOP_PLACE,
            iia,
            "Briefing",
            StopTime.on(PartialDate.parse("2018-10-03")),
            List.of())
        .withId(stopOf(t));
  }

  private static void scheduled(UseCases u, ActivityId activity) {
    u.activities().changeStatus(ChangeActivityStatus.plan(activity));
    u.activities()
        .changeStatus(
            ChangeActivityStatus.schedule(activity, DateSpan.parse("2018-10-01/2018-10-05")));
  }

  /**
   * A fresh restricted plan, set up by a system actor in one transaction: two content areas, three
   * parties, an activity in each area (the one in {@link #AREA} with a host), every standing's
   * grant, and what the command needs.
   */
  private Target freshPlan(Command command) {
    String code = "MATRIX-" + (++plans);
    return coplan()
        .inTransaction(
            u -> {
              PlanId plan =
                  u.plans()
                      .draft(
                          new DraftPlan(PlanCode.of(code), en("Matrix plan " + plans))
                              .withPeriod(DateSpan.parse("2018/2021")))
                      .id();
              u.plans().addContentArea(new AddContentArea(plan, new ContentArea(AREA, en("One"))));
              u.plans()
                  .addContentArea(new AddContentArea(plan, new ContentArea(OTHER_AREA, en("Two"))));
              u.plans().addParty(new AddParty(plan, Party.of(dost, PartyRole.SIGNATORY)));
              u.plans().addParty(new AddParty(plan, Party.of(iia, PartyRole.SIGNATORY)));
              u.plans().addParty(new AddParty(plan, Party.of(embassy, PartyRole.FUNDING)));
              ActivityId activity =
                  u.activities()
                      .propose(
                          new ProposeActivity(
                              plan,
                              details(AREA, ActivityType.STUDY_TOUR, en("Study tour"), "2018-10"),
                              null))
                      .id();
              ActivityId other =
                  u.activities()
                      .propose(
                          new ProposeActivity(
                              plan,
                              details(OTHER_AREA, ActivityType.MEETING, en("Meeting"), "2018-12"),
                              null))
                      .id();
              u.activities()
                  .addParticipant(
                      new AddParticipant(
                          activity,
                          Participant.of(iia),
                          ParticipationRole.HOST,
                          ParticipationStatus.INVITED));
              for (Standing s : STANDINGS) {
                PlanRole role = s.role();
                if (role != null) {
                  Principal principal =
                      s.throughStaff()
                          ? Principal.staffOf(staffOrganisation)
                          : Principal.person(personOf(s));
                  u.plans().grant(new GrantRole(plan, new Grant(principal, role, s.areas())));
                }
              }
              Target target = new Target(plan, activity, other);
              command.prepare().accept(u, target);
              return target;
            });
  }

  // ---- the expectation, from the table --------------------------------------------------------

  /** Whether the table allows a command to a standing, for an activity in {@link #AREA}. */
  private static boolean allows(Standing s, String commandName) {
    PlanRole role = s.role();
    if (role == null) {
      return false;
    }
    Permission needed = AccessTable.permissionFor(commandName);
    if (!AccessTable.permissions(role).contains(needed)) {
      return false;
    }
    return s.areas().isEmpty() || (IN_AN_AREA.contains(needed) && s.areas().contains(AREA));
  }

  // ---- the matrix -----------------------------------------------------------------------------

  /** The command fixtures name exactly the commands of the table, so none can be left out. */
  @Test
  protected void theMatrixHasAFixtureForEveryCommandOfTheTable() {
    assertThat(commands().keySet()).isEqualTo(AccessTable.COMMANDS.keySet());
    assertThat(AccessTable.COMMANDS).hasSize(32);
  }

  /**
   * Every command as every standing: allowed exactly where the table says so, refused with the
   * missing permission elsewhere, the plan hidden from a person with no grant, and nothing changed
   * by a refusal.
   */
  @Test
  protected void everyCommandAsEveryStandingIsAllowedExactlyWhereTheTableSays() {
    Map<String, Command> commands = commands();
    assertThat(commands.keySet()).isEqualTo(AccessTable.COMMANDS.keySet());
    List<String> bypasses = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    int allowed = 0;
    int forbidden = 0;
    int hidden = 0;
    for (Map.Entry<String, Command> entry : commands.entrySet()) {
      String name = entry.getKey();
      Command command = entry.getValue();
      Permission needed = AccessTable.permissionFor(name);
      Target target = null;
      Map<String, Object> before = null;
      List<UUID> scope = List.of();
      for (Standing s : STANDINGS) {
        boolean expected = allows(s, name);
        String what = name + " as " + s.name();
        if (target != null && before != null && expected) {
          // the refusals so far on this plan changed nothing
          assertThat(snapshot(scope))
              .as("the store after refusals up to " + what)
              .isEqualTo(before);
          before = null;
        }
        if (target == null) {
          target = freshPlan(command);
          // the aggregates a command could touch; one it wrongly made would show in the feed of
          // the plan or, for an activity, in the search the snapshot holds
          List<UUID> ids = new ArrayList<>(sharedIds);
          ids.add(target.plan().value());
          ids.add(target.activity().value());
          ids.add(target.other().value());
          scope = List.copyOf(ids);
        }
        if (before == null && !expected) {
          before = snapshot(scope);
        }
        UseCases person = entryPoint().actingAs(Actor.person(personOf(s)));
        CoplanException refusal = run(command, person, target);
        if (refusal == null) {
          allowed++;
          if (!expected) {
            bypasses.add(what);
          }
          target = null;
          before = null;
        } else if (refusal instanceof AccessDeniedException denied) {
          forbidden++;
          if (expected) {
            misses.add(what);
          }
          assertThat(s.role()).as("the role of " + what).isNotNull();
          assertThat(denied.code()).as(what).isEqualTo("forbidden");
          assertThat(denied.code()).as(what).isEqualTo(AccessDeniedException.CODE);
          assertThat(denied.permission()).as(what).isEqualTo(needed.name());
          assertThat(denied.actor()).as(what).isEqualTo("person:" + personOf(s));
          assertThat(denied.getMessage())
              .as(what)
              .startsWith("person:" + personOf(s) + " lacks the permission " + needed.name())
              .contains("plan " + target.plan());
        } else if (refusal instanceof NotFoundException notFound) {
          hidden++;
          if (expected) {
            misses.add(what);
          }
          assertThat(s.role()).as("a plan is hidden only without a grant: " + what).isNull();
          if (!(run(command, person, nowhere(target, name)) instanceof NotFoundException nowhere)) {
            throw new AssertionError("the same command on nothing is not found: " + what);
          }
          assertThat(notFound.code()).as(what).isEqualTo(NotFoundException.CODE);
          assertThat(notFound.code()).as(what).isEqualTo(nowhere.code());
          assertThat(notFound.kind()).as(what).isEqualTo(nowhere.kind());
          assertThat(shape(notFound)).as(what).isEqualTo(shape(nowhere));
          assertThat(notFound.id())
              .as(what)
              .isEqualTo(
                  needed == Permission.EDIT_PLAN
                          || needed == Permission.MANAGE_ACCESS
                          || name.equals("ProposeActivity")
                      ? target.plan().toString()
                      : target.activity().toString());
        } else {
          fail("%s failed otherwise than by access: %s", what, refusal);
        }
      }
      if (target != null && before != null) {
        assertThat(snapshot(scope)).as("the store after the refusals of " + name).isEqualTo(before);
      }
    }

    assertThat(bypasses).as("allowed where the table refuses").isEmpty();
    assertThat(misses).as("refused where the table allows").isEmpty();
    // the totals the table implies, counted by permission rather than case by case
    Map<Permission, Integer> commandsNeeding = new EnumMap<>(Permission.class);
    for (Permission p : AccessTable.COMMANDS.values()) {
      commandsNeeding.merge(p, 1, Integer::sum);
    }
    int expectedAllowed = 0;
    int expectedHidden = 0;
    for (Standing s : STANDINGS) {
      PlanRole role = s.role();
      if (role == null) {
        expectedHidden += AccessTable.COMMANDS.size();
        continue;
      }
      for (Permission p : AccessTable.permissions(role)) {
        boolean inScope =
            s.areas().isEmpty() || (IN_AN_AREA.contains(p) && s.areas().contains(AREA));
        expectedAllowed += inScope ? commandsNeeding.getOrDefault(p, 0) : 0;
      }
    }
    int cases = STANDINGS.size() * AccessTable.COMMANDS.size();
    assertThat(allowed + forbidden + hidden).isEqualTo(cases).isEqualTo(256);
    assertThat(allowed).as("allowed").isEqualTo(expectedAllowed).isEqualTo(70);
    assertThat(hidden).as("hidden").isEqualTo(expectedHidden).isEqualTo(32);
    assertThat(forbidden)
        .as("forbidden")
        .isEqualTo(cases - expectedAllowed - expectedHidden)
        .isEqualTo(154);
  }

  /** Runs a command; returns null when it succeeded, the Coplan error when it was refused. */
  private static @Nullable CoplanException run(Command command, UseCases as, Target target) {
    try {
      command.perform().accept(as, target);
      return null;
    } catch (CoplanException e) {
      return e;
    }
  }

  /** The same target with the id the command names replaced by one that does not exist. */
  private Target nowhere(Target target, String name) {
    Permission needed = AccessTable.permissionFor(name);
    if (needed == Permission.EDIT_PLAN
        || needed == Permission.MANAGE_ACCESS
        || name.equals("ProposeActivity")) {
      return new Target(new PlanId(nextId()), target.activity(), target.other());
    }
    return new Target(target.plan(), new ActivityId(nextId()), target.other());
  }

  /** A not-found error's message with its id left out: what it says about any missing target. */
  private static String shape(NotFoundException e) {
    return String.valueOf(e.getMessage()).replace(e.id(), "<id>");
  }

  // ---- one store's access repository ----------------------------------------------------------

  /**
   * Updating the access of a plan that has none stored is not found, and names the kind {@code
   * "plan access"}, as every store does.
   */
  @Test
  protected void updatingAMissingAccessIsNotFoundAsPlanAccess() {
    PlanId never = new PlanId(nextId());
    PlanAccess access = PlanAccess.ForAdapters.restore(never, Visibility.RESTRICTED, List.of(), 1);

    NotFoundException e =
        assertRefused(NotFoundException.class, () -> write(r -> r.access().update(access)));

    assertThat(e.kind()).isEqualTo("plan access");
    assertThat(e.id()).isEqualTo(never.toString());
    assertThat(e.getMessage()).isEqualTo("plan access not found: " + never);
    Optional<PlanAccess> found = read(r -> r.access().findByPlan(never));
    assertThat(found).isEmpty();
  }

  /** A stale access conflicts and names the kind {@code "plan access"}; the stored one stays. */
  @Test
  protected void aStaleAccessConflictsAsPlanAccess() {
    PlanId plan = freshPlan(new Command(NOTHING, NOTHING)).plan();
    Optional<PlanAccess> before = read(r -> r.access().findByPlan(plan));
    PlanAccess stored = before.orElseThrow();
    PlanAccess stale =
        PlanAccess.ForAdapters.withVersion(stored.withVisibility(Visibility.OPEN), 1);

    ConflictException e =
        assertRefused(ConflictException.class, () -> write(r -> r.access().update(stale)));

    assertThat(stored.version()).isGreaterThan(1);
    assertThat(e.kind()).isEqualTo("plan access");
    assertThat(e.id()).contains(plan.toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    Optional<PlanAccess> after = read(r -> r.access().findByPlan(plan));
    assertThat(after).contains(stored);
  }

  /**
   * Inserting an access whose version is not 0 conflicts and names the kind {@code "plan access"}.
   */
  @Test
  protected void insertingAVersionedAccessConflictsAsPlanAccess() {
    PlanId plan = new PlanId(nextId());
    PlanAccess versioned =
        PlanAccess.ForAdapters.restore(plan, Visibility.RESTRICTED, List.of(), 1);

    ConflictException e =
        assertRefused(ConflictException.class, () -> write(r -> r.access().insert(versioned)));

    assertThat(e.kind()).isEqualTo("plan access");
    assertThat(e.expectedVersion()).hasValue(1L);
    Optional<PlanAccess> found = read(r -> r.access().findByPlan(plan));
    assertThat(found).isEmpty();
  }
}
