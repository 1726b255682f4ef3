package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Encounter;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Meetings;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Reach;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.network.Tie;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The network's questions answered in SQL agree with the definition in Java: a random store of
 * activities in two plans (one open, one restricted), with repeated and unattended participations,
 * completed, planned and cancelled stops and relationships, is asked every question on several days
 * and for several participants, with and without a viewer, and each answer is compared with the one
 * computed from {@link Meetings#of} over the same activities.
 */
abstract class NetworkSqlCheck {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalizedText TITLE = LocalizedText.of("en", "A meeting");
  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2018, 12, 31),
          LocalDate.of(2019, 3, 15),
          LocalDate.of(2019, 7, 1),
          LocalDate.of(2020, 12, 31));

  private JdbiStorage storage;
  private final List<Participant> everyone = new ArrayList<>();
  private final List<Activity> activities = new ArrayList<>();
  private final List<Relationship> relationships = new ArrayList<>();
  private PlanId open;
  private PlanId restricted;
  private Viewer viewer;

  abstract JdbiStorage createStorage();

  @BeforeEach
  void fill() {
    storage = createStorage();
    Random random = new Random(20190301);
    List<OrganisationId> orgs = new ArrayList<>();
    List<PersonId> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      OrganisationId o = new OrganisationId(new UUID(random.nextLong(), random.nextLong()));
      orgs.add(o);
      everyone.add(Participant.of(o));
    }
    for (int i = 0; i < 12; i++) {
      PersonId p = new PersonId(new UUID(random.nextLong(), random.nextLong()));
      people.add(p);
      everyone.add(Participant.of(p));
    }
    open = draft("NET-OPEN");
    restricted = draft("NET-RESTRICTED");
    viewer = new Viewer(people.get(0), LocalDate.of(2020, 1, 1));
    String[] planned = {"2019-01", "2019-02-03/2019-02-05", "2019", "2019-03-15", "2019-Q3"};
    String[] actual = {"2019-03-14", "2019-06", "2019-07-01"};
    for (int i = 0; i < 20; i++) {
      List<Participation> participations = new ArrayList<>();
      int n = 2 + random.nextInt(7);
      for (int j = 0; j < n; j++) {
        Participant who = everyone.get(random.nextInt(everyone.size()));
        ParticipationStatus status =
            random.nextInt(10) < 7
                ? ParticipationStatus.ATTENDED
                : ParticipationStatus.values()[random.nextInt(3)];
        participations.add(
            new Participation(
                who,
                ParticipationRole.values()[random.nextInt(ParticipationRole.values().length)],
                status,
                null));
      }
      List<Stop> stops = new ArrayList<>();
      int s = random.nextInt(3);
      for (int k = 0; k < s; k++) {
        List<PersonId> attendees = new ArrayList<>();
        for (PersonId p : people) {
          if (random.nextInt(3) == 0) {
            attendees.add(p);
          }
        }
        StopTime time =
            StopTime.on(PartialDate.parse("2019-0" + (1 + random.nextInt(9)) + "-1" + k));
        int kind = random.nextInt(4);
        stops.add(
            new Stop(
                new StopId(new UUID(random.nextLong(), random.nextLong())),
                Place.of("Hà Nội", CountryCode.VN, HANOI),
                orgs.get(random.nextInt(orgs.size())),
                "A visit",
                time,
                kind < 2
                    ? (kind == 0 ? time : StopTime.on(PartialDate.parse("2018-12-3" + k)))
                    : null,
                attendees,
                kind < 2
                    ? StopStatus.COMPLETED
                    : kind == 2 ? StopStatus.PLANNED : StopStatus.CANCELLED,
                kind == 3 ? "called off" : null));
      }
      Activity a =
          Activity.ForAdapters.restore(
              new ActivityId(new UUID(random.nextLong(), random.nextLong())),
              i % 3 == 2 ? restricted : open,
              new ActivityDetails(
                  1 + i % 2,
                  ActivityType.MEETING,
                  TITLE,
                  null,
                  DateSpan.parse(planned[random.nextInt(planned.length)]),
                  null,
                  null),
              null,
              ActivityStatus.COMPLETED,
              random.nextBoolean()
                  ? PartialDate.parse(actual[random.nextInt(actual.length)])
                  : null,
              null,
              null,
              participations,
              stops,
              0);
      activities.add(a);
    }
    String[][] ties = {
      {"0", "1", "2018", ""}, {"2", "7", "2019-02", "2019-05"}, {"8", "9", "2017", "2019"},
      {"3", "12", "2019-03-15", ""}, {"0", "13", "2018-06", ""}, {"10", "17", "2018", ""}
    };
    for (int i = 0; i < ties.length; i++) {
      Participant from = everyone.get(Integer.parseInt(ties[i][0]));
      Participant to = everyone.get(Integer.parseInt(ties[i][1]));
      RelationshipType type =
          from instanceof Participant.Organisation && to instanceof Participant.Organisation
              ? RelationshipType.PARTNER_OF
              : RelationshipType.INTRODUCED_TO;
      relationships.add(
          Relationship.record(
              new RelationshipId(new UUID(random.nextLong(), random.nextLong())),
              type,
              from,
              to,
              PartialDate.parse(ties[i][2]),
              ties[i][3].isEmpty() ? null : PartialDate.parse(ties[i][3]),
              null,
              null,
              i % 2 == 0 ? null : restricted,
              null));
    }
    // Half the activities are inserted, the rest inserted as a bulk, then a few are updated, so
    // that every write of the derived rows is exercised.
    storage.inTransaction(
        r -> {
          for (PlanId plan : List.of(open, restricted)) {
            Visibility visibility = plan.equals(open) ? Visibility.OPEN : Visibility.RESTRICTED;
            java.util.Optional<PlanAccess> stored = r.access().findByPlan(plan);
            if (stored.isPresent()) {
              r.access()
                  .update(
                      PlanAccess.ForAdapters.restore(
                          plan, visibility, List.of(), stored.get().version()));
            } else {
              r.access().insert(PlanAccess.ForAdapters.restore(plan, visibility, List.of(), 0));
            }
          }
          for (Activity a : activities.subList(0, 10)) {
            r.activities().insert(a);
          }
          r.activities().insertAll(activities.subList(10, activities.size()));
          for (Relationship x : relationships) {
            r.network().insertRelationship(x);
          }
          return null;
        });
    for (int i = 0; i < activities.size(); i += 4) {
      ActivityId id = activities.get(i).id();
      Activity changed =
          storage.inTransaction(
              r -> {
                Activity a = r.activities().findById(id).orElseThrow();
                List<Participation> ps = new ArrayList<>(a.participations());
                ps.add(
                    new Participation(
                        everyone.get(5),
                        ParticipationRole.HOST,
                        ParticipationStatus.ATTENDED,
                        null));
                Activity next =
                    Activity.ForAdapters.restore(
                        a.id(),
                        a.plan(),
                        a.details(),
                        a.parent(),
                        a.status(),
                        a.actualStart(),
                        a.actualEnd(),
                        a.statusReason(),
                        ps,
                        a.itinerary(),
                        a.version());
                return r.activities().update(next);
              });
      activities.set(i, changed);
    }
  }

  private PlanId draft(String code) {
    return Fixtures.coplan(storage)
        .plans()
        .draft(
            new io.github.coplan.application.DraftPlan(
                io.github.coplan.domain.plan.PlanCode.of(code), TITLE))
        .id();
  }

  private <T> T read(java.util.function.Function<io.github.coplan.port.storage.Repositories, T> f) {
    T result = storage.readOnly(f::apply);
    return result;
  }

  private <T> T write(
      java.util.function.Function<io.github.coplan.port.storage.Repositories, T> f) {
    T result = storage.inTransaction(f::apply);
    return result;
  }

  @AfterEach
  void close() {
    storage.close();
  }

  // ---- the definition in Java --------------------------------------------------------------

  private List<Encounter> encounters(@Nullable Viewer who, @Nullable PlanId plan) {
    List<Encounter> all = new ArrayList<>();
    for (Activity a : activities) {
      if ((who == null || a.plan().equals(open)) && (plan == null || a.plan().equals(plan))) {
        all.addAll(Meetings.of(a));
      }
    }
    return all;
  }

  private static final Comparator<Participant> TEXT = Comparator.comparing(Participant::toString);

  private List<Connection> expectedConnections(
      Participant p, LocalDate asOf, @Nullable Viewer who) {
    Map<Participant, List<Meeting>> byOther = new LinkedHashMap<>();
    for (Encounter e : encounters(who, null)) {
      if (e.first().equals(p) && !e.meeting().day().earliestDay().isAfter(asOf)) {
        byOther.computeIfAbsent(e.second(), k -> new ArrayList<>()).add(e.meeting());
      }
    }
    List<Connection> out = new ArrayList<>();
    byOther.forEach((o, m) -> out.add(new Connection(p, o, m)));
    out.sort(
        Comparator.comparing((Connection c) -> c.firstMet().earliestDay())
            .thenComparing(Connection::second, TEXT));
    return out;
  }

  private static LocalDate latest(Connection c) {
    return c.meetings().stream()
        .map(m -> m.day().latestDay())
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  private int relationshipCount(
      Participant a, Participant b, LocalDate asOf, @Nullable Viewer who) {
    return (int) active(asOf, who).stream().filter(r -> r.involves(a) && r.involves(b)).count();
  }

  private List<Relationship> active(LocalDate asOf, @Nullable Viewer who) {
    return relationships.stream()
        .filter(r -> r.isActiveOn(asOf) && (who == null || r.plan() == null))
        .toList();
  }

  private Map<Participant, Tie> expectedTies(Participant p, LocalDate asOf, @Nullable Viewer who) {
    Map<Participant, List<Meeting>> meetings = new HashMap<>();
    for (Connection c : expectedConnections(p, asOf, who)) {
      meetings.put(c.second(), c.meetings());
    }
    Map<Participant, Set<RelationshipTypeCode>> types = new HashMap<>();
    for (Relationship r : active(asOf, who)) {
      if (r.from().equals(p)) {
        types.computeIfAbsent(r.to(), k -> new TreeSet<>()).add(r.type());
      } else if (r.to().equals(p)) {
        types.computeIfAbsent(r.from(), k -> new TreeSet<>()).add(r.type());
      }
    }
    Set<Participant> others = new java.util.HashSet<>(meetings.keySet());
    others.addAll(types.keySet());
    Map<Participant, Tie> ties = new HashMap<>();
    for (Participant o : others) {
      List<Meeting> m = meetings.getOrDefault(o, List.of());
      ties.put(
          o,
          new Tie(
              p,
              o,
              m.size(),
              m.isEmpty() ? null : m.get(0).day(),
              m.isEmpty() ? null : m.get(m.size() - 1).day(),
              List.copyOf(types.getOrDefault(o, Set.of()))));
    }
    return ties;
  }

  private Network expectedNetwork(
      Participant root, int depth, LocalDate asOf, int limit, @Nullable Viewer who) {
    Map<Participant, Tie> first = expectedTies(root, asOf, who);
    List<Reach> reached = new ArrayList<>();
    for (Tie t : first.values()) {
      reached.add(new Reach(t.to(), List.of(t)));
    }
    if (depth == 2) {
      Map<Participant, List<Tie>> best = new HashMap<>();
      List<Participant> vias = new ArrayList<>(first.keySet());
      vias.sort(
          Comparator.comparing((Participant v) -> -first.get(v).meetings())
              .thenComparing(v -> -relationshipCount(root, v, asOf, who))
              .thenComparing(TEXT));
      for (Participant via : vias) {
        for (Tie t : expectedTies(via, asOf, who).values()) {
          Participant p = t.to();
          if (!p.equals(root) && !first.containsKey(p) && !best.containsKey(p)) {
            best.put(p, List.of(first.get(via), t));
          }
        }
      }
      best.forEach((p, path) -> reached.add(new Reach(p, path)));
    }
    reached.sort(Comparator.comparing(Reach::depth).thenComparing(Reach::participant, TEXT));
    boolean complete = reached.size() <= limit;
    return new Network(root, asOf, depth, complete ? reached : reached.subList(0, limit), complete);
  }

  // ---- the checks ------------------------------------------------------------------------------

  @Test
  void connectionsAgreeWithTheDefinition() {
    for (Viewer who : java.util.Arrays.asList(null, viewer)) {
      for (LocalDate day : DAYS) {
        for (Participant p : everyone) {
          List<Connection> got = read(r -> r.network().connectionsOf(p, day, who));
          assertThat(got)
              .as("connections of %s on %s", p, day)
              .isEqualTo(expectedConnections(p, day, who));
        }
      }
    }
  }

  @Test
  void goneColdAgreesWithTheDefinition() {
    LocalDate asOf = LocalDate.of(2020, 12, 31);
    for (LocalDate cutoff : DAYS) {
      for (Participant p : everyone) {
        List<Connection> expected = new ArrayList<>();
        for (Connection c : expectedConnections(p, asOf, null)) {
          if (latest(c).isBefore(cutoff)) {
            expected.add(c);
          }
        }
        expected.sort(
            Comparator.comparing(NetworkSqlCheck::latest).thenComparing(Connection::second, TEXT));
        assertThat((Object) read(r -> r.network().goneCold(p, asOf, cutoff, null)))
            .as("cold connections of %s before %s", p, cutoff)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void networksAgreeWithTheDefinition() {
    for (Viewer who : java.util.Arrays.asList(null, viewer)) {
      for (LocalDate day : DAYS) {
        for (Participant p : everyone) {
          for (int depth = 1; depth <= 2; depth++) {
            for (int limit : new int[] {3, 1000}) {
              int d = depth;
              Network got = read(r -> r.network().network(p, d, day, limit, who));
              assertThat(got)
                  .as("network of %s on %s, depth %d, limit %d", p, day, d, limit)
                  .isEqualTo(expectedNetwork(p, d, day, limit, who));
            }
          }
        }
      }
    }
  }

  @Test
  void mostConnectedAgreesWithTheDefinition() {
    for (Viewer who : java.util.Arrays.asList(null, viewer)) {
      for (PlanId plan : java.util.Arrays.asList(null, open, restricted)) {
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2019, 6, 30);
        Map<Participant, Map<Participant, Integer>> counts = new HashMap<>();
        for (Encounter e : encounters(who, plan)) {
          LocalDate d = e.meeting().day().earliestDay();
          if (!d.isBefore(from) && !d.isAfter(to)) {
            counts
                .computeIfAbsent(e.first(), k -> new HashMap<>())
                .merge(e.second(), 1, Integer::sum);
          }
        }
        List<Degree> expected = new ArrayList<>();
        counts.forEach(
            (p, m) ->
                expected.add(new Degree(p, m.size(), m.values().stream().mapToInt(i -> i).sum())));
        expected.sort(
            Comparator.comparing((Degree g) -> -g.connections())
                .thenComparing(g -> -g.meetings())
                .thenComparing(Degree::participant, TEXT));
        List<Degree> limited = expected.subList(0, Math.min(5, expected.size()));
        assertThat((Object) read(r -> r.network().mostConnected(plan, from, to, 5, who)))
            .as("most connected in %s", plan)
            .isEqualTo(limited);
      }
    }
  }

  @Test
  void connectionsMadeAgreeWithTheDefinition() {
    for (Integer area : java.util.Arrays.asList(null, 1)) {
      ConnectionQuery query =
          ConnectionQuery.of(open, LocalDate.of(2019, 2, 1), LocalDate.of(2019, 6, 30));
      if (area != null) {
        query = query.inArea(area);
      }
      Map<List<Participant>, List<Meeting>> pairs = new LinkedHashMap<>();
      for (Activity a : activities) {
        if (a.plan().equals(open) && (area == null || a.details().contentArea() == area)) {
          for (Encounter e : Meetings.of(a)) {
            if (e.first().toString().compareTo(e.second().toString()) < 0) {
              pairs
                  .computeIfAbsent(List.of(e.first(), e.second()), k -> new ArrayList<>())
                  .add(e.meeting());
            }
          }
        }
      }
      List<Connection> expected = new ArrayList<>();
      ConnectionQuery q = query;
      pairs.forEach(
          (pair, m) -> {
            Connection c = new Connection(pair.get(0), pair.get(1), m);
            LocalDate d = c.firstMet().earliestDay();
            if (!d.isBefore(q.from()) && !d.isAfter(q.to())) {
              expected.add(c);
            }
          });
      expected.sort(
          Comparator.comparing((Connection c) -> c.firstMet().earliestDay())
              .thenComparing(Connection::first, TEXT)
              .thenComparing(Connection::second, TEXT));
      assertThat((Object) read(r -> r.network().connectionsMade(q, null)))
          .as("connections made in area %s", area)
          .isEqualTo(expected);
    }
  }

  @Test
  void relationshipsRoundTrip() {
    Participant a = everyone.get(0);
    List<Relationship> of =
        relationships.stream()
            .filter(r -> r.involves(a))
            .map(r -> Relationship.ForAdapters.withVersion(r, 1))
            .sorted(
                Comparator.comparing((Relationship r) -> r.start().earliestDay())
                    .thenComparing(r -> r.id().toString()))
            .toList();
    assertThat((Object) read(r -> r.network().relationshipsOf(a))).isEqualTo(of);
    Relationship x = Relationship.ForAdapters.withVersion(relationships.get(1), 1);
    assertThat((Object) read(r -> r.network().findRelationship(x.id())))
        .isEqualTo(java.util.Optional.of(x));
    assertThat((Object) read(r -> r.network().findTie(x.type(), x.from(), x.to(), x.start())))
        .isEqualTo(java.util.Optional.of(x));
    Relationship revised =
        x.revise(x.start(), PartialDate.parse("2020"), LocalizedText.of("en", "Ended"));
    assertThat((Object) write(r -> r.network().updateRelationship(revised)).version())
        .isEqualTo(2L);
    assertThat((Object) read(r -> r.network().findRelationship(x.id())))
        .isEqualTo(java.util.Optional.of(Relationship.ForAdapters.withVersion(revised, 2)));
    storage.inTransaction(
        r -> {
          r.network().saveType(RelationshipType.MENTOR_OF);
          r.network().saveType(RelationshipType.INVESTOR_IN);
          return null;
        });
    assertThat((Object) read(r -> r.network().types()))
        .isEqualTo(List.of(RelationshipType.INVESTOR_IN, RelationshipType.MENTOR_OF));
  }
}
