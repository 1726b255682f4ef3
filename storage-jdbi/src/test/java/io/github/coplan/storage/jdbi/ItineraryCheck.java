package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.UseCases;
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
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An activity's itinerary in its row (migration 9): it round trips exactly through the single and
 * the bulk insert, an update, a read by id, a read of what a viewer may see and a search; an
 * activity without stops stores NULL; a stored itinerary that is not one fails the read with a
 * {@link StorageException}, as every stored value that is not valid does. The store's aggregate
 * cache is off, so that every read maps the row.
 */
abstract class ItineraryCheck {

  private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
  private static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");

  /** A fresh, empty store with the given options. */
  abstract JdbiStorage createStorage(JdbiOptions options);

  private JdbiStorage storage;
  private CooperationPlan plan;
  private Organisation dost;
  private Organisation iia;
  private PersonId head;
  private PersonId delegate;

  @BeforeEach
  void storePlanOrganisationsAndPeople() {
    storage = createStorage(JdbiOptions.builder().aggregateCache(false).build());
    UseCases coplan = Fixtures.coplan(storage);
    dost = Fixtures.register(coplan, Fixtures.dostHcmc());
    iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
    plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
    // Open, so that any viewer sees its activities.
    storage.inTransaction(
        r -> {
          PlanAccess access = r.access().findByPlan(plan.id()).orElseThrow();
          return r.access().update(access.withVisibility(Visibility.OPEN));
        });
    List<PersonId> people = Fixtures.people(storage, 2, dost.id());
    head = people.get(0);
    delegate = people.get(1);
  }

  @AfterEach
  void closeStore() {
    storage.close();
  }

  /**
   * A study tour of 10–25 November 2018 by a delegation of DOST HCMC, its two hosts taking part,
   * its two members confirmed, with a planned stop at the Israel Innovation Authority in Jerusalem
   * (on the clock, at a venue) and a debriefing at DOST HCMC in Ho Chi Minh City (two days).
   */
  private Activity studyTour(String title) {
    Activity tour =
        Activity.propose(
            new ActivityId(UUID.randomUUID()),
            plan.id(),
            ActivityDetails.builder()
                .contentArea(5)
                .type(ActivityType.STUDY_TOUR)
                .title(Fixtures.viEn("Đoàn học tập " + title, "Study tour " + title))
                .planned(DateSpan.parse("2018-11-10/2018-11-25"))
                .build(),
            null);
    tour =
        tour.addParticipation(
                new Participation(
                    Participant.of(dost.id()),
                    ParticipationRole.ORGANISER,
                    ParticipationStatus.CONFIRMED,
                    null))
            .addParticipation(
                new Participation(
                    Participant.of(iia.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.CONFIRMED,
                    null))
            .addParticipation(
                new Participation(
                    Participant.of(head),
                    ParticipationRole.HEAD_OF_DELEGATION,
                    ParticipationStatus.CONFIRMED,
                    null))
            .addParticipation(
                new Participation(
                    Participant.of(delegate),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.CONFIRMED,
                    null));
    return tour.addStop(
            Stop.planned(
                new StopId(UUID.randomUUID()),
                Place.of("Jerusalem", CountryCode.IL, JERUSALEM).at("Technology Park, Malha"),
                iia.id(),
                "Meet the Israel Innovation Authority's incubator programme",
                StopTime.between(
                    LocalDateTime.of(2018, 11, 12, 10, 0), LocalDateTime.of(2018, 11, 12, 12, 0)),
                List.of(head, delegate)))
        .addStop(
            Stop.planned(
                new StopId(UUID.randomUUID()),
                Place.of("Thành phố Hồ Chí Minh", CountryCode.VN, HO_CHI_MINH),
                dost.id(),
                "Báo cáo kết quả chuyến đi",
                StopTime.on(DateSpan.parse("2018-11-19/2018-11-20")),
                List.of(head)));
  }

  /** The tour under way, its stop in Jerusalem completed later than planned, by one member. */
  private static Activity underWay(Activity tour) {
    Activity started = tour.plan(null).schedule(null).start(PartialDate.parse("2018-11-11"));
    return started.completeStop(
        started.itinerary().get(0).id(),
        StopTime.between(
            LocalDateTime.of(2018, 11, 12, 10, 30), LocalDateTime.of(2018, 11, 12, 12, 45)),
        List.of(delegateOf(started)),
        "Agreed to open a joint call for incubators");
  }

  private static PersonId delegateOf(Activity tour) {
    return tour.participations().stream()
        .filter(p -> p.role() == ParticipationRole.DELEGATE)
        .map(p -> ((Participant.Person) p.participant()).id())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anItineraryRoundTripsThroughEveryWriteAndEveryRead() {
    Activity saved = storage.inTransaction(r -> r.activities().insert(studyTour("Israel")));
    assertThat(readById(saved.id())).isEqualTo(saved);

    Activity changed = storage.inTransaction(r -> r.activities().update(underWay(saved)));

    // What the test stores is what it means to store: both kinds of time, a venue and none, a
    // completed stop with its actual time, attendees and note, a planned one without.
    assertThat(changed.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
    Stop jerusalem = changed.itinerary().get(0);
    Stop hoChiMinh = changed.itinerary().get(1);
    assertThat(jerusalem.place().zone()).isEqualTo(JERUSALEM);
    assertThat(jerusalem.place().venue()).isEqualTo("Technology Park, Malha");
    assertThat(jerusalem.planned()).isInstanceOf(StopTime.Times.class);
    assertThat(jerusalem.status()).isEqualTo(StopStatus.COMPLETED);
    assertThat(jerusalem.actual())
        .isEqualTo(
            StopTime.between(
                LocalDateTime.of(2018, 11, 12, 10, 30), LocalDateTime.of(2018, 11, 12, 12, 45)));
    assertThat(jerusalem.attendees()).containsExactly(delegate);
    assertThat(jerusalem.note()).isEqualTo("Agreed to open a joint call for incubators");
    assertThat(hoChiMinh.place().zone()).isEqualTo(HO_CHI_MINH);
    assertThat(hoChiMinh.place().venue()).isNull();
    assertThat(hoChiMinh.planned()).isEqualTo(StopTime.on(DateSpan.parse("2018-11-19/2018-11-20")));
    assertThat(hoChiMinh.status()).isEqualTo(StopStatus.PLANNED);
    assertThat(changed.version()).isEqualTo(2);

    assertThat(readById(changed.id())).isEqualTo(changed);
    Optional<Activity> visible =
        storage.readOnly(
            r ->
                r.activities()
                    .findVisible(changed.id(), new Viewer(head, LocalDate.of(2018, 11, 1))));
    assertThat(visible).contains(changed);
    assertThat(storedItinerary(changed.id())).isEqualTo(Snapshots.itinerary(changed.itinerary()));

    List<Activity> bulk =
        storage.inTransaction(
            r -> r.activities().insertAll(List.of(studyTour("Vietnam"), withoutStops())));
    Activity tour = bulk.get(0);
    Activity plain = bulk.get(1);
    assertThat(tour.itinerary()).hasSize(2);
    assertThat(readById(tour.id())).isEqualTo(tour);
    assertThat(readById(plain.id())).isEqualTo(plain);
    assertThat(storedItinerary(plain.id())).isNull();

    assertThat(
            storage
                .readOnly(
                    r -> r.activities().search(ActivityQuery.builder().plan(plan.id()).build()))
                .items())
        .containsExactlyInAnyOrder(changed, tour, plain);
    // Pages of one, each followed by a row read only to tell that a next page follows, and the
    // titles' order: "Đoàn học tập Israel" before "Đoàn học tập Vietnam".
    Page<Activity> first =
        storage.readOnly(
            r ->
                r.activities()
                    .search(
                        ActivityQuery.builder()
                            .plan(plan.id())
                            .types(ActivityType.STUDY_TOUR)
                            .sort(ActivitySort.parse("title"))
                            .pageSize(1)
                            .build()));
    assertThat(first.items()).containsExactly(changed);
    assertThat(first.hasNext()).isTrue();
    Page<Activity> second =
        storage.readOnly(
            r ->
                r.activities()
                    .search(
                        ActivityQuery.builder()
                            .plan(plan.id())
                            .types(ActivityType.STUDY_TOUR)
                            .sort(ActivitySort.parse("title"))
                            .pageSize(1)
                            .after(first.nextCursor())
                            .build()));
    assertThat(second.items()).containsExactly(tour);
    assertThat(second.hasNext()).isFalse();
  }

  @Test
  void anActivityWithoutStopsStoresNull() {
    Activity plain = storage.inTransaction(r -> r.activities().insert(withoutStops()));
    assertThat(storedItinerary(plain.id())).isNull();
    assertThat(readById(plain.id())).isEqualTo(plain);
    assertThat(plain.itinerary()).isEmpty();

    // The last stop removed, the column is NULL again.
    Activity tour = storage.inTransaction(r -> r.activities().insert(studyTour("Israel")));
    assertThat(storedItinerary(tour.id())).isNotNull();
    Activity emptied =
        storage.inTransaction(
            r ->
                r.activities()
                    .update(
                        tour.removeStop(tour.itinerary().get(0).id())
                            .removeStop(tour.itinerary().get(1).id())));
    assertThat(emptied.itinerary()).isEmpty();
    assertThat(storedItinerary(tour.id())).isNull();
    assertThat(readById(tour.id())).isEqualTo(emptied);
  }

  @Test
  void aStoredItineraryThatIsNotOneFailsTheReadAsStoredDataThatIsNotValid() {
    Activity tour = storage.inTransaction(r -> r.activities().insert(studyTour("Israel")));
    String database = storage.dialect().displayName();

    for (String corrupt :
        List.of("{\"x\":1}", "not json", "[{\"x\":1}]", "[]x", "[{\"id\":\"not an id\"}]")) {
      storage.withHandle(
          false,
          h ->
              h.createUpdate("UPDATE coplan_activity SET itinerary = ? WHERE id = ?")
                  .bind(0, corrupt)
                  .bind(1, tour.id())
                  .execute());

      assertThatThrownBy(() -> readById(tour.id()))
          .as(corrupt)
          .isInstanceOf(StorageException.class)
          .hasMessage("could not read an activity in the " + database + " database")
          .cause()
          .isInstanceOf(SQLException.class)
          .hasMessageStartingWith("a stored itinerary is not one: invalid input: itinerary");
      assertThatThrownBy(
              () ->
                  storage.readOnly(
                      r ->
                          r.activities()
                              .findVisible(tour.id(), new Viewer(head, LocalDate.of(2018, 11, 1)))))
          .as(corrupt)
          .isInstanceOf(StorageException.class)
          .hasMessage("could not read an activity in the " + database + " database")
          .hasCauseInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  storage.readOnly(
                      r -> r.activities().search(ActivityQuery.builder().plan(plan.id()).build())))
          .as(corrupt)
          .isInstanceOf(StorageException.class)
          .hasMessage("could not search activities in the " + database + " database")
          .hasCauseInstanceOf(SQLException.class);
    }
  }

  private Activity withoutStops() {
    return Activity.propose(
        new ActivityId(UUID.randomUUID()),
        plan.id(),
        ActivityDetails.builder()
            .contentArea(5)
            .type(ActivityType.WORKSHOP)
            .title(Fixtures.viEn("Hội thảo", "Workshop"))
            .planned(DateSpan.parse("2018-12"))
            .build(),
        null);
  }

  private Activity readById(ActivityId id) {
    return storage.readOnly(r -> r.activities().findById(id)).orElseThrow();
  }

  /** The activity's itinerary column as stored, null for SQL NULL. */
  private @Nullable String storedItinerary(ActivityId id) {
    List<@Nullable String> rows =
        storage.withHandle(
            true,
            h ->
                h.createQuery("SELECT itinerary FROM coplan_activity WHERE id = ?")
                    .bind(0, id)
                    .mapTo(String.class)
                    .list());
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
