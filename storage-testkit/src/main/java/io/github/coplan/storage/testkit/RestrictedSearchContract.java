package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.ChangeVisibility;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.RevokeRole;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.port.storage.Repositories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a person may find: a restricted plan's activities never appear in a search by a person who
 * holds no grant on it, whatever the filters (text, window, participant, none), across plans and
 * within the plan, in the pages, their totals and their order; a plan search, a progress report, a
 * history and a get by id keep the same line, a get of an invisible plan or activity failing
 * exactly as one of an id that does not exist. A grant, its revocation and a change of visibility
 * change what the person finds at once.
 *
 * <p>Four plans, drafted by a system actor, each with three activities: one whose title holds the
 * search text and that lies outside the window, one that lies in the window, and one whose
 * description holds the search text and in which the participant takes part. {@code RS-O} is open;
 * {@code RS-R} restricted with no grant; {@code RS-G} restricted with a VIEWER grant to the viewer;
 * {@code RS-S} restricted with a VIEWER grant to the staff of an organisation. The people who look:
 * a stranger (no grant, no affiliation), the viewer, a staff member of the organisation (an
 * affiliation that holds today), a former staff member (an affiliation that ended), and a person
 * the store does not know.
 */
public abstract class RestrictedSearchContract extends StorageContract {

  /** The text the search looks for: in the title of one activity, the description of another. */
  protected static final String TEXT = "innovation";

  /** The window's first day: only the activity planned in the last quarter of 2018 overlaps it. */
  protected static final LocalDate WINDOW_FROM = LocalDate.of(2018, 10, 1);

  /** The window's last day. */
  protected static final LocalDate WINDOW_TO = LocalDate.of(2018, 12, 31);

  private static final LocalDate TODAY = LocalDate.of(2018, 8, 15);

  private Organisation dost;
  private Person speaker;
  private Person stranger;
  private Person viewer;
  private Person staffer;
  private Person former;
  private PlanSet open;
  private PlanSet restricted;
  private PlanSet granted;
  private PlanSet staff;

  /** For subclasses. */
  protected RestrictedSearchContract() {}

  /** A plan and its three activities, in the order they were proposed. */
  private record PlanSet(CooperationPlan plan, Activity week, Activity board, Activity visit) {

    PlanId id() {
      return plan.id();
    }

    List<ActivityId> all() {
      return List.of(week.id(), board.id(), visit.id());
    }
  }

  /** The organisation, the people and the four plans, made as the system actor. */
  @BeforeEach
  protected void draftThePlans() {
    dost = coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    speaker = register("Nguyễn Văn Diễn Giả");
    stranger = register("Stranger");
    viewer = register("Viewer");
    staffer =
        register(
            "Staff member",
            new Affiliation(dost.id(), "Chuyên viên", LocalDate.of(2016, 1, 1), null));
    former =
        register(
            "Former staff member",
            new Affiliation(
                dost.id(), "Chuyên viên", LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31)));
    open = planWithActivities("RS-O", "O");
    restricted = planWithActivities("RS-R", "R");
    granted = planWithActivities("RS-G", "G");
    staff = planWithActivities("RS-S", "S");
    coplan().plans().changeVisibility(new ChangeVisibility(open.id(), Visibility.OPEN));
    coplan()
        .plans()
        .grant(
            new GrantRole(granted.id(), Grant.of(Principal.person(viewer.id()), PlanRole.VIEWER)));
    coplan()
        .plans()
        .grant(new GrantRole(staff.id(), Grant.of(Principal.staffOf(dost.id()), PlanRole.VIEWER)));
  }

  private Person register(String name, Affiliation... affiliations) {
    return coplan()
        .people()
        .register(
            new RegisterPerson(PersonProfile.of(name, CountryCode.VN), List.of(affiliations)));
  }

  private PlanSet planWithActivities(String code, String suffix) {
    CooperationPlan plan =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of(code), en("Cooperation plan " + suffix))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, contentAreaTitle(1))));
    Activity week =
        propose(
            plan.id(),
            details(1, ActivityType.EVENT_SHOWCASE, en("Innovation Week " + suffix), "2020-05"));
    Activity board =
        propose(
            plan.id(), details(1, ActivityType.MEETING, en("Board meeting " + suffix), "2018-Q4"));
    Activity visit =
        propose(
            plan.id(),
            details(1, ActivityType.STUDY_TOUR, en("Study visit " + suffix), "2021-03").toBuilder()
                .description(en("A visit to the innovation centres of the other city"))
                .build());
    visit =
        coplan()
            .activities()
            .addParticipant(
                new AddParticipant(
                    visit.id(),
                    Participant.of(speaker.id()),
                    ParticipationRole.SPEAKER,
                    ParticipationStatus.CONFIRMED));
    return new PlanSet(plan, week, board, visit);
  }

  private Activity propose(PlanId plan, ActivityDetails details) {
    return coplan().activities().propose(new ProposeActivity(plan, details));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private UseCases as(Person person) {
    return as(person.id());
  }

  private UseCases as(PersonId person) {
    return entryPoint().actingAs(Actor.person(person));
  }

  /** A search in creation order, with its total, shaped by {@code shape}. */
  private static Page<Activity> search(UseCases uses, UnaryOperator<ActivityQuery.Builder> shape) {
    return uses.activities()
        .search(
            shape
                .apply(
                    ActivityQuery.builder()
                        .sort(
                            ActivitySort.by(ActivitySort.Field.CREATED, ActivitySort.Direction.ASC))
                        .withTotal())
                .build());
  }

  /** Asserts a search's exact ids, total and the absence of a further page. */
  private static void assertFinds(
      UseCases uses, UnaryOperator<ActivityQuery.Builder> shape, List<ActivityId> expected) {
    Page<Activity> page = search(uses, shape);
    assertThat(idsOf(page.items())).as("the activities found").isEqualTo(expected);
    assertThat(page.total()).as("the total").isEqualTo((long) expected.size());
    assertThat(page.nextCursor()).as("the next cursor").isNull();
  }

  /** Every id of the plans, in creation order (the order of the arguments). */
  private static List<ActivityId> all(PlanSet... plans) {
    List<ActivityId> ids = new ArrayList<>();
    for (PlanSet p : plans) {
      ids.addAll(p.all());
    }
    return List.copyOf(ids);
  }

  private static List<ActivityId> weekAndVisit(PlanSet... plans) {
    List<ActivityId> ids = new ArrayList<>();
    for (PlanSet p : plans) {
      ids.add(p.week().id());
      ids.add(p.visit().id());
    }
    return List.copyOf(ids);
  }

  private static List<ActivityId> boards(PlanSet... plans) {
    List<ActivityId> ids = new ArrayList<>();
    for (PlanSet p : plans) {
      ids.add(p.board().id());
    }
    return List.copyOf(ids);
  }

  private static List<ActivityId> visits(PlanSet... plans) {
    List<ActivityId> ids = new ArrayList<>();
    for (PlanSet p : plans) {
      ids.add(p.visit().id());
    }
    return List.copyOf(ids);
  }

  /** Asserts every cross-plan search (each filter and none) finds exactly these plans' rows. */
  private void assertSearchesSee(UseCases uses, PlanSet... plans) {
    assertFinds(uses, b -> b, all(plans));
    assertFinds(uses, b -> b.text(TEXT), weekAndVisit(plans));
    assertFinds(uses, b -> b.window(WINDOW_FROM, WINDOW_TO), boards(plans));
    assertFinds(uses, b -> b.participant(Participant.of(speaker.id())), visits(plans));
    assertFinds(
        uses,
        b ->
            b.text(TEXT)
                .window(LocalDate.of(2021, 1, 1), null)
                .participant(Participant.of(speaker.id())),
        visits(plans));
  }

  /** Asserts the plan's own searches find its activities, or (not visible) nothing. */
  private void assertPlanSearches(UseCases uses, PlanSet plan, boolean visible) {
    assertFinds(uses, b -> b.plan(plan.id()), visible ? plan.all() : List.of());
    assertFinds(uses, b -> b.plan(plan.id()).text(TEXT), visible ? weekAndVisit(plan) : List.of());
    assertFinds(
        uses,
        b -> b.plan(plan.id()).window(WINDOW_FROM, WINDOW_TO),
        visible ? boards(plan) : List.of());
    assertFinds(
        uses,
        b -> b.plan(plan.id()).participant(Participant.of(speaker.id())),
        visible ? visits(plan) : List.of());
  }

  private static List<PlanId> planSearch(UseCases uses, @Nullable String text) {
    Page<CooperationPlan> page =
        uses.plans().search(PlanQuery.builder().codePrefix("RS-").text(text).withTotal().build());
    assertThat(page.total()).as("the plan total").isEqualTo((long) page.items().size());
    assertThat(page.nextCursor()).isNull();
    return page.items().stream().map(CooperationPlan::id).toList();
  }

  /** A get that must fail as not found, change nothing, and fail as a missing id's would. */
  private void assertNotFoundLikeMissing(
      ThrowingCallable call, ThrowingCallable missing, String kind, UUID id, UUID missingId) {
    NotFoundException hidden = assertRefused(NotFoundException.class, call);
    NotFoundException absent = assertRefused(NotFoundException.class, missing);
    assertThat(hidden.getClass()).isEqualTo(absent.getClass());
    assertThat(hidden.code()).isEqualTo(NotFoundException.CODE).isEqualTo(absent.code());
    assertThat(hidden.kind()).isEqualTo(kind).isEqualTo(absent.kind());
    assertThat(hidden.id()).isEqualTo(id.toString());
    assertThat(absent.id()).isEqualTo(missingId.toString());
    assertThat(hidden.getMessage()).isEqualTo(kind + " not found: " + id);
    assertThat(absent.getMessage()).isEqualTo(kind + " not found: " + missingId);
  }

  // ---- activity searches ---------------------------------------------------------------------

  /** A person with no grant finds the open plan's activities alone, whatever the filter. */
  @Test
  protected void aStrangerFindsOnlyTheOpenPlansActivities() {
    assertSearchesSee(as(stranger), open);
  }

  /** A viewer finds the open plan's activities and those of the plan they hold a grant on. */
  @Test
  protected void aViewerFindsTheGrantedPlansActivitiesToo() {
    assertSearchesSee(as(viewer), open, granted);
  }

  /** A person whose affiliation holds today finds the plan granted to the organisation's staff. */
  @Test
  protected void aStaffMemberFindsThePlanGrantedToTheStaff() {
    assertSearchesSee(as(staffer), open, staff);
  }

  /** A person whose affiliation has ended no longer acts as the organisation's staff. */
  @Test
  protected void aFormerStaffMemberFindsOnlyTheOpenPlansActivities() {
    assertSearchesSee(as(former), open);
  }

  /**
   * An affiliation acts on the days it holds, both ends included: one that ends today still gives
   * the staff's plan, one that ended yesterday or starts tomorrow does not.
   */
  @Test
  protected void anAffiliationActsOnTheDaysItHolds() {
    Person endsToday =
        register("Ends today", new Affiliation(dost.id(), "Chuyên viên", null, TODAY));
    Person endedYesterday =
        register(
            "Ended yesterday", new Affiliation(dost.id(), "Chuyên viên", null, TODAY.minusDays(1)));
    Person startsToday =
        register("Starts today", new Affiliation(dost.id(), "Chuyên viên", TODAY, null));
    Person startsTomorrow =
        register(
            "Starts tomorrow", new Affiliation(dost.id(), "Chuyên viên", TODAY.plusDays(1), null));
    assertSearchesSee(as(endsToday), open, staff);
    assertSearchesSee(as(startsToday), open, staff);
    assertSearchesSee(as(endedYesterday), open);
    assertSearchesSee(as(startsTomorrow), open);
    assertThat(planSearch(as(endsToday), null)).containsExactly(open.id(), staff.id());
    assertThat(planSearch(as(startsTomorrow), null)).containsExactly(open.id());
  }

  /** A person the store does not know is only themself: they see open plans. */
  @Test
  protected void anUnknownPersonFindsOnlyTheOpenPlansActivities() {
    assertSearchesSee(as(new PersonId(nextId())), open);
  }

  /** The system actor finds every plan's activities. */
  @Test
  protected void theSystemFindsEveryActivity() {
    assertSearchesSee(coplan(), open, restricted, granted, staff);
  }

  /** Within the restricted plan a stranger finds nothing; within the open plan, everything. */
  @Test
  protected void aSearchWithinAPlanFindsNothingOfAnInvisiblePlan() {
    UseCases s = as(stranger);
    assertPlanSearches(s, restricted, false);
    assertPlanSearches(s, granted, false);
    assertPlanSearches(s, staff, false);
    assertPlanSearches(s, open, true);
    UseCases v = as(viewer);
    assertPlanSearches(v, restricted, false);
    assertPlanSearches(v, granted, true);
    assertPlanSearches(v, staff, false);
    UseCases m = as(staffer);
    assertPlanSearches(m, staff, true);
    assertPlanSearches(m, granted, false);
    assertPlanSearches(as(former), staff, false);
  }

  /** Pages of one row walk the visible activities alone, in the order of another sort. */
  @Test
  protected void pagesOfOneRowWalkTheVisibleActivitiesInTitleOrder() {
    List<ActivityId> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Activity> page =
          as(viewer)
              .activities()
              .search(
                  ActivityQuery.builder()
                      .sort(ActivitySort.by(ActivitySort.Field.TITLE, ActivitySort.Direction.ASC))
                      .pageSize(1)
                      .after(cursor)
                      .withTotal()
                      .build());
      assertThat(page.total()).isEqualTo(6L);
      seen.addAll(idsOf(page.items()));
      String next = page.nextCursor();
      checkPaging(++pages, cursor, next);
      cursor = next;
    } while (cursor != null);
    assertThat(seen)
        .containsExactly(
            granted.board().id(),
            open.board().id(),
            granted.week().id(),
            open.week().id(),
            granted.visit().id(),
            open.visit().id());
    assertThat(pages).isEqualTo(6);
  }

  // ---- plans, reports, history ---------------------------------------------------------------

  /** A plan search finds the plans each person may see, with totals that count them alone. */
  @Test
  protected void aPlanSearchFindsTheVisiblePlansAlone() {
    assertThat(planSearch(as(stranger), null)).containsExactly(open.id());
    assertThat(planSearch(as(viewer), null)).containsExactly(granted.id(), open.id());
    assertThat(planSearch(as(staffer), null)).containsExactly(open.id(), staff.id());
    assertThat(planSearch(as(former), null)).containsExactly(open.id());
    assertThat(planSearch(coplan(), null))
        .containsExactly(granted.id(), open.id(), restricted.id(), staff.id());
    assertThat(planSearch(as(stranger), "cooperation plan")).containsExactly(open.id());
    assertThat(planSearch(as(viewer), "plan g")).containsExactly(granted.id());
    assertThat(planSearch(as(viewer), "plan r")).isEmpty();
  }

  /** A look-up by code of an invisible plan finds nothing, as one of a code not in use. */
  @Test
  protected void aLookUpByCodeOfAnInvisiblePlanFindsNothing() {
    assertThat(as(stranger).plans().findByCode(restricted.plan().code())).isEmpty();
    assertThat(as(stranger).plans().findByCode(PlanCode.of("RS-X"))).isEmpty();
    assertThat(as(viewer).plans().findByCode(granted.plan().code())).contains(stored(granted.id()));
    assertThat(as(staffer).plans().findByCode(staff.plan().code())).contains(stored(staff.id()));
    assertThat(as(former).plans().findByCode(staff.plan().code())).isEmpty();
  }

  /** A get by id of an invisible plan fails exactly as one of an id that does not exist. */
  @Test
  protected void aGetOfAnInvisiblePlanIsNotFound() {
    UUID missing = nextId();
    UseCases s = as(stranger);
    assertNotFoundLikeMissing(
        () -> s.plans().get(restricted.id()),
        () -> s.plans().get(new PlanId(missing)),
        "plan",
        restricted.id().value(),
        missing);
    assertNotFoundLikeMissing(
        () -> s.plans().access(restricted.id()),
        () -> s.plans().access(new PlanId(missing)),
        "plan",
        restricted.id().value(),
        missing);
    UseCases f = as(former);
    assertNotFoundLikeMissing(
        () -> f.plans().get(staff.id()),
        () -> f.plans().get(new PlanId(missing)),
        "plan",
        staff.id().value(),
        missing);
    assertThat(as(viewer).plans().get(granted.id())).isEqualTo(stored(granted.id()));
    assertThat(as(staffer).plans().get(staff.id())).isEqualTo(stored(staff.id()));
    assertThat(s.plans().get(open.id())).isEqualTo(stored(open.id()));
  }

  /**
   * A get by id of an invisible plan's activity fails exactly as one of an id that does not exist.
   */
  @Test
  protected void aGetOfAnInvisibleActivityIsNotFound() {
    UUID missing = nextId();
    UseCases s = as(stranger);
    for (ActivityId id : restricted.all()) {
      assertNotFoundLikeMissing(
          () -> s.activities().get(id),
          () -> s.activities().get(new ActivityId(missing)),
          "activity",
          id.value(),
          missing);
    }
    UseCases v = as(viewer);
    assertNotFoundLikeMissing(
        () -> v.activities().get(staff.visit().id()),
        () -> v.activities().get(new ActivityId(missing)),
        "activity",
        staff.visit().id().value(),
        missing);
    assertThat(v.activities().get(granted.visit().id())).isEqualTo(stored(granted.visit().id()));
    assertThat(as(staffer).activities().get(staff.visit().id()))
        .isEqualTo(stored(staff.visit().id()));
    assertThat(s.activities().get(open.week().id())).isEqualTo(stored(open.week().id()));
  }

  /**
   * The store resolves a viewer itself (the SPI the use cases call for a person): the principals of
   * each person on a day, their affiliations' ends included; each plan's access with that person's
   * grants alone, its visibility and version as stored; and each activity found by id exactly where
   * its plan is open or granted to one of those principals, the same on every store.
   */
  @Test
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object> allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the
  // mode of older JDKs
  @SuppressWarnings("NullAway")
  protected void theStoreResolvesAViewerItself() {
    PersonId unknown = new PersonId(nextId());
    Viewer asViewer = new Viewer(viewer.id(), TODAY);
    Viewer asStaffer = new Viewer(staffer.id(), TODAY);
    Viewer stafferBefore = new Viewer(staffer.id(), LocalDate.of(2015, 12, 31));
    Viewer asFormer = new Viewer(former.id(), TODAY);
    Viewer formerOnLastDay = new Viewer(former.id(), LocalDate.of(2017, 12, 31));
    Viewer asStranger = new Viewer(stranger.id(), TODAY);
    Viewer asUnknown = new Viewer(unknown, TODAY);
    Principal dostStaff = Principal.staffOf(dost.id());
    read(
        r -> {
          assertThat(r.access().principalsOf(asViewer))
              .containsExactly(Principal.person(viewer.id()));
          assertThat(r.access().principalsOf(asStaffer))
              .containsExactly(Principal.person(staffer.id()), dostStaff);
          assertThat(r.access().principalsOf(stafferBefore))
              .containsExactly(Principal.person(staffer.id()));
          assertThat(r.access().principalsOf(asFormer))
              .containsExactly(Principal.person(former.id()));
          assertThat(r.access().principalsOf(formerOnLastDay))
              .containsExactly(Principal.person(former.id()), dostStaff);
          assertThat(r.access().principalsOf(asUnknown)).containsExactly(Principal.person(unknown));

          PlanAccess staffAccess = r.access().findByPlan(staff.id()).orElseThrow();
          PlanAccess stafferSees = r.access().findFor(staff.id(), asStaffer).orElseThrow();
          assertThat(stafferSees.plan()).isEqualTo(staff.id());
          assertThat(stafferSees.visibility()).isEqualTo(Visibility.RESTRICTED);
          assertThat(stafferSees.version()).isEqualTo(staffAccess.version());
          assertThat(stafferSees.grants())
              .containsExactly(Grant.of(dostStaff, PlanRole.VIEWER))
              .isEqualTo(staffAccess.grants());
          assertThat(r.access().findFor(staff.id(), formerOnLastDay).orElseThrow().grants())
              .containsExactly(Grant.of(dostStaff, PlanRole.VIEWER));
          assertThat(r.access().findFor(staff.id(), asFormer).orElseThrow().grants()).isEmpty();
          assertThat(r.access().findFor(granted.id(), asViewer).orElseThrow().grants())
              .containsExactly(Grant.of(Principal.person(viewer.id()), PlanRole.VIEWER));
          assertThat(r.access().findFor(granted.id(), asStaffer).orElseThrow().grants()).isEmpty();
          PlanAccess openToStranger = r.access().findFor(open.id(), asStranger).orElseThrow();
          assertThat(openToStranger.visibility()).isEqualTo(Visibility.OPEN);
          assertThat(openToStranger.grants()).isEmpty();
          assertThat(r.access().findFor(new PlanId(nextId()), asViewer)).isEmpty();

          List<PlanSet> plans = List.of(open, restricted, granted, staff);
          assertFoundVisible(r, asStranger, plans, List.of(open));
          assertFoundVisible(r, asViewer, plans, List.of(open, granted));
          assertFoundVisible(r, asStaffer, plans, List.of(open, staff));
          assertFoundVisible(r, stafferBefore, plans, List.of(open));
          assertFoundVisible(r, asFormer, plans, List.of(open));
          assertFoundVisible(r, formerOnLastDay, plans, List.of(open, staff));
          assertFoundVisible(r, asUnknown, plans, List.of(open));
          assertThat(r.activities().findVisible(new ActivityId(nextId()), asViewer)).isEmpty();
          return null;
        });
  }

  /**
   * Asserts that {@code findVisible} finds every activity of the visible plans, none of the rest.
   */
  private static void assertFoundVisible(
      Repositories r, Viewer who, List<PlanSet> plans, List<PlanSet> visible) {
    for (PlanSet p : plans) {
      for (ActivityId id : p.all()) {
        Optional<Activity> found = r.activities().findVisible(id, who);
        if (visible.contains(p)) {
          assertThat(found).as("%s finds %s", who, id).isEqualTo(r.activities().findById(id));
          assertThat(found).as("%s finds %s", who, id).isPresent();
        } else {
          assertThat(found).as("%s does not find %s", who, id).isEmpty();
        }
      }
    }
  }

  /**
   * The store's answers for a viewer refuse a missing viewer or id with a typed error naming it,
   * and change nothing.
   */
  @Test
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object> allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the
  // mode of older JDKs
  @SuppressWarnings("NullAway")
  protected void theStoreRefusesAMissingViewer() {
    Viewer asViewer = new Viewer(viewer.id(), TODAY);
    Object before = snapshot();
    read(
        r -> {
          assertInvalid(() -> r.access().principalsOf(nullViewer()), "viewer");
          assertInvalid(() -> r.access().findFor(granted.id(), nullViewer()), "viewer");
          assertInvalid(() -> r.access().findFor(nullPlan(), asViewer), "id");
          assertInvalid(
              () -> r.activities().findVisible(granted.week().id(), nullViewer()), "viewer");
          assertInvalid(() -> r.activities().findVisible(nullActivity(), asViewer), "id");
          return null;
        });
    assertThat(snapshot()).isEqualTo(before);
  }

  private static void assertInvalid(ThrowingCallable call, String path) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("invalid-input");
              assertThat(e.violations()).extracting(Violation::path).containsExactly(path);
              assertThat(e.violations()).extracting(Violation::code).containsExactly("required");
            });
  }

  @SuppressWarnings("NullAway") // a null where the API forbids one, on purpose
  private static Viewer nullViewer() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static PlanId nullPlan() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static ActivityId nullActivity() {
    return null;
  }

  /** A progress report of an invisible plan fails as one of a plan that does not exist. */
  @Test
  protected void aProgressReportOfAnInvisiblePlanIsNotFound() {
    UUID missing = nextId();
    UseCases s = as(stranger);
    assertNotFoundLikeMissing(
        () -> s.reports().progress(restricted.id(), TODAY),
        () -> s.reports().progress(new PlanId(missing), TODAY),
        "plan",
        restricted.id().value(),
        missing);
    ProgressReport report = as(viewer).reports().progress(granted.id(), TODAY);
    assertThat(report.plan()).isEqualTo(stored(granted.id()));
    assertThat(report.progress().total()).isEqualTo(3L);
    assertThat(report.progress().people()).isEqualTo(1L);
    assertThat(report.progress())
        .isEqualTo(coplan().reports().progress(granted.id(), TODAY).progress());
    assertThat(as(staffer).reports().progress(staff.id(), TODAY).progress().total()).isEqualTo(3L);
    assertThat(s.reports().progress(open.id(), TODAY).progress().total()).isEqualTo(3L);
  }

  /**
   * The history of an invisible plan, of its access and of its activities is empty, as that of an
   * aggregate that never existed, and so is its feed; a viewer reads what the system reads.
   */
  @Test
  protected void theHistoryOfAnInvisiblePlanIsEmpty() {
    UseCases s = as(stranger);
    List<AggregateRef> refs = new ArrayList<>();
    refs.add(AggregateRef.of(restricted.id()));
    refs.add(AggregateRef.accessOf(restricted.id()));
    for (ActivityId id : restricted.all()) {
      refs.add(AggregateRef.of(id));
    }
    for (AggregateRef ref : refs) {
      Page<ChangeRecord> page = s.history().of(HistoryQuery.of(ref));
      assertThat(page.items()).as("the history of %s", ref).isEmpty();
      assertThat(page.nextCursor()).isNull();
      assertThat(coplan().history().of(HistoryQuery.of(ref)).items())
          .as("the system's history of %s", ref)
          .isNotEmpty();
    }
    assertThat(s.history().feed(restricted.id(), 0, 500)).isEmpty();
    assertThat(as(former).history().feed(staff.id(), 0, 500)).isEmpty();

    List<ChangeRecord> feed = coplan().history().feed(granted.id(), 0, 500);
    assertThat(feed).isNotEmpty();
    assertThat(as(viewer).history().feed(granted.id(), 0, 500)).isEqualTo(feed);
    assertThat(as(viewer).history().of(HistoryQuery.of(AggregateRef.of(granted.week().id()))))
        .isEqualTo(coplan().history().of(HistoryQuery.of(AggregateRef.of(granted.week().id()))));
    assertThat(as(staffer).history().feed(staff.id(), 0, 500))
        .isEqualTo(coplan().history().feed(staff.id(), 0, 500));
  }

  // ---- changes of access ---------------------------------------------------------------------

  /** A grant makes the plan visible to the person at once; its revocation hides it again. */
  @Test
  protected void aGrantShowsThePlanAndARevocationHidesIt() {
    Principal who = Principal.person(stranger.id());
    coplan().plans().grant(new GrantRole(restricted.id(), Grant.of(who, PlanRole.REPORTER)));
    UseCases s = as(stranger);
    assertSearchesSee(s, open, restricted);
    assertPlanSearches(s, restricted, true);
    assertThat(planSearch(s, null)).containsExactly(open.id(), restricted.id());
    assertThat(s.activities().get(restricted.week().id()))
        .isEqualTo(stored(restricted.week().id()));
    assertThat(s.reports().progress(restricted.id(), TODAY).progress().total()).isEqualTo(3L);

    coplan().plans().revoke(new RevokeRole(restricted.id(), who, PlanRole.REPORTER));
    assertSearchesSee(s, open);
    assertPlanSearches(s, restricted, false);
    assertThat(planSearch(s, null)).containsExactly(open.id());
    UUID missing = nextId();
    assertNotFoundLikeMissing(
        () -> s.activities().get(restricted.week().id()),
        () -> s.activities().get(new ActivityId(missing)),
        "activity",
        restricted.week().id().value(),
        missing);
  }

  /** Revoking the viewer's grant hides the plan from the viewer, and from no one else. */
  @Test
  protected void revokingTheViewersGrantHidesThePlan() {
    coplan()
        .plans()
        .revoke(new RevokeRole(granted.id(), Principal.person(viewer.id()), PlanRole.VIEWER));
    assertSearchesSee(as(viewer), open);
    assertThat(planSearch(as(viewer), null)).containsExactly(open.id());
    assertSearchesSee(as(staffer), open, staff);
  }

  /** A grant to the staff of an organisation shows the plan to its current staff alone. */
  @Test
  protected void aGrantToTheStaffShowsThePlanToCurrentStaffAlone() {
    coplan()
        .plans()
        .grant(
            new GrantRole(
                restricted.id(), Grant.of(Principal.staffOf(dost.id()), PlanRole.VIEWER)));
    assertSearchesSee(as(staffer), open, restricted, staff);
    assertSearchesSee(as(former), open);
    assertSearchesSee(as(stranger), open);
  }

  /**
   * Opening a plan shows it to everyone; restricting it again hides it from those without a grant.
   */
  @Test
  protected void openingAPlanShowsItAndRestrictingItHidesIt() {
    coplan().plans().changeVisibility(new ChangeVisibility(restricted.id(), Visibility.OPEN));
    assertSearchesSee(as(stranger), open, restricted);
    assertSearchesSee(as(viewer), open, restricted, granted);
    assertPlanSearches(as(former), restricted, true);
    assertThat(planSearch(as(stranger), null)).containsExactly(open.id(), restricted.id());

    coplan().plans().changeVisibility(new ChangeVisibility(open.id(), Visibility.RESTRICTED));
    coplan().plans().changeVisibility(new ChangeVisibility(restricted.id(), Visibility.RESTRICTED));
    assertSearchesSee(as(stranger));
    assertSearchesSee(as(viewer), granted);
    assertSearchesSee(as(staffer), staff);
    assertPlanSearches(as(stranger), open, false);
    assertThat(planSearch(as(stranger), null)).isEmpty();
    assertThat(planSearch(as(viewer), null)).containsExactly(granted.id());
  }
}
