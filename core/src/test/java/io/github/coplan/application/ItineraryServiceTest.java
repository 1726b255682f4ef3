package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ActivityUseCases#changeItinerary} and {@link ReportUseCases#tour} over the fake store: a
 * study tour to Israel from 27 October to 2 November 2018, across the night Israel's clocks went
 * back.
 */
class ItineraryServiceTest {

  private static final ZoneId JERUSALEM_ZONE = ZoneId.of("Asia/Jerusalem");
  private static final Place JERUSALEM = Place.of("Jerusalem", CountryCode.IL, JERUSALEM_ZONE);
  private static final Place TEL_AVIV =
      Place.of("Tel Aviv", CountryCode.IL, JERUSALEM_ZONE).at("Azrieli Center");
  private static final Place LONDON =
      Place.of("London", CountryCode.of("GB"), ZoneId.of("Europe/London"));

  private final FakeStorage storage = new FakeStorage();
  private final Services services =
      Services.create(storage, Clock.systemUTC(), new SequentialIds(), Actor.APPLICATION, true);
  private final ActivityUseCases activities = services.activities();
  private final ReportUseCases reports = services.reports();
  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;
  private Person director;
  private Person interpreter;
  private Person ambassador;
  private CooperationPlan plan;
  private Activity tour;

  @BeforeEach
  void proposeTheTour() {
    dost = organisation(vi("Sở KH&CN TP.HCM"), CountryCode.VN);
    iia =
        organisation(
            LocalizedText.of("he", "רשות החדשנות").with("en", "Israel Innovation Authority"),
            CountryCode.IL);
    embassy = organisation(viEn("Đại sứ quán Israel", "Embassy of Israel"), CountryCode.IL);
    director =
        services
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Nguyễn Văn A", CountryCode.VN),
                    List.of(
                        new Affiliation(
                            dost.id(),
                            "Phó Giám đốc",
                            LocalDate.of(2016, 1, 1),
                            LocalDate.of(2018, 12, 31)))));
    interpreter =
        services
            .people()
            .register(new RegisterPerson(PersonProfile.of("Lê Thị B", CountryCode.VN), List.of()));
    ambassador =
        services
            .people()
            .register(new RegisterPerson(PersonProfile.of("Avi C", CountryCode.IL), List.of()));
    plan =
        services
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    plan =
        services
            .plans()
            .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Chính sách"))));
    tour =
        activities.propose(
            new ProposeActivity(
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(1)
                    .type(ActivityType.STUDY_TOUR)
                    .title(viEn("Đoàn khảo sát Israel", "Study tour to Israel"))
                    .planned(DateSpan.parse("2018-10-27/2018-11-02"))
                    .build()));
    join(Participant.of(director.id()), ParticipationRole.HEAD_OF_DELEGATION);
    join(Participant.of(interpreter.id()), ParticipationRole.INTERPRETER);
    join(Participant.of(ambassador.id()), ParticipationRole.ATTENDEE);
    join(Participant.of(iia.id()), ParticipationRole.HOST);
    tour = join(Participant.of(embassy.id()), ParticipationRole.ORGANISER);
  }

  private Organisation organisation(LocalizedText name, CountryCode country) {
    return services
        .organisations()
        .register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(name)
                    .type(OrganisationType.GOVERNMENT)
                    .country(country)
                    .build()));
  }

  private Activity join(Participant who, ParticipationRole role) {
    return activities.addParticipant(
        new AddParticipant(tour.id(), who, role, ParticipationStatus.CONFIRMED));
  }

  private static StopId stopId(long n) {
    return new StopId(new UUID(0x5709, n));
  }

  private Activity add(long n, Place place, Organisation host, String time, Person... who) {
    return activities.changeItinerary(
        ChangeItinerary.add(
                tour.id(),
                place,
                host.id(),
                "mục đích " + n,
                StopTime.parse(time),
                java.util.Arrays.stream(who).map(Person::id).toList())
            .withId(stopId(n)));
  }

  // ---- changing the itinerary ------------------------------------------------------------------

  @Test
  void aStopAddedWithoutAnIdGetsOneFromTheIdSourceAndIsStored() {
    Activity added =
        activities.changeItinerary(
            ChangeItinerary.add(
                    tour.id(),
                    JERUSALEM,
                    iia.id(),
                    "họp",
                    StopTime.parse("2018-10-29"),
                    List.of(director.id()))
                .expecting(tour.version()));

    assertThat(added.version()).isEqualTo(tour.version() + 1);
    assertThat(added.itinerary()).hasSize(1);
    Stop stop = added.itinerary().get(0);
    // an id of the Coplan's source, in the form SequentialIds gives
    assertThat(stop.id().value().getMostSignificantBits()).isEqualTo(0x0189_0000_0000_7000L);
    assertThat(stop)
        .isEqualTo(
            Stop.planned(
                stop.id(),
                JERUSALEM,
                iia.id(),
                "họp",
                StopTime.parse("2018-10-29"),
                List.of(director.id())));
    assertThat(activities.get(tour.id())).isEqualTo(added);
  }

  @Test
  void aStopAddedWithAnIdKeepsIt() {
    Activity added = add(1, JERUSALEM, iia, "2018-10-29", director);

    assertThat(added.itinerary()).extracting(Stop::id).containsExactly(stopId(1));
    assertThat(activities.get(tour.id()).itinerary())
        .extracting(Stop::id)
        .containsExactly(stopId(1));
  }

  @Test
  void eachChangeOfAStopIsStoredAtTheNextVersion() {
    add(1, JERUSALEM, iia, "2018-10-29", director);
    Activity two = add(2, TEL_AVIV, embassy, "2018-10-30", director, interpreter);

    Activity revised =
        activities.changeItinerary(
            ChangeItinerary.revise(
                    tour.id(),
                    stopId(2),
                    TEL_AVIV,
                    iia.id(),
                    "thăm",
                    StopTime.parse("2018-10-28"),
                    List.of(interpreter.id()))
                .expecting(two.version()));
    assertThat(revised.version()).isEqualTo(two.version() + 1);
    assertThat(revised.itinerary()).extracting(Stop::id).containsExactly(stopId(2), stopId(1));
    assertThat(revised.stop(stopId(2)).orElseThrow().host()).isEqualTo(iia.id());

    activities.changeStatus(ChangeActivityStatus.plan(tour.id()));
    activities.changeStatus(ChangeActivityStatus.schedule(tour.id()));
    activities.changeStatus(ChangeActivityStatus.start(tour.id(), PartialDate.parse("2018-10-27")));
    Activity completed =
        activities.changeItinerary(
            ChangeItinerary.complete(
                tour.id(),
                stopId(1),
                StopTime.parse("2018-10-29T09:00/2018-10-29T11:00"),
                List.of(interpreter.id()),
                "ký MOU"));
    Stop done = completed.stop(stopId(1)).orElseThrow();
    assertThat(done.status()).isEqualTo(StopStatus.COMPLETED);
    assertThat(done.actual()).isEqualTo(StopTime.parse("2018-10-29T09:00/2018-10-29T11:00"));
    assertThat(done.attendees()).containsExactly(interpreter.id());
    assertThat(done.note()).isEqualTo("ký MOU");

    Activity cancelled =
        activities.changeItinerary(
            ChangeItinerary.cancel(tour.id(), stopId(2), "chủ nhà bận")
                .expecting(completed.version()));
    assertThat(cancelled.stop(stopId(2)).map(Stop::status)).contains(StopStatus.CANCELLED);
    assertThat(cancelled.stop(stopId(2)).map(Stop::note)).contains("chủ nhà bận");

    Activity removed =
        activities.changeItinerary(
            ChangeItinerary.remove(tour.id(), stopId(2)).expecting(cancelled.version()));
    assertThat(removed.itinerary()).extracting(Stop::id).containsExactly(stopId(1));
    assertThat(removed.version()).isEqualTo(cancelled.version() + 1);
    assertThat(activities.get(tour.id())).isEqualTo(removed);

    List<ChangeRecord> history =
        services.history().of(HistoryQuery.of(AggregateRef.of(tour.id()))).items();
    assertThat(history)
        .extracting(ChangeRecord::commandName, ChangeRecord::reason)
        .startsWith(
            tuple("ChangeItinerary.RemoveStop", null),
            tuple("ChangeItinerary.CancelStop", "chủ nhà bận"),
            tuple("ChangeItinerary.CompleteStop", null));
  }

  @Test
  void aStopCompletedAsPlannedTakesItsPlannedTimeAndAttendees() {
    add(1, JERUSALEM, iia, "2018-10-29", director, interpreter);
    activities.changeStatus(ChangeActivityStatus.plan(tour.id()));
    activities.changeStatus(ChangeActivityStatus.schedule(tour.id()));
    activities.changeStatus(ChangeActivityStatus.start(tour.id(), PartialDate.parse("2018-10-27")));

    Activity done = activities.changeItinerary(ChangeItinerary.complete(tour.id(), stopId(1)));

    Stop stop = done.stop(stopId(1)).orElseThrow();
    assertThat(stop.actual()).isEqualTo(StopTime.parse("2018-10-29"));
    assertThat(stop.attendees()).containsExactly(director.id(), interpreter.id());
    assertThat(stop.note()).isNull();
  }

  @Test
  void aChangeThatBreaksARuleIsRefusedAndStoresNothing() {
    Activity one = add(1, JERUSALEM, iia, "2018-10-29T09:00/2018-10-29T11:00", director);
    int commits = storage.commits();

    rule(
        () -> add(2, JERUSALEM, iia, "2018-10-29T10:00/2018-10-29T12:00", interpreter),
        RuleCode.STOP_OVERLAP);
    rule(
        () -> add(2, JERUSALEM, dost, "2018-10-30", interpreter),
        RuleCode.STOP_HOST_NOT_PARTICIPANT);
    rule(() -> add(2, JERUSALEM, iia, "2018-10-30", ambassador), RuleCode.STOP_ATTENDEE_NOT_MEMBER);
    rule(() -> add(2, JERUSALEM, iia, "2018-11-03"), RuleCode.STOP_OUTSIDE_ACTIVITY);
    rule(
        () -> activities.changeItinerary(ChangeItinerary.complete(tour.id(), stopId(1))),
        RuleCode.STOP_ACTIVITY_NOT_UNDER_WAY);
    rule(
        () -> activities.changeItinerary(ChangeItinerary.remove(tour.id(), stopId(2))),
        RuleCode.STOP_UNKNOWN);
    assertThat(storage.commits()).isEqualTo(commits);
    assertThat(activities.get(tour.id())).isEqualTo(one);
  }

  @Test
  void aStaleVersionOrAMissingActivityIsRefused() {
    Activity one = add(1, JERUSALEM, iia, "2018-10-29", director);

    ConflictException stale =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                activities.changeItinerary(
                    ChangeItinerary.remove(tour.id(), stopId(1)).expecting(one.version() - 1)));
    assertThat(stale.isStaleVersion()).isTrue();
    assertThat(activities.get(tour.id())).isEqualTo(one);
    ActivityId missing = new ActivityId(SequentialIds.nth(999));
    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class,
            () -> activities.changeItinerary(ChangeItinerary.remove(missing, stopId(1))));
    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.id()).isEqualTo(missing.toString());
    violation(() -> activities.changeItinerary(null), "command", Violation.REQUIRED);
  }

  // ---- the report ------------------------------------------------------------------------------

  /**
   * Under way: a welcome dinner across the night the clocks went back, a cancelled day, a completed
   * meeting, a planned visit at a venue and a planned stopover in London without attendees.
   */
  private Activity tourUnderWay() {
    add(1, JERUSALEM, embassy, "2018-10-27T22:00/2018-10-28T03:00", director, interpreter);
    add(2, JERUSALEM, iia, "2018-10-29", director);
    add(3, JERUSALEM, iia, "2018-10-29T09:00/2018-10-29T11:00", director);
    add(4, TEL_AVIV, iia, "2018-10-30", interpreter);
    add(5, LONDON, iia, "2018-11-01T08:00/2018-11-01T10:00");
    activities.changeItinerary(ChangeItinerary.cancel(tour.id(), stopId(2), "chủ nhà bận"));
    activities.changeStatus(ChangeActivityStatus.plan(tour.id()));
    activities.changeStatus(ChangeActivityStatus.schedule(tour.id()));
    activities.changeStatus(ChangeActivityStatus.start(tour.id(), PartialDate.parse("2018-10-27")));
    return activities.changeItinerary(
        ChangeItinerary.complete(tour.id(), stopId(3), null, null, "ký MOU"));
  }

  @Test
  void theReportWritesTheTourDayByDayInLocalAndAbsoluteTime() {
    Activity underWay = tourUnderWay();

    TourReport report = reports.tour(tour.id());

    assertThat(report.activity()).isEqualTo(underWay);
    assertThat(report.language()).isNull();
    assertThat(report.title()).isEqualTo("Đoàn khảo sát Israel");
    assertThat(report.text())
        .isEqualTo(
            """
            Đoàn khảo sát Israel — STUDY_TOUR IN_PROGRESS, planned 2018-10-27/2018-11-02, \
            took place 2018-10-27/..
            Members:
              Nguyễn Văn A — HEAD_OF_DELEGATION CONFIRMED, Sở KH&CN TP.HCM
              Lê Thị B — INTERPRETER CONFIRMED
            Itinerary:
              2018-10-27
                1. 2018-10-27T22:00–2018-10-28T03:00 Asia/Jerusalem (UTC+03:00 → UTC+02:00) \
            = 2018-10-27T19:00Z–2018-10-28T01:00Z
                   Jerusalem, IL — host Đại sứ quán Israel — PLANNED
                   purpose: mục đích 1
                   expected: Nguyễn Văn A, Lê Thị B with Đại sứ quán Israel
              2018-10-29
                2. 2018-10-29 Asia/Jerusalem = 2018-10-28T22:00Z–2018-10-29T22:00Z
                   Jerusalem, IL — host רשות החדשנות — CANCELLED
                   purpose: mục đích 2
                   expected: Nguyễn Văn A with רשות החדשנות
                   cancelled: chủ nhà bận
                3. 09:00–11:00 Asia/Jerusalem (UTC+02:00) = 2018-10-29T07:00Z–2018-10-29T09:00Z
                   Jerusalem, IL — host רשות החדשנות — COMPLETED
                   purpose: mục đích 3
                   met: Nguyễn Văn A with רשות החדשנות
                   outcome: ký MOU
              2018-10-30
                4. 2018-10-30 Asia/Jerusalem = 2018-10-29T22:00Z–2018-10-30T22:00Z
                   Tel Aviv, Azrieli Center, IL — host רשות החדשנות — PLANNED
                   purpose: mục đích 4
                   expected: Lê Thị B with רשות החדשנות
              2018-11-01
                5. 08:00–10:00 Europe/London (UTC) = 2018-11-01T08:00Z–2018-11-01T10:00Z
                   London, GB — host רשות החדשנות — PLANNED
                   purpose: mục đích 5
            """);
    assertThat(report.members())
        .extracting(TourReport.Member::person, TourReport.Member::affiliation)
        .containsExactly(tuple(director.id(), "Sở KH&CN TP.HCM"), tuple(interpreter.id(), null));
    assertThat(report.days())
        .extracting(d -> d.day().toString(), d -> d.stops().size())
        .containsExactly(
            tuple("2018-10-27", 1),
            tuple("2018-10-29", 2),
            tuple("2018-10-30", 1),
            tuple("2018-11-01", 1));
    assertThat(report.days().get(1).stops())
        .extracting(TourReport.StopLine::number, TourReport.StopLine::host)
        .containsExactly(tuple(2, "רשות החדשנות"), tuple(3, "רשות החדשנות"));
  }

  @Test
  void aReportInALanguageNamesWhatHasThatLanguageInIt() {
    tourUnderWay();
    activities.changeStatus(
        ChangeActivityStatus.complete(tour.id(), PartialDate.parse("2018-11-02")));

    TourReport report = reports.tour(tour.id(), "EN");

    assertThat(report.language()).isEqualTo("en");
    assertThat(report.title()).isEqualTo("Study tour to Israel");
    assertThat(report.text())
        .startsWith(
            "Study tour to Israel — STUDY_TOUR COMPLETED, planned 2018-10-27/2018-11-02, took"
                + " place 2018-10-27/2018-11-02\n"
                + "Members:\n"
                + "  Nguyễn Văn A — HEAD_OF_DELEGATION CONFIRMED, Sở KH&CN TP.HCM\n")
        .contains("— host Embassy of Israel — PLANNED\n")
        .contains("met: Nguyễn Văn A with Israel Innovation Authority\n");
  }

  @Test
  void aTourWithoutStopsHasAnEmptyItinerary() {
    TourReport report = reports.tour(tour.id(), "vi");

    assertThat(report.days()).isEmpty();
    assertThat(report.text())
        .isEqualTo(
            "Đoàn khảo sát Israel — STUDY_TOUR PROPOSED, planned 2018-10-27/2018-11-02\n"
                + "Members:\n"
                + "  Nguyễn Văn A — HEAD_OF_DELEGATION CONFIRMED, Sở KH&CN TP.HCM\n"
                + "  Lê Thị B — INTERPRETER CONFIRMED\n"
                + "Itinerary:\n");
  }

  @Test
  void aBadRequestForAReportIsRefusedBeforeTheActivityIsLookedFor() {
    violation(() -> reports.tour(null), "activity", Violation.REQUIRED);
    violations(
        () -> reports.tour(null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("language", Violation.REQUIRED));
    ActivityId missing = new ActivityId(SequentialIds.nth(999));
    violation(() -> reports.tour(missing, "english!"), "language", Violation.MALFORMED);
    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> reports.tour(missing));
    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.id()).isEqualTo(missing.toString());
    assertThat(
            catchThrowableOfType(NotFoundException.class, () -> reports.tour(missing, "en")).kind())
        .isEqualTo("activity");
  }

  @Test
  void aTourThePersonMayNotSeeIsNotFound() {
    ReportUseCases asDirector =
        Services.create(
                storage, Clock.systemUTC(), new SequentialIds(), Actor.person(director.id()), true)
            .reports();

    NotFoundException hidden =
        catchThrowableOfType(NotFoundException.class, () -> asDirector.tour(tour.id()));
    assertThat(hidden.kind()).isEqualTo("activity");
    assertThat(hidden.id()).isEqualTo(tour.id().toString());

    services
        .plans()
        .grant(
            new GrantRole(plan.id(), Grant.of(Principal.person(director.id()), PlanRole.VIEWER)));
    assertThat(asDirector.tour(tour.id()).activity().id()).isEqualTo(tour.id());
  }
}
