package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeItinerary;
import io.github.coplan.application.ChangeParticipation;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.TourReport;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The itinerary of a study tour on a store: its stops, each at a place with a time zone, a host, a
 * purpose, a time and the members expected, round trip exactly and come back in order by absolute
 * time; each rule of {@link Activity#addStop} refuses a change with its code and leaves the store
 * as it was; stops are completed and cancelled once the tour is under way; a member who withdraws
 * leaves the planned stops; every change is recorded in the history under its command's name and
 * the itinerary as of an instant is rebuilt from it; the tour report writes the itinerary in local
 * and absolute time across a change of daylight-saving time.
 *
 * <p>Everything is done through the use cases of a {@link Coplan} over {@link #createStorage()}, on
 * a clock the tests move and with ids from {@link #nextId()}, and read back through a second Coplan
 * over the same store.
 */
public abstract class ItineraryContract extends StorageContract {

  private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Place JERUSALEM = Place.of("Jerusalem", CountryCode.IL, ISRAEL);
  private static final Place CAMPUS = JERUSALEM.at("Edmond J. Safra Campus");
  private static final Place TEL_AVIV = Place.of("Tel Aviv", CountryCode.IL, ISRAEL);
  private static final Place SAIGON = Place.of("Thành phố Hồ Chí Minh", CountryCode.VN, VIETNAM);

  /** The planned span of the November tour. */
  private static final String NOVEMBER = "2018-11-11/2018-11-17";

  /** The planned span of the October tour, which ends on the day Israel's clocks go back. */
  private static final String OCTOBER = "2018-10-21/2018-10-28";

  private final MovingClock clock = new MovingClock();
  private Coplan tours;
  private UseCases system;
  private PlanId plan;

  private OrganisationId dost;
  private OrganisationId iia;
  private OrganisationId embassy;
  private OrganisationId hebrewUniversity;
  private OrganisationId telAvivUniversity;
  private OrganisationId sihub;

  private PersonId dung;
  private PersonId lan;
  private PersonId minh;
  private PersonId ha;
  private PersonId doron;
  private PersonId hung;
  private PersonId avi;

  /** For subclasses. */
  protected ItineraryContract() {}

  /** A clock a test moves; read by the threads of one Coplan, so its instant is volatile. */
  private static final class MovingClock extends Clock {
    private volatile Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * The plan with one content area, the organisations that host the stops (and the embassy, which
   * takes part in no tour), and the people of the delegation, all through the use cases.
   */
  @BeforeEach
  protected void registerThePlanAndTheDelegation() {
    clock.now = NOW;
    tours = Coplan.builder().storage(storage()).clock(clock).idSource(this::nextId).build();
    system = tours.actingAs(ACTOR);
    dost = organisation(dostHcmcProfile());
    iia = organisation(israelInnovationAuthorityProfile());
    embassy = organisation(embassyOfIsraelProfile());
    hebrewUniversity =
        organisation(
            organisationProfile(
                "Hebrew University of Jerusalem", OrganisationType.ACADEMIC, CountryCode.IL));
    telAvivUniversity =
        organisation(
            organisationProfile("Tel Aviv University", OrganisationType.ACADEMIC, CountryCode.IL));
    sihub =
        organisation(
            organisationProfile(
                "Saigon Innovation Hub", OrganisationType.OTHER_PUBLIC_SECTOR, CountryCode.VN));
    dung =
        person(
            "Nguyễn Việt Dũng",
            CountryCode.VN,
            new Affiliation(dost, "Phó Giám đốc", LocalDate.of(2017, 1, 1), null));
    lan = person("Trần Thị Lan", CountryCode.VN);
    minh = person("Lê Văn Minh", CountryCode.VN);
    ha = person("Nguyễn Thu Hà", CountryCode.VN);
    doron =
        person(
            "Doron Lebovich",
            CountryCode.IL,
            new Affiliation(embassy, "Deputy Ambassador", LocalDate.of(2017, 1, 1), null));
    hung = person("Phạm Quốc Hùng", CountryCode.VN);
    avi = person("Avi Cohen", CountryCode.IL);
    plan =
        system
            .plans()
            .draft(
                new DraftPlan(
                        PlanCode.of("HCMC-IL-TOURS"),
                        viEnHe(PLAN_TITLE_VI, PLAN_TITLE_EN, PLAN_TITLE_HE))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    system
        .plans()
        .addContentArea(new AddContentArea(plan, new ContentArea(1, contentAreaTitle(1))));
  }

  private OrganisationId organisation(OrganisationProfile profile) {
    return system.organisations().register(new RegisterOrganisation(profile)).id();
  }

  private PersonId person(String name, CountryCode country, Affiliation... affiliations) {
    return system
        .people()
        .register(new RegisterPerson(PersonProfile.of(name, country), List.of(affiliations)))
        .id();
  }

  // ---- fixtures ------------------------------------------------------------------------------

  /** A proposed study tour, without participants. */
  private ActivityId propose(String planned) {
    return system
        .activities()
        .propose(
            new ProposeActivity(
                plan,
                details(
                    1,
                    ActivityType.STUDY_TOUR,
                    viEn(
                        "Đoàn khảo sát hệ sinh thái khởi nghiệp tại Israel",
                        "Study tour of Israel's start-up ecosystem"),
                    planned)))
        .id();
  }

  /**
   * A proposed study tour with its participants: three hosts (one of them still invited), the
   * organiser, a head of delegation, two delegates, an interpreter and a liaison (confirmed), a
   * delegate still invited, and a person who only attends.
   */
  private ActivityId tour(String planned) {
    ActivityId id = propose(planned);
    join(id, Participant.of(sihub), ParticipationRole.ORGANISER, ParticipationStatus.CONFIRMED);
    join(id, Participant.of(iia), ParticipationRole.HOST, ParticipationStatus.CONFIRMED);
    join(id, Participant.of(hebrewUniversity), ParticipationRole.HOST, ParticipationStatus.INVITED);
    join(
        id,
        Participant.of(telAvivUniversity),
        ParticipationRole.HOST,
        ParticipationStatus.CONFIRMED);
    join(
        id,
        Participant.of(dung),
        ParticipationRole.HEAD_OF_DELEGATION,
        ParticipationStatus.CONFIRMED);
    join(id, Participant.of(lan), ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED);
    join(id, Participant.of(minh), ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED);
    join(id, Participant.of(ha), ParticipationRole.INTERPRETER, ParticipationStatus.CONFIRMED);
    join(id, Participant.of(doron), ParticipationRole.LIAISON, ParticipationStatus.CONFIRMED);
    join(id, Participant.of(hung), ParticipationRole.DELEGATE, ParticipationStatus.INVITED);
    join(id, Participant.of(avi), ParticipationRole.ATTENDEE, ParticipationStatus.CONFIRMED);
    return id;
  }

  private Activity join(
      ActivityId id, Participant who, ParticipationRole role, ParticipationStatus status) {
    return system.activities().addParticipant(new AddParticipant(id, who, role, status));
  }

  /** Plans, schedules and starts a tour on a day. */
  private Activity start(ActivityId id, String day) {
    system.activities().changeStatus(ChangeActivityStatus.plan(id));
    system.activities().changeStatus(ChangeActivityStatus.schedule(id));
    return system.activities().changeStatus(ChangeActivityStatus.start(id, PartialDate.parse(day)));
  }

  /** Adds a stop through the use cases and returns it as the returned activity holds it. */
  private Stop add(
      ActivityId id,
      Place place,
      OrganisationId host,
      String purpose,
      StopTime time,
      PersonId... attendees) {
    Set<StopId> before = stopIds(current(id));
    Activity after =
        system
            .activities()
            .changeItinerary(
                ChangeItinerary.add(id, place, host, purpose, time, List.of(attendees)));
    List<Stop> added = after.itinerary().stream().filter(s -> !before.contains(s.id())).toList();
    assertThat(added).as("the stops the command added").hasSize(1);
    return added.get(0);
  }

  private static Set<StopId> stopIds(Activity a) {
    Set<StopId> ids = new HashSet<>();
    a.itinerary().forEach(s -> ids.add(s.id()));
    return ids;
  }

  /** The activity as the use cases of this test read it. */
  private Activity current(ActivityId id) {
    return system.activities().get(id);
  }

  /** The activity as a second Coplan over the same store reads it. */
  private Activity reread(ActivityId id) {
    return Coplan.builder()
        .storage(storage())
        .clock(clock)
        .idSource(this::nextId)
        .build()
        .actingAs(Actor.system("reader"))
        .activities()
        .get(id);
  }

  private static StopTime.Times between(String start, String end) {
    return StopTime.between(LocalDateTime.parse(start), LocalDateTime.parse(end));
  }

  private static StopTime.Dates on(String day) {
    return StopTime.on(PartialDate.parse(day));
  }

  private static List<StopId> idsOfStops(Activity a) {
    return a.itinerary().stream().map(Stop::id).toList();
  }

  /**
   * Runs a change that a rule must refuse: the error names the rule, and the store, the activity's
   * version and its itinerary stay as they were.
   */
  private RuleViolationException refused(ActivityId id, RuleCode rule, ThrowingCallable call) {
    Activity before = current(id);
    RuleViolationException e = assertRuleRefused(rule, call);
    Activity after = reread(id);
    assertThat(after.version())
        .as("the version after the refused change")
        .isEqualTo(before.version());
    assertThat(after.itinerary())
        .as("the itinerary after the refused change")
        .isEqualTo(before.itinerary());
    return e;
  }

  private Activity change(ChangeItinerary command) {
    return system.activities().changeItinerary(command);
  }

  // ---- the round trip ------------------------------------------------------------------------

  /**
   * A study tour with its hosts, head of delegation, delegates, interpreter and liaison, and three
   * stops (two timed ones in Jerusalem, one of them at a venue, and a day in Tel Aviv), reads back
   * exactly through a second Coplan: stops in order of absolute start, with their ids, places,
   * times and attendees in the order given; each change adds one to the version.
   */
  @Test
  protected void aStudyTourWithItsItineraryReadsBackExactly() {
    ActivityId id = tour(NOVEMBER);
    long v = current(id).version();

    Stop telAvivDay =
        add(
            id,
            TEL_AVIV,
            telAvivUniversity,
            "Start-up ecosystem day",
            on("2018-11-14"),
            dung,
            lan,
            minh,
            ha,
            doron);
    assertThat(current(id).version()).isEqualTo(v + 1);
    Stop briefing =
        add(
            id,
            JERUSALEM,
            iia,
            "Briefing on Israel's innovation policy",
            between("2018-11-12T09:00", "2018-11-12T11:00"),
            dung,
            lan,
            ha,
            doron);
    assertThat(current(id).version()).isEqualTo(v + 2);
    Stop transfer =
        add(
            id,
            CAMPUS,
            hebrewUniversity,
            "Technology transfer at Yissum",
            between("2018-11-12T14:00", "2018-11-12T17:30"),
            lan,
            dung,
            minh,
            ha);
    Activity returned = current(id);
    assertThat(returned.version()).isEqualTo(v + 3);

    Activity read = reread(id);
    assertThat(read).isEqualTo(returned);
    assertThat(stored(id)).isEqualTo(returned);
    assertThat(read.details().type()).isEqualTo(ActivityType.STUDY_TOUR);
    assertThat(read.details().planned()).hasToString(NOVEMBER);
    assertThat(read.itinerary())
        .containsExactly(
            Stop.planned(
                briefing.id(),
                Place.of("Jerusalem", CountryCode.IL, ISRAEL),
                iia,
                "Briefing on Israel's innovation policy",
                StopTime.between(
                    LocalDateTime.of(2018, 11, 12, 9, 0), LocalDateTime.of(2018, 11, 12, 11, 0)),
                List.of(dung, lan, ha, doron)),
            Stop.planned(
                transfer.id(),
                new Place("Jerusalem", CountryCode.IL, ISRAEL, "Edmond J. Safra Campus"),
                hebrewUniversity,
                "Technology transfer at Yissum",
                StopTime.between(
                    LocalDateTime.of(2018, 11, 12, 14, 0), LocalDateTime.of(2018, 11, 12, 17, 30)),
                List.of(lan, dung, minh, ha)),
            Stop.planned(
                telAvivDay.id(),
                Place.of("Tel Aviv", CountryCode.IL, ISRAEL),
                telAvivUniversity,
                "Start-up ecosystem day",
                StopTime.on(DateSpan.parse("2018-11-14")),
                List.of(dung, lan, minh, ha, doron)));
    assertThat(read.itinerary())
        .extracting(Stop::earliestStart)
        .containsExactly(
            Instant.parse("2018-11-12T07:00:00Z"),
            Instant.parse("2018-11-12T12:00:00Z"),
            Instant.parse("2018-11-13T22:00:00Z"));
    assertThat(read.itinerary()).extracting(Stop::status).containsOnly(StopStatus.PLANNED);
    assertThat(read.itinerary().get(1).place().venue()).isEqualTo("Edmond J. Safra Campus");
    assertThat(read.itinerary().get(0).place().venue()).isNull();
    assertThat(read.participations())
        .containsExactly(
            new Participation(
                Participant.of(sihub),
                ParticipationRole.ORGANISER,
                ParticipationStatus.CONFIRMED,
                null),
            new Participation(
                Participant.of(iia), ParticipationRole.HOST, ParticipationStatus.CONFIRMED, null),
            new Participation(
                Participant.of(hebrewUniversity),
                ParticipationRole.HOST,
                ParticipationStatus.INVITED,
                null),
            new Participation(
                Participant.of(telAvivUniversity),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED,
                null),
            new Participation(
                Participant.of(dung),
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationStatus.CONFIRMED,
                new AffiliationSnapshot(dost, "Phó Giám đốc")),
            new Participation(
                Participant.of(lan),
                ParticipationRole.DELEGATE,
                ParticipationStatus.CONFIRMED,
                null),
            new Participation(
                Participant.of(minh),
                ParticipationRole.DELEGATE,
                ParticipationStatus.CONFIRMED,
                null),
            new Participation(
                Participant.of(ha),
                ParticipationRole.INTERPRETER,
                ParticipationStatus.CONFIRMED,
                null),
            new Participation(
                Participant.of(doron),
                ParticipationRole.LIAISON,
                ParticipationStatus.CONFIRMED,
                new AffiliationSnapshot(embassy, "Deputy Ambassador")),
            new Participation(
                Participant.of(hung),
                ParticipationRole.DELEGATE,
                ParticipationStatus.INVITED,
                null),
            new Participation(
                Participant.of(avi),
                ParticipationRole.ATTENDEE,
                ParticipationStatus.CONFIRMED,
                null));
  }

  /**
   * A stop added with an id the caller chose keeps it; a revision keeps the id and the version
   * grows.
   */
  @Test
  protected void aStopKeepsTheIdItWasAddedWithThroughARevision() {
    ActivityId id = tour(NOVEMBER);
    StopId chosen = new StopId(nextId());
    Activity added =
        change(
            ChangeItinerary.add(
                    id,
                    JERUSALEM,
                    iia,
                    "Briefing",
                    between("2018-11-12T09:00", "2018-11-12T11:00"),
                    List.of(dung))
                .withId(chosen));

    Activity revised =
        change(
            ChangeItinerary.revise(
                    id,
                    chosen,
                    CAMPUS,
                    hebrewUniversity,
                    "Briefing at the university",
                    between("2018-11-13T10:00", "2018-11-13T12:00"),
                    List.of(ha, dung))
                .expecting(added.version()));

    assertThat(revised.version()).isEqualTo(added.version() + 1);
    assertThat(reread(id).itinerary())
        .containsExactly(
            Stop.planned(
                chosen,
                CAMPUS,
                hebrewUniversity,
                "Briefing at the university",
                between("2018-11-13T10:00", "2018-11-13T12:00"),
                List.of(ha, dung)));
  }

  // ---- order ---------------------------------------------------------------------------------

  /**
   * Stops added out of time order come back in order of absolute start, and a revision of a stop's
   * time moves it to its new place.
   */
  @Test
  protected void stopsComeBackInTimeOrderWhateverTheOrderTheyWereAddedIn() {
    ActivityId id = tour(NOVEMBER);
    Stop friday = add(id, TEL_AVIV, telAvivUniversity, "Friday", on("2018-11-16"), lan);
    Stop monday =
        add(id, JERUSALEM, iia, "Monday", between("2018-11-12T09:00", "2018-11-12T10:00"), lan);
    Stop wednesday = add(id, CAMPUS, hebrewUniversity, "Wednesday", on("2018-11-14"), lan);
    Stop sunday =
        add(id, JERUSALEM, iia, "Sunday", between("2018-11-11T15:00", "2018-11-11T16:00"), lan);

    assertThat(idsOfStops(reread(id)))
        .containsExactly(sunday.id(), monday.id(), wednesday.id(), friday.id());

    change(
        ChangeItinerary.revise(
            id,
            sunday.id(),
            JERUSALEM,
            iia,
            "Sunday, moved to Thursday",
            between("2018-11-15T15:00", "2018-11-15T16:00"),
            List.of(lan)));

    assertThat(idsOfStops(reread(id)))
        .containsExactly(monday.id(), wednesday.id(), sunday.id(), friday.id());
  }

  /**
   * Two stops known only by day, on the same day, keep the order they were added in, whichever
   * place comes first; a timed stop that day comes after both.
   */
  @Test
  protected void dayStopsOnTheSameDayKeepTheOrderTheyWereAddedIn() {
    ActivityId id = tour(NOVEMBER);
    Stop telAviv = add(id, TEL_AVIV, telAvivUniversity, "Tel Aviv first", on("2018-11-14"), dung);
    Stop jerusalem = add(id, JERUSALEM, iia, "Jerusalem second", on("2018-11-14"), dung);
    Stop evening =
        add(
            id,
            CAMPUS,
            hebrewUniversity,
            "Evening",
            between("2018-11-14T19:00", "2018-11-14T21:00"),
            dung);
    Stop campus = add(id, CAMPUS, hebrewUniversity, "Campus third", on("2018-11-14"), dung);

    assertThat(idsOfStops(reread(id)))
        .containsExactly(telAviv.id(), jerusalem.id(), campus.id(), evening.id());
  }

  /** A stop that starts exactly when the one before it ends is accepted. */
  @Test
  protected void aStopMayStartWhenThePreviousOneEnds() {
    ActivityId id = tour(NOVEMBER);
    Stop first =
        add(id, JERUSALEM, iia, "First", between("2018-11-12T09:00", "2018-11-12T11:00"), ha);
    Stop second =
        add(
            id,
            CAMPUS,
            hebrewUniversity,
            "Second",
            between("2018-11-12T11:00", "2018-11-12T12:30"),
            ha);

    assertThat(idsOfStops(reread(id))).containsExactly(first.id(), second.id());
    assertThat(first.latestEnd()).isEqualTo(second.earliestStart());
  }

  // ---- the rules -----------------------------------------------------------------------------

  /**
   * Stops overlap by absolute time, not by their local clocks: a stop in Jerusalem from 18:30 to
   * 20:00 on 26 October 2018 (15:30Z to 17:00Z) looks clear of one in Ho Chi Minh City from 20:00
   * to 23:00 (13:00Z to 16:00Z) and is refused as {@code stop.overlap}; from 19:00 (16:00Z) it is
   * accepted. An overlap in one zone, and a revision into an overlap, are refused too.
   */
  @Test
  protected void overlapsAreRefusedByAbsoluteTimeAcrossZones() {
    ActivityId id = tour(OCTOBER);
    Stop farewell =
        add(
            id,
            SAIGON,
            sihub,
            "Farewell dinner before the flight",
            between("2018-10-26T20:00", "2018-10-26T23:00"),
            dung,
            lan);
    StopId refusedId = new StopId(nextId());

    RuleViolationException e =
        refused(
            id,
            RuleCode.STOP_OVERLAP,
            () ->
                change(
                    ChangeItinerary.add(
                            id,
                            JERUSALEM,
                            iia,
                            "Welcome",
                            between("2018-10-26T18:30", "2018-10-26T20:00"),
                            List.of(doron))
                        .withId(refusedId)));
    assertThat(e.getMessage())
        .isEqualTo(
            "stop.overlap: stop 2 ("
                + refusedId
                + ") at 2018-10-26T18:30/2018-10-26T20:00 Asia/Jerusalem overlaps stop 1 at"
                + " 2018-10-26T20:00/2018-10-26T23:00 Asia/Ho_Chi_Minh");

    Stop welcome =
        add(id, JERUSALEM, iia, "Welcome", between("2018-10-26T19:00", "2018-10-26T20:00"), doron);
    assertThat(welcome.earliestStart()).isEqualTo(Instant.parse("2018-10-26T16:00:00Z"));
    assertThat(farewell.latestEnd()).isEqualTo(Instant.parse("2018-10-26T16:00:00Z"));
    assertThat(idsOfStops(reread(id))).containsExactly(farewell.id(), welcome.id());

    Stop morning =
        add(id, JERUSALEM, iia, "Morning", between("2018-10-25T10:00", "2018-10-25T12:00"), ha);
    refused(
        id,
        RuleCode.STOP_OVERLAP,
        () ->
            change(
                ChangeItinerary.add(
                    id,
                    CAMPUS,
                    hebrewUniversity,
                    "Too early",
                    between("2018-10-25T11:59", "2018-10-25T13:00"),
                    List.of(ha))));
    refused(
        id,
        RuleCode.STOP_OVERLAP,
        () ->
            change(
                ChangeItinerary.revise(
                    id,
                    morning.id(),
                    JERUSALEM,
                    iia,
                    "Morning, later",
                    between("2018-10-26T18:00", "2018-10-26T19:30"),
                    List.of(ha))));
    assertThat(idsOfStops(reread(id))).containsExactly(morning.id(), farewell.id(), welcome.id());
  }

  /**
   * A stop on a day outside the tour's planned dates is refused as {@code stop.outside-activity};
   * one that ends at the midnight after the last day lies within; a revision of the tour's dates
   * that would leave a stop outside is refused too.
   */
  @Test
  protected void aStopOutsideTheTourIsRefused() {
    ActivityId id = tour(NOVEMBER);

    refused(
        id,
        RuleCode.STOP_OUTSIDE_ACTIVITY,
        () ->
            change(
                ChangeItinerary.add(
                    id, TEL_AVIV, telAvivUniversity, "Day after", on("2018-11-18"), List.of())));
    refused(
        id,
        RuleCode.STOP_OUTSIDE_ACTIVITY,
        () ->
            change(
                ChangeItinerary.add(
                    id,
                    JERUSALEM,
                    iia,
                    "Day before",
                    between("2018-11-10T10:00", "2018-11-10T12:00"),
                    List.of())));
    refused(
        id,
        RuleCode.STOP_OUTSIDE_ACTIVITY,
        () ->
            change(
                ChangeItinerary.add(
                    id,
                    JERUSALEM,
                    iia,
                    "Past midnight",
                    between("2018-11-17T23:00", "2018-11-18T01:00"),
                    List.of())));
    Stop lastNight =
        add(
            id,
            JERUSALEM,
            iia,
            "Until midnight",
            between("2018-11-17T20:00", "2018-11-18T00:00"),
            dung);
    assertThat(idsOfStops(reread(id))).containsExactly(lastNight.id());

    refused(
        id,
        RuleCode.STOP_OUTSIDE_ACTIVITY,
        () ->
            system
                .activities()
                .revise(
                    new ReviseActivity(
                        id,
                        details(
                            1,
                            ActivityType.STUDY_TOUR,
                            viEn(
                                "Đoàn khảo sát hệ sinh thái khởi nghiệp tại Israel",
                                "Study tour of Israel's start-up ecosystem"),
                            "2018-11-11/2018-11-16"))));
  }

  /**
   * A stop whose host takes no part in the tour is refused as {@code stop.host-not-participant}; a
   * host that is only invited may host; a host with a planned stop cannot withdraw.
   */
  @Test
  protected void aHostThatTakesNoPartIsRefused() {
    ActivityId id = tour(NOVEMBER);

    refused(
        id,
        RuleCode.STOP_HOST_NOT_PARTICIPANT,
        () ->
            change(
                ChangeItinerary.add(
                    id, TEL_AVIV, embassy, "Embassy reception", on("2018-11-15"), List.of(dung))));
    Stop invitedHost = add(id, CAMPUS, hebrewUniversity, "Campus tour", on("2018-11-13"), dung);
    assertThat(idsOfStops(reread(id))).containsExactly(invitedHost.id());

    refused(
        id,
        RuleCode.STOP_HOST_NOT_PARTICIPANT,
        () ->
            system
                .activities()
                .changeParticipation(
                    new ChangeParticipation(
                        id,
                        Participant.of(hebrewUniversity),
                        ParticipationRole.HOST,
                        ParticipationStatus.WITHDRAWN)));
    assertThat(
            reread(id)
                .participation(Participant.of(hebrewUniversity), ParticipationRole.HOST)
                .orElseThrow()
                .status())
        .isEqualTo(ParticipationStatus.INVITED);
  }

  /**
   * An attendee who is not a confirmed member of the delegation is refused as {@code
   * stop.attendee-not-member}: a delegate still invited, a person who takes part only as an
   * attendee, a person who takes no part; the head, the delegates, the interpreter and the liaison
   * may attend.
   */
  @Test
  protected void anAttendeeWhoIsNotAConfirmedMemberIsRefused() {
    ActivityId id = tour(NOVEMBER);
    PersonId outsider = person("Người ngoài đoàn", CountryCode.VN);

    for (PersonId who : List.of(hung, avi, outsider)) {
      refused(
          id,
          RuleCode.STOP_ATTENDEE_NOT_MEMBER,
          () ->
              change(
                  ChangeItinerary.add(
                      id, JERUSALEM, iia, "Briefing", on("2018-11-12"), List.of(dung, who))));
    }
    Stop everyone =
        add(id, JERUSALEM, iia, "Briefing", on("2018-11-12"), dung, lan, minh, ha, doron);
    refused(
        id,
        RuleCode.STOP_ATTENDEE_NOT_MEMBER,
        () ->
            change(
                ChangeItinerary.revise(
                    id,
                    everyone.id(),
                    JERUSALEM,
                    iia,
                    "Briefing",
                    on("2018-11-12"),
                    List.of(dung, hung))));

    system
        .activities()
        .changeParticipation(
            new ChangeParticipation(
                id,
                Participant.of(hung),
                ParticipationRole.DELEGATE,
                ParticipationStatus.CONFIRMED));
    Activity revised =
        change(
            ChangeItinerary.revise(
                id,
                everyone.id(),
                JERUSALEM,
                iia,
                "Briefing",
                on("2018-11-12"),
                List.of(dung, hung)));
    assertThat(revised.itinerary().get(0).attendees()).containsExactly(dung, hung);
    assertThat(reread(id)).isEqualTo(revised);
  }

  /**
   * Revising, completing, cancelling or removing a stop the tour does not have is {@code
   * stop.unknown}.
   */
  @Test
  protected void aStopTheTourDoesNotHaveIsUnknown() {
    ActivityId id = tour(NOVEMBER);
    add(id, JERUSALEM, iia, "Briefing", on("2018-11-12"), dung);
    StopId never = new StopId(nextId());

    RuleViolationException e =
        refused(
            id,
            RuleCode.STOP_UNKNOWN,
            () ->
                change(
                    ChangeItinerary.revise(
                        id, never, JERUSALEM, iia, "Briefing", on("2018-11-13"), List.of())));
    assertThat(e.getMessage()).isEqualTo("stop.unknown: activity " + id + " has no stop " + never);
    refused(
        id, RuleCode.STOP_UNKNOWN, () -> change(ChangeItinerary.cancel(id, never, "Called off")));
    refused(id, RuleCode.STOP_UNKNOWN, () -> change(ChangeItinerary.remove(id, never)));
    start(id, "2018-11-11");
    refused(id, RuleCode.STOP_UNKNOWN, () -> change(ChangeItinerary.complete(id, never)));
  }

  /**
   * Only a planned stop changes: completing a completed stop, removing a completed stop, revising
   * or cancelling a cancelled one are {@code stop.illegal-transition}.
   */
  @Test
  protected void aStopThatIsNoLongerPlannedDoesNotChangeAgain() {
    ActivityId id = tour(NOVEMBER);
    Stop visited = add(id, JERUSALEM, iia, "Briefing", on("2018-11-12"), dung);
    Stop calledOff = add(id, TEL_AVIV, telAvivUniversity, "Campus", on("2018-11-14"), dung);
    start(id, "2018-11-11");
    change(ChangeItinerary.complete(id, visited.id()));
    change(ChangeItinerary.cancel(id, calledOff.id(), "The university is closed"));

    refused(
        id,
        RuleCode.STOP_ILLEGAL_TRANSITION,
        () -> change(ChangeItinerary.complete(id, visited.id())));
    RuleViolationException e =
        refused(
            id,
            RuleCode.STOP_ILLEGAL_TRANSITION,
            () -> change(ChangeItinerary.remove(id, visited.id())));
    assertThat(e.getMessage())
        .isEqualTo(
            "stop.illegal-transition: stop "
                + visited.id()
                + " is completed: a record of what happened is not removed");
    refused(
        id,
        RuleCode.STOP_ILLEGAL_TRANSITION,
        () ->
            change(
                ChangeItinerary.revise(
                    id,
                    calledOff.id(),
                    TEL_AVIV,
                    telAvivUniversity,
                    "Campus, again",
                    on("2018-11-15"),
                    List.of(dung))));
    refused(
        id,
        RuleCode.STOP_ILLEGAL_TRANSITION,
        () -> change(ChangeItinerary.cancel(id, calledOff.id(), "Twice")));

    Activity removed = change(ChangeItinerary.remove(id, calledOff.id()));
    assertThat(idsOfStops(removed)).containsExactly(visited.id());
    assertThat(reread(id)).isEqualTo(removed);
  }

  /**
   * A stop is completed only once the tour is under way: before it starts, completing is {@code
   * stop.activity-not-under-way}.
   */
  @Test
  protected void aStopIsNotCompletedBeforeTheTourStarts() {
    ActivityId id = tour(NOVEMBER);
    Stop briefing = add(id, JERUSALEM, iia, "Briefing", on("2018-11-12"), dung);

    refused(
        id,
        RuleCode.STOP_ACTIVITY_NOT_UNDER_WAY,
        () -> change(ChangeItinerary.complete(id, briefing.id())));
    system.activities().changeStatus(ChangeActivityStatus.plan(id));
    system.activities().changeStatus(ChangeActivityStatus.schedule(id));
    refused(
        id,
        RuleCode.STOP_ACTIVITY_NOT_UNDER_WAY,
        () -> change(ChangeItinerary.complete(id, briefing.id())));

    assertThat(reread(id).itinerary()).containsExactly(briefing);
  }

  /**
   * A completed or cancelled tour takes no new stop ({@code activity.closed}); a planned stop of a
   * completed tour may still be recorded as completed.
   */
  @Test
  protected void aClosedTourTakesNoNewStop() {
    ActivityId id = tour(NOVEMBER);
    Stop late = add(id, JERUSALEM, iia, "Briefing", on("2018-11-12"), dung);
    start(id, "2018-11-11");
    system
        .activities()
        .changeStatus(ChangeActivityStatus.complete(id, PartialDate.parse("2018-11-17")));

    refused(
        id,
        RuleCode.ACTIVITY_CLOSED,
        () ->
            change(
                ChangeItinerary.add(
                    id, TEL_AVIV, telAvivUniversity, "Campus", on("2018-11-14"), List.of(dung))));
    Activity recorded = change(ChangeItinerary.complete(id, late.id()));
    assertThat(recorded.itinerary().get(0).status()).isEqualTo(StopStatus.COMPLETED);
    assertThat(reread(id)).isEqualTo(recorded);

    ActivityId cancelled = tour(NOVEMBER);
    system.activities().changeStatus(ChangeActivityStatus.cancel(cancelled, "No visas"));
    refused(
        cancelled,
        RuleCode.ACTIVITY_CLOSED,
        () ->
            change(
                ChangeItinerary.add(
                    cancelled, JERUSALEM, iia, "Briefing", on("2018-11-12"), List.of(dung))));
  }

  /**
   * Bad commands are typed invalid input naming every violation, and change nothing: missing parts,
   * an attendee listed twice, a local time in the hour Israel's clocks skip, an end before the
   * start, an actual time in that hour; a stale expected version is a conflict.
   */
  @Test
  // hands null where the API asks for a value, on purpose: the test proves the command refuses it
  @SuppressWarnings("NullAway")
  protected void badCommandsAreTypedInvalidInputAndStaleOnesConflict() {
    ActivityId id = tour(NOVEMBER);
    Stop briefing =
        add(id, JERUSALEM, iia, "Briefing", between("2018-11-12T09:00", "2018-11-12T11:00"), dung);
    long version = current(id).version();

    assertInvalid(
        () -> change(ChangeItinerary.add(null, null, null, null, null, null)),
        "activity:required",
        "place:required",
        "host:required",
        "purpose:required",
        "planned:required",
        "attendees:required");
    assertInvalid(
        () -> change(ChangeItinerary.complete(null, null)), "activity:required", "stop:required");
    assertInvalid(() -> change(ChangeItinerary.cancel(id, briefing.id(), null)), "reason:required");
    assertInvalid(
        () ->
            change(
                ChangeItinerary.add(
                    id, JERUSALEM, iia, "Twice", on("2018-11-13"), List.of(dung, lan, dung))),
        "attendees[2]:duplicate");
    assertInvalid(
        () ->
            change(
                ChangeItinerary.add(
                    id,
                    JERUSALEM,
                    iia,
                    "In the gap",
                    between("2019-03-29T02:30", "2019-03-29T04:00"),
                    List.of(dung))),
        "planned:out-of-range");
    assertInvalid(() -> between("2018-11-13T12:00", "2018-11-13T10:00"), "end:end-before-start");
    start(id, "2018-11-11");
    long started = current(id).version();
    assertInvalid(
        () ->
            change(
                ChangeItinerary.complete(
                    id,
                    briefing.id(),
                    between("2019-03-29T02:30", "2019-03-29T04:00"),
                    null,
                    null)),
        "actual:out-of-range");
    assertInvalid(
        () ->
            change(
                ChangeItinerary.complete(id, briefing.id(), null, List.of(dung, ha, dung), null)),
        "attendees[2]:duplicate");

    ConflictException e =
        assertRefused(
            ConflictException.class,
            () ->
                change(
                    ChangeItinerary.add(
                            id, TEL_AVIV, telAvivUniversity, "Campus", on("2018-11-14"), List.of())
                        .expecting(version)));
    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.id()).contains(id.toString());
    assertThat(e.expectedVersion()).hasValue(version);
    assertThat(started).isGreaterThan(version);
    assertThat(reread(id).version()).isEqualTo(started);
    assertThat(reread(id).itinerary()).containsExactly(briefing);
  }

  // ---- completing and cancelling -------------------------------------------------------------

  /**
   * Once the tour is under way a stop is completed with its actual time, the members who were there
   * and its outcome; another as planned; a third is cancelled with its reason, stays on the
   * itinerary, and no longer counts: a new stop may overlap it.
   */
  @Test
  protected void stopsAreCompletedAsTheyTookPlaceOrCancelledWithAReason() {
    ActivityId id = tour(NOVEMBER);
    Stop briefing =
        add(
            id,
            JERUSALEM,
            iia,
            "Briefing",
            between("2018-11-12T09:00", "2018-11-12T11:00"),
            dung,
            lan,
            ha,
            doron);
    Stop transfer =
        add(
            id,
            CAMPUS,
            hebrewUniversity,
            "Technology transfer",
            between("2018-11-12T14:00", "2018-11-12T17:30"),
            dung,
            minh);
    Stop ecosystem =
        add(id, TEL_AVIV, telAvivUniversity, "Ecosystem day", on("2018-11-14"), dung, lan);
    Activity started = start(id, "2018-11-11");
    assertThat(started.status()).isEqualTo(ActivityStatus.IN_PROGRESS);

    Activity v1 =
        change(
            ChangeItinerary.complete(
                id,
                briefing.id(),
                between("2018-11-12T09:30", "2018-11-12T11:15"),
                List.of(ha, dung),
                "Agreed to exchange two incubator managers in 2019"));
    Activity v2 = change(ChangeItinerary.complete(id, transfer.id()));
    Activity v3 =
        change(ChangeItinerary.cancel(id, ecosystem.id(), "The university closed for a strike"));
    assertThat(List.of(v1.version(), v2.version(), v3.version()))
        .containsExactly(started.version() + 1, started.version() + 2, started.version() + 3);

    Stop briefed =
        new Stop(
            briefing.id(),
            JERUSALEM,
            iia,
            "Briefing",
            between("2018-11-12T09:00", "2018-11-12T11:00"),
            between("2018-11-12T09:30", "2018-11-12T11:15"),
            List.of(ha, dung),
            StopStatus.COMPLETED,
            "Agreed to exchange two incubator managers in 2019");
    Stop transferred =
        new Stop(
            transfer.id(),
            CAMPUS,
            hebrewUniversity,
            "Technology transfer",
            between("2018-11-12T14:00", "2018-11-12T17:30"),
            between("2018-11-12T14:00", "2018-11-12T17:30"),
            List.of(dung, minh),
            StopStatus.COMPLETED,
            null);
    Stop calledOff =
        new Stop(
            ecosystem.id(),
            TEL_AVIV,
            telAvivUniversity,
            "Ecosystem day",
            on("2018-11-14"),
            null,
            List.of(dung, lan),
            StopStatus.CANCELLED,
            "The university closed for a strike");
    assertThat(reread(id).itinerary()).containsExactly(briefed, transferred, calledOff);
    assertThat(reread(id).itinerary().get(0).time())
        .isEqualTo(between("2018-11-12T09:30", "2018-11-12T11:15"));

    Stop instead =
        add(
            id,
            JERUSALEM,
            iia,
            "Meeting instead of the ecosystem day",
            between("2018-11-14T10:00", "2018-11-14T12:00"),
            dung,
            lan);
    Activity read = reread(id);
    assertThat(read.itinerary())
        .containsExactly(
            briefed,
            transferred,
            calledOff,
            Stop.planned(
                instead.id(),
                JERUSALEM,
                iia,
                "Meeting instead of the ecosystem day",
                between("2018-11-14T10:00", "2018-11-14T12:00"),
                List.of(dung, lan)));
    assertThat(read.version()).isEqualTo(started.version() + 4);
  }

  /**
   * A completed stop that ran over into the next planned one is refused as {@code stop.overlap}:
   * its actual time counts.
   */
  @Test
  protected void aStopCompletedAtATimeThatOverlapsTheNextIsRefused() {
    ActivityId id = tour(NOVEMBER);
    Stop briefing =
        add(id, JERUSALEM, iia, "Briefing", between("2018-11-12T09:00", "2018-11-12T11:00"), dung);
    add(
        id,
        CAMPUS,
        hebrewUniversity,
        "Technology transfer",
        between("2018-11-12T14:00", "2018-11-12T17:30"),
        dung);
    start(id, "2018-11-11");

    refused(
        id,
        RuleCode.STOP_OVERLAP,
        () ->
            change(
                ChangeItinerary.complete(
                    id,
                    briefing.id(),
                    between("2018-11-12T09:00", "2018-11-12T14:30"),
                    null,
                    null)));
  }

  // ---- members who withdraw ------------------------------------------------------------------

  /**
   * A member who withdraws leaves the attendees of the planned stops (a cancelled stop keeps its
   * list); a member listed on a completed stop cannot withdraw or be marked absent: the change is
   * refused as {@code stop.attendee-not-member} and changes nothing.
   */
  @Test
  protected void aMemberWhoWithdrawsLeavesThePlannedStopsOnly() {
    ActivityId id = tour(NOVEMBER);
    Stop visited =
        add(
            id,
            JERUSALEM,
            iia,
            "Briefing",
            between("2018-11-12T09:00", "2018-11-12T11:00"),
            dung,
            lan);
    Stop planned =
        add(
            id,
            CAMPUS,
            hebrewUniversity,
            "Technology transfer",
            between("2018-11-13T14:00", "2018-11-13T17:30"),
            minh,
            dung,
            lan);
    Stop calledOff =
        add(id, TEL_AVIV, telAvivUniversity, "Ecosystem day", on("2018-11-14"), dung, minh);
    Stop later = add(id, JERUSALEM, iia, "Follow-up", on("2018-11-16"), lan, minh);
    start(id, "2018-11-11");
    change(ChangeItinerary.complete(id, visited.id()));
    Activity before = change(ChangeItinerary.cancel(id, calledOff.id(), "Strike"));

    Activity withdrawn =
        system
            .activities()
            .changeParticipation(
                new ChangeParticipation(
                    id,
                    Participant.of(minh),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.WITHDRAWN));

    assertThat(withdrawn.version()).isEqualTo(before.version() + 1);
    Activity read = reread(id);
    assertThat(read).isEqualTo(withdrawn);
    assertThat(read.itinerary())
        .extracting(Stop::id)
        .containsExactly(visited.id(), planned.id(), calledOff.id(), later.id());
    assertThat(read.itinerary())
        .extracting(Stop::attendees)
        .containsExactly(List.of(dung, lan), List.of(dung, lan), List.of(dung, minh), List.of(lan));
    assertThat(read.itinerary())
        .extracting(Stop::status)
        .containsExactly(
            StopStatus.COMPLETED, StopStatus.PLANNED, StopStatus.CANCELLED, StopStatus.PLANNED);
    assertThat(read.itinerary().get(1))
        .isEqualTo(
            Stop.planned(
                planned.id(),
                CAMPUS,
                hebrewUniversity,
                "Technology transfer",
                between("2018-11-13T14:00", "2018-11-13T17:30"),
                List.of(dung, lan)));

    for (ParticipationStatus gone :
        List.of(ParticipationStatus.WITHDRAWN, ParticipationStatus.NO_SHOW)) {
      refused(
          id,
          RuleCode.STOP_ATTENDEE_NOT_MEMBER,
          () ->
              system
                  .activities()
                  .changeParticipation(
                      new ChangeParticipation(
                          id, Participant.of(lan), ParticipationRole.DELEGATE, gone)));
    }
    assertThat(
            reread(id)
                .participation(Participant.of(lan), ParticipationRole.DELEGATE)
                .orElseThrow()
                .status())
        .isEqualTo(ParticipationStatus.CONFIRMED);

    Activity attended =
        system
            .activities()
            .changeParticipation(
                new ChangeParticipation(
                    id,
                    Participant.of(lan),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.ATTENDED));
    assertThat(attended.itinerary()).isEqualTo(read.itinerary());
  }

  // ---- history -------------------------------------------------------------------------------

  /**
   * Every change of the itinerary is one record of the history, under its command's name, with the
   * itinerary before and after in its text form and a cancellation's reason; the tour as of each
   * instant is what the command returned then, the itinerary included.
   */
  @Test
  protected void theHistoryRecordsEachChangeAndRebuildsTheItineraryAsOfAnInstant() {
    ActivityId id = tour(NOVEMBER);
    Activity proposed = current(id);
    List<Instant> at = new ArrayList<>();
    List<Activity> then = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      at.add(NOW.plus(Duration.ofDays(i)));
    }

    clock.now = at.get(0);
    StopId briefing = new StopId(nextId());
    then.add(
        change(
            ChangeItinerary.add(
                    id,
                    JERUSALEM,
                    iia,
                    "Briefing",
                    between("2018-11-12T09:00", "2018-11-12T11:00"),
                    List.of(dung, lan))
                .withId(briefing)));
    clock.now = at.get(1);
    StopId campus = new StopId(nextId());
    then.add(
        change(
            ChangeItinerary.add(
                    id, CAMPUS, hebrewUniversity, "Campus", on("2018-11-13"), List.of(dung))
                .withId(campus)));
    clock.now = at.get(2);
    then.add(
        change(
            ChangeItinerary.revise(
                id,
                briefing,
                JERUSALEM,
                iia,
                "Briefing, with the interpreter",
                between("2018-11-12T09:00", "2018-11-12T11:00"),
                List.of(dung, lan, ha))));
    clock.now = at.get(3);
    Activity started = start(id, "2018-11-11");
    then.add(change(ChangeItinerary.complete(id, briefing, null, List.of(dung), "Agreed")));
    clock.now = at.get(4);
    then.add(change(ChangeItinerary.cancel(id, campus, "Closed for a holiday")));
    clock.now = at.get(5);
    then.add(change(ChangeItinerary.remove(id, campus)));

    List<ChangeRecord> records = system.history().of(HistoryQuery.of(AggregateRef.of(id))).items();
    List<ChangeRecord> itineraryRecords =
        records.stream().filter(r -> r.commandName().startsWith("ChangeItinerary.")).toList();
    assertThat(itineraryRecords)
        .extracting(ChangeRecord::commandName)
        .containsExactly(
            "ChangeItinerary.RemoveStop",
            "ChangeItinerary.CancelStop",
            "ChangeItinerary.CompleteStop",
            "ChangeItinerary.ReviseStop",
            "ChangeItinerary.AddStop",
            "ChangeItinerary.AddStop");
    assertThat(itineraryRecords)
        .extracting(ChangeRecord::version)
        .containsExactly(
            then.get(5).version(),
            then.get(4).version(),
            then.get(3).version(),
            then.get(2).version(),
            then.get(1).version(),
            then.get(0).version());
    assertThat(itineraryRecords)
        .extracting(ChangeRecord::at)
        .containsExactly(at.get(5), at.get(4), at.get(3), at.get(2), at.get(1), at.get(0));
    assertThat(itineraryRecords)
        .extracting(ChangeRecord::reason)
        .containsExactly(null, "Closed for a holiday", null, null, null, null);
    assertThat(itineraryRecords.get(5).changes())
        .containsExactly(
            new FieldChange("itinerary", null, Snapshots.itinerary(then.get(0).itinerary())));
    for (int i = 1; i < 6; i++) {
      assertThat(itineraryRecords.get(5 - i).changes())
          .as("the changes of %s", itineraryRecords.get(5 - i).commandName())
          .containsExactly(
              new FieldChange(
                  "itinerary",
                  Snapshots.itinerary((i == 3 ? started : then.get(i - 1)).itinerary()),
                  Snapshots.itinerary(then.get(i).itinerary())));
    }
    assertThat(Snapshots.itinerary(Snapshots.itinerary(then.get(4).itinerary())))
        .isEqualTo(then.get(4).itinerary());

    assertThat(system.activities().asOf(id, NOW)).isEqualTo(proposed);
    for (int i = 0; i < 6; i++) {
      Activity asOf = system.activities().asOf(id, at.get(i).plusSeconds(3_600));
      assertThat(asOf).as("the tour as of %s", at.get(i)).isEqualTo(then.get(i));
      assertThat(asOf.itinerary()).isEqualTo(then.get(i).itinerary());
    }
    assertThat(system.activities().asOf(id, at.get(3).minusNanos(1)).itinerary())
        .isEqualTo(then.get(2).itinerary());
    assertThat(then.get(5).itinerary()).extracting(Stop::id).containsExactly(briefing);
  }

  /**
   * Removing the only stop records the itinerary as gone (no text after), and the tour as of that
   * instant has an empty itinerary again, as of the instant before it the stop.
   */
  @Test
  protected void removingTheOnlyStopLeavesAnEmptyItineraryInTheHistory() {
    ActivityId id = tour(NOVEMBER);
    Instant added = NOW.plus(Duration.ofHours(1));
    Instant removed = NOW.plus(Duration.ofHours(2));
    clock.now = added;
    Stop only = add(id, JERUSALEM, iia, "Briefing", on("2018-11-12"), dung);
    Activity withStop = current(id);
    clock.now = removed;

    Activity without = change(ChangeItinerary.remove(id, only.id()));

    assertThat(without.itinerary()).isEmpty();
    assertThat(reread(id)).isEqualTo(without);
    ChangeRecord record = system.history().of(HistoryQuery.of(AggregateRef.of(id))).items().get(0);
    assertThat(record.commandName()).isEqualTo("ChangeItinerary.RemoveStop");
    assertThat(record.version()).isEqualTo(withStop.version() + 1);
    assertThat(record.changes())
        .containsExactly(new FieldChange("itinerary", Snapshots.itinerary(List.of(only)), null));
    assertThat(system.activities().asOf(id, removed)).isEqualTo(without);
    assertThat(system.activities().asOf(id, removed.minusNanos(1))).isEqualTo(withStop);
    assertThat(system.activities().asOf(id, added.minusNanos(1)).itinerary()).isEmpty();
  }

  // ---- the tour report -----------------------------------------------------------------------

  /** The two stops of the small tour the report tests write, on both sides of the clock change. */
  private record ReportTour(ActivityId id, StopId saturday, StopId sunday) {}

  /**
   * A proposed tour of 27 and 28 October 2018 with two hosts, a head of delegation and a liaison
   * (confirmed, each with the affiliation of their record), a person who only attends, and a stop
   * from 10:00 to 12:00 in Jerusalem on each day.
   */
  private ReportTour reportTour() {
    ActivityId id =
        system
            .activities()
            .propose(
                new ProposeActivity(
                    plan,
                    details(
                        1,
                        ActivityType.STUDY_TOUR,
                        viEn("Đoàn công tác tại Israel", "Delegation to Israel"),
                        "2018-10-27/2018-10-28")))
            .id();
    join(id, Participant.of(iia), ParticipationRole.HOST, ParticipationStatus.CONFIRMED);
    join(
        id,
        Participant.of(hebrewUniversity),
        ParticipationRole.HOST,
        ParticipationStatus.CONFIRMED);
    join(
        id,
        Participant.of(dung),
        ParticipationRole.HEAD_OF_DELEGATION,
        ParticipationStatus.CONFIRMED);
    join(id, Participant.of(doron), ParticipationRole.LIAISON, ParticipationStatus.CONFIRMED);
    join(id, Participant.of(avi), ParticipationRole.ATTENDEE, ParticipationStatus.CONFIRMED);
    Stop saturday =
        add(
            id,
            JERUSALEM,
            iia,
            "Innovation policy",
            between("2018-10-27T10:00", "2018-10-27T12:00"),
            dung,
            doron);
    Stop sunday =
        add(
            id,
            CAMPUS,
            hebrewUniversity,
            "Technology transfer",
            between("2018-10-28T10:00", "2018-10-28T12:00"),
            dung);
    return new ReportTour(id, saturday.id(), sunday.id());
  }

  /**
   * The tour report of two stops across the night Israel's clocks went back (28 October 2018, 02:00
   * IDT, UTC+3, to 01:00 IST, UTC+2) writes each stop in local time with that day's offset and in
   * absolute time, exactly as {@link TourReport#text()} documents it, every name in its original
   * language; the members are the delegation's, the attendee left out.
   */
  @Test
  protected void theTourReportWritesEachStopInLocalAndAbsoluteTimeAcrossTheClockChange() {
    ActivityId id = reportTour().id();

    TourReport report = system.reports().tour(id);

    assertThat(report.days())
        .extracting(TourReport.Day::day)
        .containsExactly(PartialDate.parse("2018-10-27"), PartialDate.parse("2018-10-28"));
    assertThat(report.members()).extracting(TourReport.Member::person).containsExactly(dung, doron);
    assertThat(report.days().get(0).stops().get(0).localTime())
        .isEqualTo("10:00–12:00 Asia/Jerusalem (UTC+03:00)");
    assertThat(report.days().get(1).stops().get(0).localTime())
        .isEqualTo("10:00–12:00 Asia/Jerusalem (UTC+02:00)");
    assertThat(report.text())
        .isEqualTo(
            """
            Đoàn công tác tại Israel — STUDY_TOUR PROPOSED, planned 2018-10-27/2018-10-28
            Members:
              Nguyễn Việt Dũng — HEAD_OF_DELEGATION CONFIRMED, Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh
              Doron Lebovich — LIAISON CONFIRMED, שגרירות ישראל בווייטנאם
            Itinerary:
              2018-10-27
                1. 10:00–12:00 Asia/Jerusalem (UTC+03:00) = 2018-10-27T07:00Z–2018-10-27T09:00Z
                   Jerusalem, IL — host רשות החדשנות — PLANNED
                   purpose: Innovation policy
                   expected: Nguyễn Việt Dũng, Doron Lebovich with רשות החדשנות
              2018-10-28
                2. 10:00–12:00 Asia/Jerusalem (UTC+02:00) = 2018-10-28T08:00Z–2018-10-28T10:00Z
                   Jerusalem, Edmond J. Safra Campus, IL — host Hebrew University of Jerusalem — PLANNED
                   purpose: Technology transfer
                   expected: Nguyễn Việt Dũng with Hebrew University of Jerusalem
            """);
  }

  /**
   * Once the tour is under way, the report in English says who met the host at a completed stop and
   * what came of it, and why a cancelled stop was called off, in the format {@link
   * TourReport#text()} documents.
   */
  @Test
  protected void theTourReportSaysWhoMetWhomWhatCameOfItAndWhyAStopWasCalledOff() {
    ReportTour tour = reportTour();
    ActivityId id = tour.id();

    start(id, "2018-10-27");
    change(
        ChangeItinerary.complete(
            id, tour.saturday(), null, null, "Two incubator managers to visit HCMC"));
    change(ChangeItinerary.cancel(id, tour.sunday(), "The campus closed for the election"));

    assertThat(system.reports().tour(id, "en").text())
        .isEqualTo(
            """
            Delegation to Israel — STUDY_TOUR IN_PROGRESS, planned 2018-10-27/2018-10-28, took place 2018-10-27/..
            Members:
              Nguyễn Việt Dũng — HEAD_OF_DELEGATION CONFIRMED, Department of Science and Technology of Ho Chi Minh City
              Doron Lebovich — LIAISON CONFIRMED, Embassy of Israel in Viet Nam
            Itinerary:
              2018-10-27
                1. 10:00–12:00 Asia/Jerusalem (UTC+03:00) = 2018-10-27T07:00Z–2018-10-27T09:00Z
                   Jerusalem, IL — host Israel Innovation Authority — COMPLETED
                   purpose: Innovation policy
                   met: Nguyễn Việt Dũng, Doron Lebovich with Israel Innovation Authority
                   outcome: Two incubator managers to visit HCMC
              2018-10-28
                2. 10:00–12:00 Asia/Jerusalem (UTC+02:00) = 2018-10-28T08:00Z–2018-10-28T10:00Z
                   Jerusalem, Edmond J. Safra Campus, IL — host Hebrew University of Jerusalem — CANCELLED
                   purpose: Technology transfer
                   expected: Nguyễn Việt Dũng with Hebrew University of Jerusalem
                   cancelled: The campus closed for the election
            """);
  }

  /**
   * A stop known only by day is written as that day in its zone and, in absolute time, from its
   * local midnight to the next: the last day of Israel's summer time is 25 hours long.
   */
  @Test
  protected void theTourReportWritesADayStopFromMidnightToMidnight() {
    ActivityId id = tour(OCTOBER);
    add(id, TEL_AVIV, telAvivUniversity, "Ecosystem day", on("2018-10-28"), dung);

    TourReport.StopLine line = system.reports().tour(id).days().get(0).stops().get(0);

    assertThat(line.localTime()).isEqualTo("2018-10-28 Asia/Jerusalem");
    assertThat(line.absoluteTime()).isEqualTo("2018-10-27T21:00Z–2018-10-28T22:00Z");
  }

  // ---- access --------------------------------------------------------------------------------

  /**
   * On a restricted plan a viewer may not complete a stop (it needs {@code RECORD_OUTCOMES}) and a
   * reporter may not add one (it needs {@code EDIT_ACTIVITIES}), each refusal changing nothing; a
   * reporter may complete one.
   */
  @Test
  protected void completingAStopNeedsThePermissionToRecordOutcomes() {
    ActivityId id = tour(NOVEMBER);
    Stop briefing = add(id, JERUSALEM, iia, "Briefing", on("2018-11-12"), dung);
    start(id, "2018-11-11");
    PersonId viewer = person("Viewer", CountryCode.VN);
    PersonId reporter = person("Reporter", CountryCode.VN);
    system.plans().grant(new GrantRole(plan, Grant.of(Principal.person(viewer), PlanRole.VIEWER)));
    system
        .plans()
        .grant(new GrantRole(plan, Grant.of(Principal.person(reporter), PlanRole.REPORTER)));
    UseCases asViewer = tours.actingAs(Actor.person(viewer));
    UseCases asReporter = tours.actingAs(Actor.person(reporter));

    AccessDeniedException denied =
        assertRefused(
            AccessDeniedException.class,
            () ->
                asViewer.activities().changeItinerary(ChangeItinerary.complete(id, briefing.id())));
    assertThat(denied.code()).isEqualTo("forbidden");
    assertThat(denied.permission()).isEqualTo("RECORD_OUTCOMES");
    assertThat(denied.actor()).isEqualTo("person:" + viewer);
    AccessDeniedException notAnEditor =
        assertRefused(
            AccessDeniedException.class,
            () ->
                asReporter
                    .activities()
                    .changeItinerary(
                        ChangeItinerary.add(
                            id,
                            TEL_AVIV,
                            telAvivUniversity,
                            "Campus",
                            on("2018-11-14"),
                            List.of())));
    assertThat(notAnEditor.permission()).isEqualTo("EDIT_ACTIVITIES");

    Activity completed =
        asReporter.activities().changeItinerary(ChangeItinerary.complete(id, briefing.id()));
    assertThat(completed.itinerary())
        .extracting(Stop::status)
        .containsExactly(StopStatus.COMPLETED);
    assertThat(system.history().of(HistoryQuery.of(AggregateRef.of(id))).items().get(0).actor())
        .isEqualTo(Actor.person(reporter));
  }
}
