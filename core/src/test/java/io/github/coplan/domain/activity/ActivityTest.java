package io.github.coplan.domain.activity;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.OTHER_PLAN;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.details;
import static io.github.coplan.testing.Fixtures.innovationWeek;
import static io.github.coplan.testing.Fixtures.studyTour;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Aggregates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityTest {

  private static final PartialDate NOV_20 = PartialDate.parse("2018-11-20");
  private static final PartialDate NOV_25 = PartialDate.parse("2018-11-25");
  private static final Participant DIRECTOR_P = Participant.of(DIRECTOR);
  private static final Participant AMBASSADOR_P = Participant.of(DEPUTY_AMBASSADOR);
  private static final Participant IIA_P = Participant.of(IIA);

  /** Every lifecycle transition, applied with valid arguments. */
  enum Move {
    PLAN(ActivityStatus.PLANNED, a -> a.plan(DateSpan.parse("2019-Q1"))),
    SCHEDULE(ActivityStatus.SCHEDULED, a -> a.schedule(DateSpan.parse("2019-03"))),
    START(ActivityStatus.IN_PROGRESS, a -> a.start(NOV_20)),
    COMPLETE(ActivityStatus.COMPLETED, a -> a.complete(NOV_20, NOV_25)),
    POSTPONE(ActivityStatus.POSTPONED, a -> a.postpone("chờ visa")),
    CANCEL(ActivityStatus.CANCELLED, a -> a.cancel("không đủ kinh phí"));

    private final ActivityStatus target;
    private final UnaryOperator<Activity> apply;

    Move(ActivityStatus target, UnaryOperator<Activity> apply) {
      this.target = target;
      this.apply = apply;
    }
  }

  /**
   * The transitions documented on {@link ActivityStatus}, written out independently of the code.
   */
  private static final Map<ActivityStatus, Set<ActivityStatus>> ALLOWED =
      Map.of(
          ActivityStatus.PROPOSED, EnumSet.of(ActivityStatus.PLANNED, ActivityStatus.CANCELLED),
          ActivityStatus.PLANNED,
              EnumSet.of(
                  ActivityStatus.SCHEDULED, ActivityStatus.POSTPONED, ActivityStatus.CANCELLED),
          ActivityStatus.SCHEDULED,
              EnumSet.of(
                  ActivityStatus.IN_PROGRESS,
                  ActivityStatus.COMPLETED,
                  ActivityStatus.POSTPONED,
                  ActivityStatus.CANCELLED),
          ActivityStatus.IN_PROGRESS,
              EnumSet.of(ActivityStatus.COMPLETED, ActivityStatus.CANCELLED),
          ActivityStatus.POSTPONED,
              EnumSet.of(
                  ActivityStatus.PLANNED, ActivityStatus.SCHEDULED, ActivityStatus.CANCELLED),
          ActivityStatus.COMPLETED, EnumSet.noneOf(ActivityStatus.class),
          ActivityStatus.CANCELLED, EnumSet.noneOf(ActivityStatus.class));

  /** The Innovation Week (2018-Q4), brought to a status through its lifecycle. */
  static Activity activityIn(ActivityStatus status) {
    Activity proposed = innovationWeek();
    return switch (status) {
      case PROPOSED -> proposed;
      case PLANNED -> proposed.plan(null);
      case SCHEDULED -> proposed.plan(null).schedule(null);
      case IN_PROGRESS -> proposed.plan(null).schedule(null).start(NOV_20);
      case COMPLETED -> proposed.plan(null).schedule(null).start(NOV_20).complete(null, NOV_25);
      case POSTPONED -> proposed.plan(null).postpone("hoãn");
      case CANCELLED -> proposed.cancel("hủy");
    };
  }

  static Stream<Arguments> everyStatusAndMove() {
    return EnumSet.allOf(ActivityStatus.class).stream()
        .flatMap(s -> EnumSet.allOf(Move.class).stream().map(m -> Arguments.of(s, m)));
  }

  @ParameterizedTest
  @EnumSource(ActivityStatus.class)
  void nextIsTheDocumentedTable(ActivityStatus status) {
    assertThat(status.next()).containsExactlyInAnyOrderElementsOf(ALLOWED.get(status));
    assertThat(status.isClosed()).isEqualTo(ALLOWED.get(status).isEmpty());
  }

  @ParameterizedTest(name = "{0} --{1}-->")
  @MethodSource("everyStatusAndMove")
  void everyTransitionIsAllowedOrRefusedAsNextSays(ActivityStatus from, Move move) {
    Activity activity = activityIn(from);
    assertThat(activity.status()).isEqualTo(from);

    if (from.next().contains(move.target)) {
      Activity moved = move.apply.apply(activity);
      assertThat(moved.status()).isEqualTo(move.target);
      assertThat(moved.id()).isEqualTo(activity.id());
      assertThat(moved.version()).isEqualTo(activity.version());
      assertThat(ALLOWED.get(from)).contains(move.target);
    } else {
      rule(() -> move.apply.apply(activity), RuleCode.ACTIVITY_ILLEGAL_TRANSITION);
      assertThat(ALLOWED.get(from)).doesNotContain(move.target);
    }
    assertThat(activity).isEqualTo(activityIn(from));
  }

  @Test
  void nextCannotBeModified() {
    for (ActivityStatus status : ActivityStatus.values()) {
      assertThat(status.next()).isUnmodifiable();
    }
    for (ParticipationStatus status : ParticipationStatus.values()) {
      assertThat(status.next()).isUnmodifiable();
    }
  }

  @Test
  void missingArgumentsAreRefusedAsInvalidInput() {
    Activity activity =
        activityIn(ActivityStatus.SCHEDULED)
            .addParticipation(invited(DIRECTOR_P, ParticipationRole.DELEGATE));

    violation(() -> activity.revise(null), "details", Violation.REQUIRED);
    violation(() -> activity.addParticipation(null), "participation", Violation.REQUIRED);
    violation(
        () -> activity.changeParticipation(DIRECTOR_P, ParticipationRole.DELEGATE, null),
        "status",
        Violation.REQUIRED);
    violation(() -> Participant.of((PersonId) null), "participant", Violation.REQUIRED);
    violation(() -> Participant.of((OrganisationId) null), "participant", Violation.REQUIRED);
    violation(
        () ->
            activity.changeParticipation(
                null, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED),
        "participant",
        Violation.REQUIRED);
    violation(
        () -> activity.changeParticipation(DIRECTOR_P, null, ParticipationStatus.CONFIRMED),
        "role",
        Violation.REQUIRED);
  }

  @Test
  void theTableCoversEveryPair() {
    assertThat(everyStatusAndMove()).hasSize(42);
    assertThat(ALLOWED).containsOnlyKeys(ActivityStatus.values());
  }

  @Test
  void missingArgumentsAreRefusedBeforeTheTransitionAsTheyAreForPlans() {
    violation(
        () -> activityIn(ActivityStatus.COMPLETED).start(null), "actualStart", Violation.REQUIRED);
    violation(
        () -> activityIn(ActivityStatus.PROPOSED).complete(null, null),
        "actualEnd",
        Violation.REQUIRED);
    violation(
        () -> activityIn(ActivityStatus.CANCELLED).cancel(null), "reason", Violation.REQUIRED);
    violation(() -> activityIn(ActivityStatus.PROPOSED).postpone(" "), "reason", Violation.BLANK);
    rule(
        () -> activityIn(ActivityStatus.COMPLETED).start(NOV_20),
        RuleCode.ACTIVITY_ILLEGAL_TRANSITION);
    rule(
        () -> activityIn(ActivityStatus.PROPOSED).complete(null, NOV_25),
        RuleCode.ACTIVITY_ILLEGAL_TRANSITION);
    rule(
        () -> activityIn(ActivityStatus.CANCELLED).cancel("again"),
        RuleCode.ACTIVITY_ILLEGAL_TRANSITION);
    rule(
        () -> activityIn(ActivityStatus.PROPOSED).postpone("later"),
        RuleCode.ACTIVITY_ILLEGAL_TRANSITION);
  }

  @Test
  void planningAndSchedulingMayReplaceThePlannedSpan() {
    Activity planned = activityIn(ActivityStatus.PROPOSED).plan(DateSpan.parse("2019-Q1"));
    assertThat(planned.details().planned()).isEqualTo(DateSpan.parse("2019-Q1"));
    assertThat(planned.details().title()).isEqualTo(innovationWeek().details().title());

    assertThat(planned.schedule(null).details().planned()).isEqualTo(DateSpan.parse("2019-Q1"));
    assertThat(planned.schedule(DateSpan.parse("2019-03-10/2019-03-15")).details().planned())
        .isEqualTo(DateSpan.parse("2019-03-10/2019-03-15"));
  }

  @Test
  void startingNeedsTheActualStart() {
    Activity scheduled = activityIn(ActivityStatus.SCHEDULED);

    violation(() -> scheduled.start(null), "actualStart", Violation.REQUIRED);
    Activity started = scheduled.start(NOV_20);
    assertThat(started.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
    assertThat(started.actualStart()).isEqualTo(NOV_20);
    assertThat(started.actualEnd()).isNull();
    assertThat(scheduled.start(PartialDate.parse("2018-11~")).actualStart())
        .isEqualTo(PartialDate.parse("2018-11~"));
  }

  @Test
  void completingNeedsActualStartAndEnd() {
    Activity scheduled = activityIn(ActivityStatus.SCHEDULED);
    Activity inProgress = activityIn(ActivityStatus.IN_PROGRESS);

    violation(() -> scheduled.complete(null, null), "actualEnd", Violation.REQUIRED);
    violation(() -> scheduled.complete(NOV_20, null), "actualEnd", Violation.REQUIRED);
    rule(() -> scheduled.complete(null, NOV_25), RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES);
    violation(() -> inProgress.complete(null, null), "actualEnd", Violation.REQUIRED);

    Activity fromScheduled = scheduled.complete(NOV_20, NOV_25);
    assertThat(fromScheduled.actualStart()).isEqualTo(NOV_20);
    assertThat(fromScheduled.actualEnd()).isEqualTo(NOV_25);

    Activity keepsStart = inProgress.complete(null, NOV_25);
    assertThat(keepsStart.actualStart()).isEqualTo(NOV_20);
    assertThat(keepsStart.actualEnd()).isEqualTo(NOV_25);

    Activity correctedStart = inProgress.complete(PartialDate.parse("2018-11-21"), NOV_25);
    assertThat(correctedStart.actualStart()).isEqualTo(PartialDate.parse("2018-11-21"));
  }

  @Test
  void completingNeedsTheEndNotBeforeTheStart() {
    Activity scheduled = activityIn(ActivityStatus.SCHEDULED);

    rule(() -> scheduled.complete(NOV_25, NOV_20), RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES);
    rule(
        () ->
            activityIn(ActivityStatus.IN_PROGRESS).complete(null, PartialDate.parse("2018-11-19")),
        RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES);
    Activity oneDay = scheduled.complete(NOV_20, NOV_20);
    assertThat(oneDay.actualStart()).isEqualTo(oneDay.actualEnd()).isEqualTo(NOV_20);
  }

  @ParameterizedTest
  @CsvSource({
    "2018-05,    2018-05,    true",
    "2018-05,    2018-05-03, true",
    "2018-11-20, 2018-11,    true",
    "2018-11-20, 2018-Q4,    true",
    "2018,       2018-01-01, true",
    "2018-11-20, 2018-11-15, false",
    "2018-12,    2018-11,    false",
    "2019,       2018-Q4,    false",
    "2018-11-20, 2018-11-19, false",
  })
  void actualDatesMayBePartialAndTheEndMayNotLieBeforeTheStart(
      String start, String end, boolean accepted) {
    Activity scheduled = activityIn(ActivityStatus.SCHEDULED);
    PartialDate from = PartialDate.parse(start);
    PartialDate to = PartialDate.parse(end);

    if (accepted) {
      Activity done = scheduled.complete(from, to);
      assertThat(done.actualStart()).isEqualTo(from);
      assertThat(done.actualEnd()).isEqualTo(to);
      assertThat(scheduled.start(from).complete(null, to).actualEnd()).isEqualTo(to);
    } else {
      rule(() -> scheduled.complete(from, to), RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES);
      rule(
          () -> scheduled.start(from).complete(null, to),
          RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES);
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\u00A0", "\u3000", "\u2003 \u00A0"})
  void cancellingAndPostponingNeedAReason(String reason) {
    String code = reason == null ? Violation.REQUIRED : Violation.BLANK;
    violation(() -> activityIn(ActivityStatus.PLANNED).cancel(reason), "reason", code);
    violation(() -> activityIn(ActivityStatus.PLANNED).postpone(reason), "reason", code);
    violation(() -> activityIn(ActivityStatus.IN_PROGRESS).cancel(reason), "reason", code);
    violation(() -> activityIn(ActivityStatus.COMPLETED).cancel(reason), "reason", code);
  }

  @Test
  void aReasonIsCheckedTextAndKept() {
    violation(
        () -> activityIn(ActivityStatus.PLANNED).cancel("a\u0000b"),
        "reason",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> activityIn(ActivityStatus.PLANNED).postpone("x".repeat(501)),
        "reason",
        Violation.TOO_LONG);

    Activity postponed = activityIn(ActivityStatus.PLANNED).postpone("  chờ visa ");
    assertThat(postponed.statusReason()).isEqualTo("chờ visa");
    assertThat(postponed.plan(null).statusReason()).isNull();
    assertThat(postponed.schedule(null).statusReason()).isNull();

    Activity cancelled = activityIn(ActivityStatus.IN_PROGRESS).cancel("mưa bão");
    assertThat(cancelled.statusReason()).isEqualTo("mưa bão");
    assertThat(cancelled.actualStart()).isEqualTo(NOV_20);
    assertThat(cancelled.actualEnd()).isNull();
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"COMPLETED", "CANCELLED"})
  void aClosedActivityRefusesChanges(ActivityStatus status) {
    Activity closed = activityIn(status);

    rule(() -> closed.revise(studyTour().details()), RuleCode.ACTIVITY_CLOSED);
    rule(() -> closed.moveUnder(activityId(9)), RuleCode.ACTIVITY_CLOSED);
    rule(() -> closed.moveUnder(null), RuleCode.ACTIVITY_CLOSED);
    rule(
        () -> closed.addParticipation(invited(DIRECTOR_P, ParticipationRole.DELEGATE)),
        RuleCode.ACTIVITY_CLOSED);
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"COMPLETED", "CANCELLED"},
      mode = EnumSource.Mode.EXCLUDE)
  void anOpenActivityMayBeRevisedAndMoved(ActivityStatus status) {
    Activity open = activityIn(status);

    Activity revised = open.revise(studyTour().details());
    assertThat(revised.details()).isEqualTo(studyTour().details());
    assertThat(revised.status()).isEqualTo(status);
    assertThat(open.moveUnder(activityId(9)).parent()).isEqualTo(activityId(9));
    assertThat(open.moveUnder(activityId(9)).moveUnder(null).parent()).isNull();
  }

  @Test
  void anActivityIsNotItsOwnParent() {
    ActivityId id = activityId(5);

    rule(
        () -> Activity.propose(id, PLAN, details(1, "2018", "x"), id),
        RuleCode.ACTIVITY_SELF_PARENT);
    Activity child = Activity.propose(id, PLAN, details(1, "2018", "x"), activityId(6));
    assertThat(child.parent()).isEqualTo(activityId(6));
    rule(() -> child.moveUnder(id), RuleCode.ACTIVITY_SELF_PARENT);
  }

  @Test
  void proposingListsEveryMissingPart() {
    violations(
        () -> Activity.propose(null, null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("plan", Violation.REQUIRED),
        tuple("details", Violation.REQUIRED));
  }

  @Test
  void aNewActivityIsProposedAtVersionZero() {
    Activity activity = innovationWeek();

    assertThat(activity.status()).isEqualTo(ActivityStatus.PROPOSED);
    assertThat(activity.version()).isZero();
    assertThat(activity.plan()).isEqualTo(PLAN);
    assertThat(activity.parent()).isNull();
    assertThat(activity.participations()).isEmpty();
    assertThat(activity.actualStart()).isNull();
    assertThat(activity.actualEnd()).isNull();
    assertThat(activity.statusReason()).isNull();
    assertThat(Aggregates.withVersion(activity, 3).version()).isEqualTo(3);
  }

  @Test
  void aParticipantHasOneParticipationPerRole() {
    Activity activity =
        activityIn(ActivityStatus.SCHEDULED)
            .addParticipation(invited(DIRECTOR_P, ParticipationRole.DELEGATE));

    rule(
        () ->
            activity.addParticipation(
                new Participation(
                    DIRECTOR_P, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED, null)),
        RuleCode.PARTICIPATION_EXISTS);
    Activity twoRoles =
        activity.addParticipation(invited(DIRECTOR_P, ParticipationRole.HEAD_OF_DELEGATION));
    assertThat(twoRoles.participations())
        .extracting(Participation::participant, Participation::role)
        .containsExactly(
            tuple(DIRECTOR_P, ParticipationRole.DELEGATE),
            tuple(DIRECTOR_P, ParticipationRole.HEAD_OF_DELEGATION));
    Activity twoPeople =
        activity.addParticipation(invited(AMBASSADOR_P, ParticipationRole.DELEGATE));
    assertThat(twoPeople.participations()).hasSize(2);
    assertThat(activity.participations()).hasSize(1);
  }

  @Test
  void anOrganisationAndAPersonWithTheSameUuidAreDifferentParticipants() {
    Participant organisation = Participant.of(new OrganisationId(DIRECTOR.value()));
    Activity activity =
        activityIn(ActivityStatus.PLANNED)
            .addParticipation(invited(DIRECTOR_P, ParticipationRole.EXPERT))
            .addParticipation(invited(organisation, ParticipationRole.EXPERT));

    assertThat(activity.participations()).hasSize(2);
    assertThat(DIRECTOR_P).hasToString("person:" + DIRECTOR.value());
    assertThat(IIA_P).hasToString("organisation:" + IIA.value());
  }

  /** The participation transitions documented on {@link ParticipationStatus}. */
  private static final Map<ParticipationStatus, Set<ParticipationStatus>> PARTICIPATION_ALLOWED =
      Map.of(
          ParticipationStatus.INVITED,
              EnumSet.of(
                  ParticipationStatus.CONFIRMED,
                  ParticipationStatus.ATTENDED,
                  ParticipationStatus.NO_SHOW,
                  ParticipationStatus.WITHDRAWN),
          ParticipationStatus.CONFIRMED,
              EnumSet.of(
                  ParticipationStatus.ATTENDED,
                  ParticipationStatus.NO_SHOW,
                  ParticipationStatus.WITHDRAWN),
          ParticipationStatus.ATTENDED, EnumSet.noneOf(ParticipationStatus.class),
          ParticipationStatus.NO_SHOW, EnumSet.noneOf(ParticipationStatus.class),
          ParticipationStatus.WITHDRAWN, EnumSet.noneOf(ParticipationStatus.class));

  static Stream<Arguments> everyParticipationPair() {
    return EnumSet.allOf(ParticipationStatus.class).stream()
        .flatMap(
            a -> EnumSet.allOf(ParticipationStatus.class).stream().map(b -> Arguments.of(a, b)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyParticipationPair")
  void everyParticipationTransitionIsAllowedOrRefused(
      ParticipationStatus from, ParticipationStatus to) {
    assertThat(from.next()).containsExactlyInAnyOrderElementsOf(PARTICIPATION_ALLOWED.get(from));
    Activity activity =
        activityIn(ActivityStatus.SCHEDULED)
            .addParticipation(
                new Participation(DIRECTOR_P, ParticipationRole.DELEGATE, from, null));

    if (PARTICIPATION_ALLOWED.get(from).contains(to)) {
      Activity changed = activity.changeParticipation(DIRECTOR_P, ParticipationRole.DELEGATE, to);
      assertThat(changed.participation(DIRECTOR_P, ParticipationRole.DELEGATE))
          .map(Participation::status)
          .contains(to);
    } else {
      rule(
          () -> activity.changeParticipation(DIRECTOR_P, ParticipationRole.DELEGATE, to),
          RuleCode.PARTICIPATION_ILLEGAL_TRANSITION);
    }
  }

  @Test
  void changingAParticipationThatDoesNotExistIsRefused() {
    Activity activity =
        activityIn(ActivityStatus.SCHEDULED)
            .addParticipation(invited(DIRECTOR_P, ParticipationRole.DELEGATE));

    rule(
        () ->
            activity.changeParticipation(
                AMBASSADOR_P, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED),
        RuleCode.PARTICIPATION_UNKNOWN);
    rule(
        () ->
            activity.changeParticipation(
                DIRECTOR_P, ParticipationRole.EXPERT, ParticipationStatus.CONFIRMED),
        RuleCode.PARTICIPATION_UNKNOWN);
  }

  @Test
  void changingOneParticipationLeavesTheOthersAlone() {
    Activity activity =
        activityIn(ActivityStatus.SCHEDULED)
            .addParticipation(invited(DIRECTOR_P, ParticipationRole.DELEGATE))
            .addParticipation(invited(DIRECTOR_P, ParticipationRole.SPEAKER))
            .addParticipation(invited(IIA_P, ParticipationRole.HOST));

    Activity changed =
        activity.changeParticipation(
            DIRECTOR_P, ParticipationRole.SPEAKER, ParticipationStatus.CONFIRMED);

    assertThat(changed.participations())
        .extracting(Participation::role, Participation::status)
        .containsExactly(
            tuple(ParticipationRole.DELEGATE, ParticipationStatus.INVITED),
            tuple(ParticipationRole.SPEAKER, ParticipationStatus.CONFIRMED),
            tuple(ParticipationRole.HOST, ParticipationStatus.INVITED));
  }

  @Test
  void attendanceMayBeRecordedAfterCompletion() {
    Activity completed =
        activityIn(ActivityStatus.SCHEDULED)
            .addParticipation(invited(DIRECTOR_P, ParticipationRole.DELEGATE))
            .addParticipation(invited(AMBASSADOR_P, ParticipationRole.SPEAKER))
            .complete(NOV_20, NOV_25);

    Activity recorded =
        completed
            .changeParticipation(
                DIRECTOR_P, ParticipationRole.DELEGATE, ParticipationStatus.ATTENDED)
            .changeParticipation(
                AMBASSADOR_P, ParticipationRole.SPEAKER, ParticipationStatus.NO_SHOW);

    assertThat(recorded.participations())
        .extracting(Participation::status)
        .containsExactly(ParticipationStatus.ATTENDED, ParticipationStatus.NO_SHOW);
    assertThat(recorded.status()).isEqualTo(ActivityStatus.COMPLETED);
    rule(
        () ->
            completed.changeParticipation(
                DIRECTOR_P, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED),
        RuleCode.ACTIVITY_CLOSED);
    rule(
        () ->
            completed.changeParticipation(
                DIRECTOR_P, ParticipationRole.DELEGATE, ParticipationStatus.WITHDRAWN),
        RuleCode.ACTIVITY_CLOSED);
  }

  @Test
  void aCancelledActivityRefusesEveryParticipationChange() {
    Activity cancelled =
        activityIn(ActivityStatus.PLANNED)
            .addParticipation(invited(DIRECTOR_P, ParticipationRole.DELEGATE))
            .cancel("hủy");

    for (ParticipationStatus status : ParticipationStatus.values()) {
      rule(
          () -> cancelled.changeParticipation(DIRECTOR_P, ParticipationRole.DELEGATE, status),
          RuleCode.ACTIVITY_CLOSED);
    }
  }

  @Test
  void aParticipationListsEveryBadPart() {
    violations(
        () -> new Participation(null, null, null, null),
        tuple("participant", Violation.REQUIRED),
        tuple("role", Violation.REQUIRED),
        tuple("status", Violation.REQUIRED));
    violation(
        () ->
            new Participation(
                IIA_P,
                ParticipationRole.HOST,
                ParticipationStatus.INVITED,
                new AffiliationSnapshot(DOST, "x")),
        "affiliation",
        Violation.OUT_OF_RANGE);
    Participation withSnapshot =
        new Participation(
            DIRECTOR_P,
            ParticipationRole.HEAD_OF_DELEGATION,
            ParticipationStatus.CONFIRMED,
            new AffiliationSnapshot(DOST, " Giám đốc "));
    assertThat(withSnapshot.affiliation().position()).isEqualTo("Giám đốc");
    violations(
        () -> new AffiliationSnapshot(null, "\u3000"),
        tuple("organisation", Violation.REQUIRED),
        tuple("position", Violation.BLANK));
    violation(() -> Participant.of((PersonId) null), "participant", Violation.REQUIRED);
    violation(() -> Participant.of((OrganisationId) null), "participant", Violation.REQUIRED);
    assertThat(Participant.of(DIRECTOR)).isEqualTo(new Participant.Person(DIRECTOR));
    assertThat(Participant.of(DIRECTOR).toString()).isEqualTo("person:" + DIRECTOR.value());
  }

  @Test
  void overdueMeansTheLatestPlannedDayHasPassedAndTheActivityIsOpen() {
    LocalDate newYear2019 = LocalDate.of(2019, 1, 1);
    LocalDate newYearsEve = LocalDate.of(2018, 12, 31);

    for (ActivityStatus status : ActivityStatus.values()) {
      Activity week = activityIn(status);
      assertThat(week.isOverdue(newYear2019))
          .as("%s on 2019-01-01", status)
          .isEqualTo(!status.isClosed());
      assertThat(week.isOverdue(newYearsEve)).as("%s on 2018-12-31", status).isFalse();
    }
    assertThat(studyTour().isOverdue(LocalDate.of(9999, 12, 31))).isFalse();
  }

  @Test
  void searchTextHoldsEveryTranslationFoldedAndTheDescription() {
    Activity week = innovationWeek();
    assertThat(week.searchText())
        .isEqualTo(
            "hcmc innovation and startup week\ntuan le doi moi sang tao va khoi nghiep tp.hcm");

    Activity described =
        week.revise(
            week.details().toBuilder()
                .description(viEn("Kết nối Hồ Chí Minh và Israel", "Connecting HCMC and Israel"))
                .build());
    assertThat(described.searchText())
        .isEqualTo(
            "hcmc innovation and startup week\ntuan le doi moi sang tao va khoi nghiep tp.hcm\n"
                + "connecting hcmc and israel\nket noi ho chi minh va israel");
  }

  @Test
  void sortTitleIsTheFoldedOriginalTitle() {
    assertThat(innovationWeek().sortTitle())
        .isEqualTo("tuan le doi moi sang tao va khoi nghiep tp.hcm");
    assertThat(studyTour().sortTitle())
        .isEqualTo("doan khao sat hoc tap kinh nghiem dmst tai israel");
  }

  @Test
  void detailsListEveryBadPart() {
    violations(
        () -> ActivityDetails.builder().build(),
        tuple("contentArea", Violation.REQUIRED),
        tuple("type", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("planned", Violation.REQUIRED));
    violation(
        () -> innovationWeek().details().toBuilder().contentArea(1000).build(),
        "contentArea",
        Violation.OUT_OF_RANGE);
    violation(
        () -> innovationWeek().details().toBuilder().contentArea(0).build(),
        "contentArea",
        Violation.OUT_OF_RANGE);
    ActivityDetails week = innovationWeek().details();
    violation(
        () ->
            ActivityDetails.builder()
                .type(week.type())
                .title(week.title())
                .planned(week.planned())
                .build(),
        "contentArea",
        Violation.REQUIRED);
    violations(
        () -> ActivityDetails.builder().title(vi("dòng 1\ndòng 2")).build(),
        tuple("contentArea", Violation.REQUIRED),
        tuple("type", Violation.REQUIRED),
        tuple("title.vi", Violation.CONTROL_CHARACTER),
        tuple("planned", Violation.REQUIRED));
    violation(
        () -> innovationWeek().details().toBuilder().title(vi("dòng 1\ndòng 2")).build(),
        "title.vi",
        Violation.CONTROL_CHARACTER);
    assertThat(innovationWeek().details().toBuilder().build())
        .isEqualTo(innovationWeek().details());
  }

  @Test
  void aLocationHasACountryOrIsOnline() {
    assertThat(Location.city(CountryCode.VN, " TP. Hồ Chí Minh ").city())
        .isEqualTo("TP. Hồ Chí Minh");
    assertThat(Location.onlineOnly().online()).isTrue();
    violation(() -> new Location(null, null, null, false), "country", Violation.REQUIRED);
    violations(
        () -> new Location(null, "Tel Aviv", "\u00A0", true),
        tuple("venue", Violation.BLANK),
        tuple("country", Violation.REQUIRED));
  }

  @Test
  void restoreRebuildsAnEqualActivity() {
    Activity a = Aggregates.withVersion(activityIn(ActivityStatus.COMPLETED), 6);

    Activity restored =
        Activity.ForAdapters.restore(
            a.id(),
            a.plan(),
            a.details(),
            a.parent(),
            a.status(),
            a.actualStart(),
            a.actualEnd(),
            a.statusReason(),
            a.participations(),
            6);

    assertThat(restored).isEqualTo(a).hasSameHashCodeAs(a);
  }

  private static Participation invited(Participant participant, ParticipationRole role) {
    return new Participation(participant, role, ParticipationStatus.INVITED, null);
  }

  /**
   * Adapters prove a round trip by equality, so equality must take in every part: an activity that
   * differs in any one part is another activity.
   */
  @Test
  void anActivityEqualsAnotherOnlyWhenEveryPartIsEqual() {
    ActivityDetails details = details(1, "2018-11/..", "Đoàn khảo sát");
    List<Participation> who =
        List.of(
            new Participation(
                Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.ATTENDED, null));
    PartialDate start = PartialDate.parse("2018-11-20");
    PartialDate end = PartialDate.parse("2018-11-27");
    Activity stored =
        Activity.ForAdapters.restore(
            activityId(2),
            PLAN,
            details,
            activityId(1),
            ActivityStatus.COMPLETED,
            start,
            end,
            null,
            who,
            5);

    assertThat(stored)
        .isEqualTo(
            Activity.ForAdapters.restore(
                activityId(2),
                PLAN,
                details,
                activityId(1),
                ActivityStatus.COMPLETED,
                start,
                end,
                null,
                who,
                5))
        .hasSameHashCodeAs(
            Activity.ForAdapters.restore(
                activityId(2),
                PLAN,
                details,
                activityId(1),
                ActivityStatus.COMPLETED,
                start,
                end,
                null,
                who,
                5))
        .hasToString("Activity[" + activityId(2) + " " + vi("Đoàn khảo sát") + " COMPLETED v5]");
    assertThat(
            List.of(
                Activity.ForAdapters.restore(
                    activityId(3),
                    PLAN,
                    details,
                    activityId(1),
                    ActivityStatus.COMPLETED,
                    start,
                    end,
                    null,
                    who,
                    5),
                Activity.ForAdapters.restore(
                    activityId(2),
                    OTHER_PLAN,
                    details,
                    activityId(1),
                    ActivityStatus.COMPLETED,
                    start,
                    end,
                    null,
                    who,
                    5),
                Activity.ForAdapters.restore(
                    activityId(2),
                    PLAN,
                    details(5, "2018-11/..", "Đoàn khảo sát"),
                    activityId(1),
                    ActivityStatus.COMPLETED,
                    start,
                    end,
                    null,
                    who,
                    5),
                Activity.ForAdapters.restore(
                    activityId(2),
                    PLAN,
                    details,
                    null,
                    ActivityStatus.COMPLETED,
                    start,
                    end,
                    null,
                    who,
                    5),
                Activity.ForAdapters.restore(
                    activityId(2),
                    PLAN,
                    details,
                    activityId(1),
                    ActivityStatus.IN_PROGRESS,
                    start,
                    end,
                    null,
                    who,
                    5),
                Activity.ForAdapters.restore(
                    activityId(2),
                    PLAN,
                    details,
                    activityId(1),
                    ActivityStatus.COMPLETED,
                    PartialDate.parse("2018-11"),
                    end,
                    null,
                    who,
                    5),
                Activity.ForAdapters.restore(
                    activityId(2),
                    PLAN,
                    details,
                    activityId(1),
                    ActivityStatus.COMPLETED,
                    start,
                    null,
                    null,
                    who,
                    5),
                Activity.ForAdapters.restore(
                    activityId(2),
                    PLAN,
                    details,
                    activityId(1),
                    ActivityStatus.COMPLETED,
                    start,
                    end,
                    "lý do",
                    who,
                    5),
                Activity.ForAdapters.restore(
                    activityId(2),
                    PLAN,
                    details,
                    activityId(1),
                    ActivityStatus.COMPLETED,
                    start,
                    end,
                    null,
                    List.of(),
                    5),
                Aggregates.withVersion(stored, 6),
                details))
        .allSatisfy(other -> assertThat(stored).isNotEqualTo(other));
  }

  @Test
  void anActivityHoldsAtMostTenThousandParticipations() {
    List<Participation> full = new ArrayList<>();
    for (long n = 0; n < Activity.MAX_PARTICIPATIONS; n++) {
      full.add(
          new Participation(
              Participant.of(new PersonId(new UUID(1, n))),
              ParticipationRole.DELEGATE,
              ParticipationStatus.INVITED,
              null));
    }
    Activity crowded =
        Activity.ForAdapters.restore(
            activityId(9),
            PLAN,
            details(1, "2018", "Ngày hội"),
            null,
            ActivityStatus.PLANNED,
            null,
            null,
            null,
            full,
            1);
    Participation oneMore =
        new Participation(
            Participant.of(DIRECTOR),
            ParticipationRole.DELEGATE,
            ParticipationStatus.INVITED,
            null);

    violation(() -> crowded.addParticipation(oneMore), "participations", Violation.OUT_OF_RANGE);
    assertThat(Aggregates.withVersion(crowded, 1).participations())
        .hasSize(Activity.MAX_PARTICIPATIONS);
    assertThat(
            Activity.ForAdapters.restore(
                    activityId(9),
                    PLAN,
                    details(1, "2018", "Ngày hội"),
                    null,
                    ActivityStatus.PLANNED,
                    null,
                    null,
                    null,
                    full.subList(1, full.size()),
                    1)
                .addParticipation(oneMore)
                .participations())
        .hasSize(Activity.MAX_PARTICIPATIONS)
        .endsWith(oneMore);
  }

  @Test
  void addParticipationsAppendsTheListInOrderAsOneChange() {
    Activity tour =
        activityIn(ActivityStatus.SCHEDULED)
            .addParticipation(invited(IIA_P, ParticipationRole.HOST));
    Participation delegate = invited(DIRECTOR_P, ParticipationRole.DELEGATE);
    Participation speaker = invited(DIRECTOR_P, ParticipationRole.SPEAKER);
    Participation guest = invited(AMBASSADOR_P, ParticipationRole.DELEGATE);

    Activity added = tour.addParticipations(List.of(delegate, speaker, guest));

    assertThat(added.participations())
        .containsExactly(invited(IIA_P, ParticipationRole.HOST), delegate, speaker, guest);
    assertThat(added.version()).isEqualTo(tour.version());
    assertThat(added.status()).isEqualTo(ActivityStatus.SCHEDULED);
    assertThat(tour.participations()).hasSize(1);
    assertThat(tour.addParticipations(List.of()).participations()).isEqualTo(tour.participations());
  }

  @Test
  void addParticipationsRefusesTheWholeListForOneBadEntry() {
    Activity tour =
        activityIn(ActivityStatus.SCHEDULED)
            .addParticipation(invited(IIA_P, ParticipationRole.HOST));
    Participation delegate = invited(DIRECTOR_P, ParticipationRole.DELEGATE);
    List<Participation> withMissing = new ArrayList<>();
    withMissing.add(delegate);
    withMissing.add(null);

    violation(() -> tour.addParticipations(null), "participations", Violation.REQUIRED);
    violation(() -> tour.addParticipations(withMissing), "participations[1]", Violation.REQUIRED);
    violations(
        () ->
            tour.addParticipations(
                List.of(
                    delegate,
                    invited(AMBASSADOR_P, ParticipationRole.DELEGATE),
                    delegate,
                    invited(AMBASSADOR_P, ParticipationRole.DELEGATE))),
        tuple("participations[2]", Violation.DUPLICATE),
        tuple("participations[3]", Violation.DUPLICATE));
    rule(
        () -> tour.addParticipations(List.of(delegate, invited(IIA_P, ParticipationRole.HOST))),
        RuleCode.PARTICIPATION_EXISTS);
    // the same participant in another role is another participation
    assertThat(
            tour.addParticipations(List.of(invited(IIA_P, ParticipationRole.EXHIBITOR)))
                .participations())
        .hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"COMPLETED", "CANCELLED"})
  void aClosedActivityRefusesAList(ActivityStatus status) {
    Activity closed = activityIn(status);

    rule(
        () -> closed.addParticipations(List.of(invited(DIRECTOR_P, ParticipationRole.DELEGATE))),
        RuleCode.ACTIVITY_CLOSED);
  }

  @Test
  void addParticipationsStopsAtTenThousand() {
    List<Participation> many = new ArrayList<>();
    for (long n = 0; n < Activity.MAX_PARTICIPATIONS; n++) {
      many.add(invited(Participant.of(new PersonId(new UUID(2, n))), ParticipationRole.DELEGATE));
    }
    Activity empty = activityIn(ActivityStatus.PLANNED);
    Activity one = empty.addParticipation(invited(IIA_P, ParticipationRole.HOST));

    Activity full = empty.addParticipations(many);

    assertThat(full.participations()).hasSize(Activity.MAX_PARTICIPATIONS).isEqualTo(many);
    violation(() -> one.addParticipations(many), "participations", Violation.OUT_OF_RANGE);
    assertThat(one.addParticipations(many.subList(1, many.size())).participations())
        .hasSize(Activity.MAX_PARTICIPATIONS)
        .startsWith(invited(IIA_P, ParticipationRole.HOST), many.get(1));
  }
}
