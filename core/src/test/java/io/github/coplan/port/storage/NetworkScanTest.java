package io.github.coplan.port.storage;

import static io.github.coplan.testing.Fixtures.OTHER_PLAN;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.details;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.ConnectionQuery.Side;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Reach;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.network.Tie;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The network questions computed over what a store holds in memory, read through a plain {@link
 * NetworkScan.Held} that answers every narrower question with all it holds.
 */
class NetworkScanTest {

  private static final OrganisationId ORG_A = orgId(1);
  private static final OrganisationId ORG_B = orgId(2);
  private static final OrganisationId ORG_C = orgId(3);
  private static final OrganisationId ORG_D = orgId(4);
  private static final PersonId PERSON_X = personId(1);
  private static final PersonId PERSON_Q = personId(2);
  private static final PersonId PERSON_R = personId(3);
  private static final PersonId PERSON_S = personId(4);
  private static final PersonId PERSON_T = personId(9);

  /** The text forms grow with the number, organisations before people. */
  private static final Participant A = Participant.of(ORG_A);

  private static final Participant B = Participant.of(ORG_B);
  private static final Participant C = Participant.of(ORG_C);
  private static final Participant D = Participant.of(ORG_D);
  private static final Participant X = Participant.of(PERSON_X);
  private static final Participant Q = Participant.of(PERSON_Q);
  private static final Participant R = Participant.of(PERSON_R);
  private static final Participant S = Participant.of(PERSON_S);
  private static final Participant T = Participant.of(PERSON_T);

  private static final ParticipationRole ROLE = ParticipationRole.ATTENDEE;
  private static final RelationshipTypeCode PARTNER = RelationshipType.PARTNER_OF.code();
  private static final RelationshipTypeCode MENTOR = RelationshipType.MENTOR_OF.code();
  private static final Predicate<PlanId> EVERY_PLAN = p -> true;

  private static OrganisationId orgId(long n) {
    return new OrganisationId(new UUID(0x0189_0000_0000_7000L, 0x8000_0000_0000_0100L | n));
  }

  private static PersonId personId(long n) {
    return new PersonId(new UUID(0x0189_0000_0000_7000L, 0x8000_0000_0000_0200L | n));
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  /** What the test store holds; the narrower questions fall back on everything held. */
  private static class Store implements NetworkScan.Held {
    final List<Activity> activities = new ArrayList<>();
    final List<Relationship> relationships = new ArrayList<>();
    final Map<Participant, CountryCode> countries = new HashMap<>();
    final Map<Participant, OrganisationType> types = new HashMap<>();

    /** An activity of a plan and content area on a day, every participant attending. */
    Store met(long n, PlanId plan, int area, String planned, Participant... attendees) {
      Activity a = Activity.propose(activityId(n), plan, details(area, planned, "gặp " + n), null);
      for (Participant p : attendees) {
        a = a.addParticipation(new Participation(p, ROLE, ParticipationStatus.ATTENDED, null));
      }
      activities.add(a);
      return this;
    }

    Store met(long n, String planned, Participant... attendees) {
      return met(n, PLAN, 1, planned, attendees);
    }

    Store add(Activity activity) {
      activities.add(activity);
      return this;
    }

    Store related(
        long n,
        Participant from,
        RelationshipTypeCode type,
        Participant to,
        String start,
        @Nullable String end,
        @Nullable PlanId plan) {
      relationships.add(relationship(n, from, type, to, start, end, plan));
      return this;
    }

    Store profile(Participant p, CountryCode country, @Nullable OrganisationType type) {
      countries.put(p, country);
      if (type != null) {
        types.put(p, type);
      }
      return this;
    }

    @Override
    public Collection<Activity> activities() {
      return activities;
    }

    @Override
    public Collection<Relationship> relationships() {
      return relationships;
    }

    @Override
    public @Nullable CountryCode country(Participant participant) {
      return countries.get(participant);
    }

    @Override
    public @Nullable OrganisationType type(Participant participant) {
      return types.get(participant);
    }
  }

  private static Relationship relationship(
      long n,
      Participant from,
      RelationshipTypeCode type,
      Participant to,
      String start,
      @Nullable String end,
      @Nullable PlanId plan) {
    return Relationship.ForAdapters.restore(
        new RelationshipId(new UUID(0x0189_0000_0000_7000L, 0x8000_0000_0000_0300L | n)),
        type,
        from,
        to,
        PartialDate.parse(start),
        end == null ? null : PartialDate.parse(end),
        null,
        null,
        plan,
        null,
        1);
  }

  private static Meeting meeting(long activity, String day) {
    return new Meeting(activityId(activity), null, PartialDate.parse(day), ROLE, ROLE);
  }

  private static Connection connection(Participant a, Participant b, Meeting... meetings) {
    return new Connection(a, b, List.of(meetings));
  }

  // ---- the order of relationships ---------------------------------------------------------------

  @Test
  void relationshipsComeByTheEarliestDayOfTheStartThenById() {
    Relationship late = relationship(1, X, PARTNER, A, "2019-02", null, null);
    Relationship secondId = relationship(3, X, PARTNER, B, "2019-01-01", null, null);
    Relationship firstId = relationship(2, X, PARTNER, C, "2019", null, null);

    List<Relationship> sorted = new ArrayList<>(List.of(late, secondId, firstId));
    sorted.sort(NetworkScan.RELATIONSHIP_ORDER);

    assertThat(sorted).containsExactly(firstId, secondId, late);
  }

  // ---- connections of a participant ------------------------------------------------------------

  private static Store acquaintances() {
    return new Store()
        .met(3, "2019-04-01", X, C)
        .met(1, "2019-03-01", X, B)
        .met(2, "2019-03-01", A, X)
        .met(4, "2019-02-01", C, X)
        .met(5, "2019-05-02", X, Q)
        .met(6, "2019-05", X, R)
        .met(7, OTHER_PLAN, 1, "2019-01-01", X, S)
        .met(8, "2019-01-01", A, B);
  }

  @Test
  void connectionsComeByFirstMeetingThenByTheOtherSideWithEveryMeetingUpToTheDay() {
    NetworkScan scan = new NetworkScan(acquaintances(), PLAN::equals);

    assertThat(scan.connectionsOf(X, day("2019-05-01")))
        .containsExactly(
            connection(X, C, meeting(4, "2019-02-01"), meeting(3, "2019-04-01")),
            connection(X, A, meeting(2, "2019-03-01")),
            connection(X, B, meeting(1, "2019-03-01")),
            connection(X, R, meeting(6, "2019-05")));
  }

  @Test
  void aMeetingCountsFromItsEarliestDayAndOnlyInAVisiblePlan() {
    Store store = acquaintances();

    assertThat(new NetworkScan(store, EVERY_PLAN).connectionsOf(X, day("2019-05-02")))
        .extracting(Connection::second)
        .containsExactly(S, C, A, B, R, Q);
    assertThat(new NetworkScan(store, EVERY_PLAN).connectionsOf(X, day("2019-04-30")))
        .extracting(Connection::second)
        .containsExactly(S, C, A, B);
    assertThat(new NetworkScan(store, PLAN::equals).connectionsOf(X, day("2019-01-31"))).isEmpty();
    assertThat(new NetworkScan(store, p -> false).connectionsOf(X, day("2019-12-31"))).isEmpty();
  }

  // ---- gone cold -------------------------------------------------------------------------------

  private static Store coolingOff() {
    return new Store()
        .met(1, "2019-02-01", X, A)
        .met(2, "2019-Q1", X, A)
        .met(3, "2019-03-30", X, C)
        .met(4, "2019-03-30", X, B)
        .met(5, "2019-04-01", X, Q)
        .met(6, "2019-05-01", X, R)
        .met(7, "2019-01-15", X, R);
  }

  @Test
  void aConnectionIsColdWhenTheLatestDayOfItsMeetingsIsBeforeTheCutoffTheColdestFirst() {
    NetworkScan scan = new NetworkScan(coolingOff(), EVERY_PLAN);

    assertThat(scan.goneCold(X, day("2019-04-15"), day("2019-04-01")))
        .containsExactly(
            connection(X, R, meeting(7, "2019-01-15")),
            connection(X, B, meeting(4, "2019-03-30")),
            connection(X, C, meeting(3, "2019-03-30")),
            connection(X, A, meeting(2, "2019-Q1"), meeting(1, "2019-02-01")));
  }

  @Test
  void aMeetingWhoseLatestDayIsTheCutoffKeepsTheConnectionWarm() {
    NetworkScan scan = new NetworkScan(coolingOff(), EVERY_PLAN);

    assertThat(scan.goneCold(X, day("2019-04-15"), day("2019-03-31")))
        .extracting(Connection::second)
        .containsExactly(R, B, C);
    assertThat(scan.goneCold(X, day("2019-04-15"), day("2019-01-15"))).isEmpty();
    assertThat(scan.goneCold(X, day("2019-05-01"), day("2019-04-02")))
        .extracting(Connection::second)
        .containsExactly(B, C, A, Q);
  }

  // ---- the network -----------------------------------------------------------------------------

  private static Tie tie(
      Participant from,
      Participant to,
      int meetings,
      @Nullable String first,
      @Nullable String last,
      RelationshipTypeCode... types) {
    return new Tie(
        from,
        to,
        meetings,
        first == null ? null : PartialDate.parse(first),
        last == null ? null : PartialDate.parse(last),
        List.of(types));
  }

  @Test
  void theFirstCircleHoldsThoseMetAndThoseInARelationshipActiveOnTheDay() {
    Store store =
        new Store()
            .met(1, "2019-02-01", X, A)
            .met(2, "2019-01-10", X, A)
            .met(3, "2019-03-02", X, Q)
            .related(1, X, PARTNER, B, "2018", null, null)
            .related(2, X, MENTOR, B, "2018", null, null)
            .related(3, X, PARTNER, B, "2017", null, null)
            .related(4, C, MENTOR, X, "2019-03-01", null, null)
            .related(5, X, PARTNER, R, "2017", "2019-02-28", null)
            .related(6, X, PARTNER, S, "2019-03-02", null, null)
            .related(7, X, PARTNER, T, "2017", null, OTHER_PLAN)
            .related(8, D, PARTNER, X, "2017", "2019-03", PLAN)
            .related(9, A, PARTNER, B, "2017", null, null);
    NetworkScan scan = new NetworkScan(store, PLAN::equals);

    assertThat(scan.network(X, 1, day("2019-03-01"), 10))
        .isEqualTo(
            new Network(
                X,
                day("2019-03-01"),
                1,
                List.of(
                    new Reach(A, List.of(tie(X, A, 2, "2019-01-10", "2019-02-01"))),
                    new Reach(B, List.of(tie(X, B, 0, null, null, MENTOR, PARTNER))),
                    new Reach(C, List.of(tie(X, C, 0, null, null, MENTOR))),
                    new Reach(D, List.of(tie(X, D, 0, null, null, PARTNER)))),
                true));
    assertThat(new NetworkScan(store, EVERY_PLAN).network(X, 1, day("2019-03-01"), 10).reached())
        .extracting(Reach::participant)
        .containsExactly(A, B, C, D, T);
  }

  /** The root meets A once and B twice; both meet T, and each meets the root's other contact. */
  @Test
  void theSecondCirclePassesThroughTheIntermediaryWithTheMostMeetings() {
    Store store =
        new Store()
            .met(1, "2019-01-01", X, A)
            .met(2, "2019-01-02", X, B)
            .met(3, "2019-01-03", X, B)
            .met(4, "2019-01-04", A, T)
            .met(5, "2019-01-05", B, T)
            .met(6, "2019-01-06", B, T)
            .met(7, "2019-01-07", A, B)
            .met(8, "2019-01-08", A, Q);
    NetworkScan scan = new NetworkScan(store, EVERY_PLAN);
    Tie xa = tie(X, A, 1, "2019-01-01", "2019-01-01");
    Tie xb = tie(X, B, 2, "2019-01-02", "2019-01-03");

    assertThat(scan.network(X, 2, day("2019-12-31"), 10))
        .isEqualTo(
            new Network(
                X,
                day("2019-12-31"),
                2,
                List.of(
                    new Reach(A, List.of(xa)),
                    new Reach(B, List.of(xb)),
                    new Reach(Q, List.of(xa, tie(A, Q, 1, "2019-01-08", "2019-01-08"))),
                    new Reach(T, List.of(xb, tie(B, T, 2, "2019-01-05", "2019-01-06")))),
                true));
    assertThat(scan.network(X, 1, day("2019-12-31"), 10))
        .isEqualTo(
            new Network(
                X,
                day("2019-12-31"),
                1,
                List.of(new Reach(A, List.of(xa)), new Reach(B, List.of(xb))),
                true));
  }

  @Test
  void withAsManyMeetingsTheIntermediaryWithMoreRelationshipsIsStronger() {
    Store store =
        new Store()
            .met(1, "2019-01-01", X, A)
            .met(2, "2019-01-02", X, B)
            .met(4, "2019-01-04", A, T)
            .met(5, "2019-01-05", B, T)
            .related(1, B, PARTNER, X, "2018", null, null);
    NetworkScan scan = new NetworkScan(store, EVERY_PLAN);

    assertThat(scan.network(X, 2, day("2019-12-31"), 10).reached())
        .containsExactly(
            new Reach(A, List.of(tie(X, A, 1, "2019-01-01", "2019-01-01"))),
            new Reach(B, List.of(tie(X, B, 1, "2019-01-02", "2019-01-02", PARTNER))),
            new Reach(
                T,
                List.of(
                    tie(X, B, 1, "2019-01-02", "2019-01-02", PARTNER),
                    tie(B, T, 1, "2019-01-05", "2019-01-05"))));
  }

  @Test
  void withAsMuchEvidenceTheIntermediaryOfTheLeastTextFormIsStronger() {
    for (List<Integer> order : List.of(List.of(1, 2), List.of(2, 1))) {
      Store store = new Store();
      for (int n : order) {
        Participant via = n == 1 ? A : B;
        store.met(n, "2019-01-0" + n, X, via).met(10 + n, "2019-02-0" + n, via, T);
      }
      NetworkScan scan = new NetworkScan(store, EVERY_PLAN);

      assertThat(scan.network(X, 2, day("2019-12-31"), 10).reached())
          .filteredOn(r -> r.participant().equals(T))
          .extracting(Reach::via)
          .containsExactly(List.of(A));
    }
  }

  @Test
  void theLimitCutsTheListAndMarksItIncomplete() {
    Store store = new Store().met(1, "2019-01-01", X, A, B).met(2, "2019-01-02", A, T);
    NetworkScan scan = new NetworkScan(store, EVERY_PLAN);

    Network all = scan.network(X, 2, day("2019-12-31"), 3);
    Network cut = scan.network(X, 2, day("2019-12-31"), 2);

    assertThat(all.complete()).isTrue();
    assertThat(all.reached()).extracting(Reach::participant).containsExactly(A, B, T);
    assertThat(cut.complete()).isFalse();
    assertThat(cut.reached()).extracting(Reach::participant).containsExactly(A, B);
    assertThat(scan.network(X, 2, day("2019-01-01"), 3).reached())
        .extracting(Reach::participant)
        .containsExactly(A, B);
  }

  // ---- connections made by a plan --------------------------------------------------------------

  /** A: a Vietnamese company; B: an Israeli ministry; X: an Israeli; Q: a Vietnamese; C unknown. */
  private static Store madeIn2019() {
    return new Store()
        .profile(A, CountryCode.VN, OrganisationType.PRIVATE_SECTOR)
        .profile(B, CountryCode.IL, OrganisationType.GOVERNMENT)
        .profile(X, CountryCode.IL, null)
        .profile(Q, CountryCode.VN, null)
        .met(10, PLAN, 1, "2019-07-01", A, B)
        .met(1, PLAN, 1, "2019-01-15", A, X)
        .met(2, PLAN, 1, "2019-01-14", A, Q)
        .met(3, PLAN, 1, "2019-02-01", A, Q)
        .met(4, PLAN, 5, "2019-06-15", X, B)
        .met(5, PLAN, 1, "2019-06-16", B, Q)
        .met(6, PLAN, 1, "2019-01", C, Q)
        .met(7, PLAN, 1, "2019-06", X, C)
        .met(8, OTHER_PLAN, 1, "2019-01-20", A, X)
        .met(9, PLAN, 1, "2019-03-01", B, A);
  }

  private static ConnectionQuery period() {
    return ConnectionQuery.of(PLAN, day("2019-01-15"), day("2019-06-15"));
  }

  @Test
  void aConnectionIsMadeWhenItsFirstMeetingInThePlanFallsInThePeriod() {
    NetworkScan scan = new NetworkScan(madeIn2019(), EVERY_PLAN);

    assertThat(scan.connectionsMade(period()))
        .containsExactly(
            connection(A, X, meeting(1, "2019-01-15")),
            connection(A, B, meeting(9, "2019-03-01"), meeting(10, "2019-07-01")),
            connection(C, X, meeting(7, "2019-06")),
            connection(B, X, meeting(4, "2019-06-15")));
  }

  @Test
  void aContentAreaLimitsTheMeetings() {
    NetworkScan scan = new NetworkScan(madeIn2019(), EVERY_PLAN);

    assertThat(scan.connectionsMade(period().inArea(5)))
        .containsExactly(connection(B, X, meeting(4, "2019-06-15")));
    assertThat(scan.connectionsMade(period().inArea(1)))
        .extracting(Connection::first, Connection::second)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(A, X),
            org.assertj.core.groups.Tuple.tuple(A, B),
            org.assertj.core.groups.Tuple.tuple(C, X));
  }

  @Test
  void aViewerWhoMayNotSeeThePlanGetsNone() {
    assertThat(new NetworkScan(madeIn2019(), OTHER_PLAN::equals).connectionsMade(period()))
        .isEmpty();
    assertThat(new NetworkScan(madeIn2019(), PLAN::equals).connectionsMade(period())).hasSize(4);
  }

  @Test
  void eachSideMeetsItsCriteriaTheSideThatMeetsTheFirstListedFirst() {
    NetworkScan scan = new NetworkScan(madeIn2019(), EVERY_PLAN);

    assertThat(
            scan.connectionsMade(
                period()
                    .first(Side.organisations(CountryCode.VN, OrganisationType.PRIVATE_SECTOR))
                    .second(Side.from(CountryCode.IL))))
        .containsExactly(
            connection(A, X, meeting(1, "2019-01-15")),
            connection(A, B, meeting(9, "2019-03-01"), meeting(10, "2019-07-01")));
    assertThat(scan.connectionsMade(period().first(new Side(ParticipantKind.PERSON, null, null))))
        .containsExactly(
            connection(X, A, meeting(1, "2019-01-15")),
            connection(X, C, meeting(7, "2019-06")),
            connection(X, B, meeting(4, "2019-06-15")));
  }

  @Test
  void aCountryOrTypeDoesNotHoldForAParticipantNotHeld() {
    NetworkScan scan = new NetworkScan(madeIn2019(), EVERY_PLAN);

    assertThat(scan.connectionsMade(period().first(Side.from(CountryCode.IL))))
        .containsExactly(
            connection(X, A, meeting(1, "2019-01-15")),
            connection(B, A, meeting(9, "2019-03-01"), meeting(10, "2019-07-01")),
            connection(X, C, meeting(7, "2019-06")),
            connection(B, X, meeting(4, "2019-06-15")));
    assertThat(
            scan.connectionsMade(period().first(new Side(null, null, OrganisationType.GOVERNMENT))))
        .containsExactly(
            connection(B, A, meeting(9, "2019-03-01"), meeting(10, "2019-07-01")),
            connection(B, X, meeting(4, "2019-06-15")));
  }

  @Test
  void theLimitKeepsTheFirstConnections() {
    NetworkScan scan = new NetworkScan(madeIn2019(), EVERY_PLAN);

    assertThat(scan.connectionsMade(period().limit(2)))
        .extracting(Connection::second)
        .containsExactly(X, B);
    assertThat(scan.connectionsMade(period().limit(4))).hasSize(4);
  }

  // ---- the most connected ----------------------------------------------------------------------

  /** A store that is never asked for the activities of no plan. */
  private static Store strict() {
    return new Store() {
      @Override
      public Collection<Activity> activitiesOf(PlanId plan) {
        Objects.requireNonNull(plan, "plan");
        return activities();
      }
    };
  }

  /** A organisation hosts a stop; R attends the activity and the stop: they meet twice. */
  private static Activity visitWithAStop() {
    StopId stop = new StopId(new UUID(0x5709, 1));
    return Activity.propose(activityId(20), PLAN, details(1, "2019-03-01/2019-03-05", "thăm"), null)
        .addParticipation(
            new Participation(C, ParticipationRole.HOST, ParticipationStatus.ATTENDED, null))
        .addParticipation(
            new Participation(
                R, ParticipationRole.HEAD_OF_DELEGATION, ParticipationStatus.ATTENDED, null))
        .addStop(
            Stop.planned(
                stop,
                Place.of("Tel Aviv", CountryCode.IL, ZoneId.of("Asia/Jerusalem")),
                ORG_C,
                "thăm",
                StopTime.parse("2019-03-02"),
                List.of(PERSON_R)))
        .plan(null)
        .schedule(null)
        .start(PartialDate.parse("2019-03-01"))
        .completeStop(stop, null, null, null);
  }

  private static Store crowd() {
    Store store = strict();
    return store
        .met(1, "2019-01-01", A, B, X)
        .met(2, "2019-02-01", A, B)
        .met(3, OTHER_PLAN, 1, "2019-02-01", X, Q)
        .met(4, "2019-12-31", A, Q)
        .met(5, "2018-12-31", B, Q)
        .met(6, "2020-01-01", B, Q)
        .add(visitWithAStop());
  }

  @Test
  void theMostConnectedMetTheMostOthersThenHadTheMostMeetings() {
    NetworkScan scan = new NetworkScan(crowd(), EVERY_PLAN);

    assertThat(scan.mostConnected(null, day("2019-01-01"), day("2019-12-31"), 10))
        .containsExactly(
            new Degree(A, 3, 4),
            new Degree(X, 3, 3),
            new Degree(B, 2, 3),
            new Degree(Q, 2, 2),
            new Degree(C, 1, 2),
            new Degree(R, 1, 2));
    assertThat(scan.mostConnected(null, day("2019-01-01"), day("2019-12-31"), 2))
        .containsExactly(new Degree(A, 3, 4), new Degree(X, 3, 3));
  }

  @Test
  void onlyMeetingsOfThePlanAndThePeriodCount() {
    NetworkScan scan = new NetworkScan(crowd(), EVERY_PLAN);

    assertThat(scan.mostConnected(PLAN, day("2019-01-01"), day("2019-12-31"), 10))
        .containsExactly(
            new Degree(A, 3, 4),
            new Degree(B, 2, 3),
            new Degree(X, 2, 2),
            new Degree(C, 1, 2),
            new Degree(R, 1, 2),
            new Degree(Q, 1, 1));
    assertThat(scan.mostConnected(PLAN, day("2019-01-02"), day("2019-12-30"), 10))
        .containsExactly(
            new Degree(C, 1, 2), new Degree(R, 1, 2), new Degree(A, 1, 1), new Degree(B, 1, 1));
    assertThat(scan.mostConnected(OTHER_PLAN, day("2019-01-01"), day("2019-12-31"), 10))
        .containsExactly(new Degree(X, 1, 1), new Degree(Q, 1, 1));
  }

  @Test
  void onlyMeetingsInVisiblePlansCount() {
    NetworkScan scan = new NetworkScan(crowd(), OTHER_PLAN::equals);

    assertThat(scan.mostConnected(null, day("2019-01-01"), day("2019-12-31"), 10))
        .containsExactly(new Degree(X, 1, 1), new Degree(Q, 1, 1));
    assertThat(scan.mostConnected(PLAN, day("2019-01-01"), day("2019-12-31"), 10)).isEmpty();
  }
}
