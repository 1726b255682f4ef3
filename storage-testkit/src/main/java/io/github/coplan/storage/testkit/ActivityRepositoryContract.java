package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Aggregates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.ActivityRepository}'s reads and writes:
 * every field round trips (every type, status, partial-date form, location form, participation role
 * and status, affiliation snapshots), participations keep their order and are replaced by an
 * update, versions are checked, ids are unique. Searches and progress have their own contracts.
 */
public abstract class ActivityRepositoryContract extends StorageContract {

  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;
  private Person dung;
  private Person doron;
  private CooperationPlan plan;

  /** For subclasses. */
  protected ActivityRepositoryContract() {}

  /** Stores the plan, organisations and people the activities refer to. */
  @BeforeEach
  protected void storePlanAndParticipants() {
    dost = insert(newOrganisation(dostHcmcProfile()));
    iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    embassy = insert(newOrganisation(embassyOfIsraelProfile()));
    dung = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    doron = insert(newPerson("Doron Lebovich", CountryCode.IL));
    plan = insert(newPlan("HCMC-IIA-2018"));
  }

  /** Every part of a full activity comes back exactly, in Vietnamese, English and Hebrew. */
  @Test
  protected void insertedActivityReadsBackWithEveryField() {
    Activity parent =
        insert(
            newActivity(
                plan.id(),
                details(1, ActivityType.DELEGATION_VISIT, en("Parent visit"), "2018-05")));
    ActivityDetails details =
        ActivityDetails.builder()
            .contentArea(7)
            .type(ActivityType.WORKSHOP)
            .title(
                viEnHe(
                    "Hội thảo chuyên gia Israel", "Israeli expert workshop", "סדנת מומחים ישראלים"))
            .description(
                LocalizedText.of(
                    "vi",
                    Map.of(
                        "vi",
                            "Chia sẻ kinh nghiệm với cộng đồng khởi nghiệp ĐMST.\nNgày 2:\tthực hành.",
                        "en",
                            "Sharing experience with the start-up community.\nDay 2:\tpractice.")))
            .planned(DateSpan.parse("2018-11~/2019-Q1?"))
            .location(
                new Location(
                    CountryCode.VN,
                    "Thành phố Hồ Chí Minh",
                    "Sàn giao dịch công nghệ, 79 Trương Định",
                    true))
            .leadParty(iia.id())
            .build();
    List<Participation> participations =
        List.of(
            new Participation(
                Participant.of(iia.id()),
                ParticipationRole.ORGANISER,
                ParticipationStatus.CONFIRMED,
                null),
            new Participation(
                Participant.of(doron.id()),
                ParticipationRole.SPEAKER,
                ParticipationStatus.ATTENDED,
                new AffiliationSnapshot(embassy.id(), "Phó Đại sứ Israel tại Việt Nam")),
            new Participation(
                Participant.of(dung.id()),
                ParticipationRole.HOST,
                ParticipationStatus.INVITED,
                null));
    Activity activity =
        Activity.ForAdapters.restore(
            new ActivityId(nextId()),
            plan.id(),
            details,
            parent.id(),
            ActivityStatus.COMPLETED,
            PartialDate.parse("2018-11-20"),
            PartialDate.parse("2018-11-22"),
            null,
            participations,
            0);

    Activity inserted = insert(activity);

    assertThat(inserted).isEqualTo(Aggregates.withVersion(activity, 1));
    Activity read = stored(activity.id());
    assertThat(read).isEqualTo(inserted);
    assertThat(read.plan()).isEqualTo(plan.id());
    assertThat(read.parent()).isEqualTo(parent.id());
    ActivityDetails d = read.details();
    assertThat(d.contentArea()).isEqualTo(7);
    assertThat(d.type()).isEqualTo(ActivityType.WORKSHOP);
    assertThat(d.title().texts())
        .containsExactly(
            Map.entry("en", "Israeli expert workshop"),
            Map.entry("he", "סדנת מומחים ישראלים"),
            Map.entry("vi", "Hội thảo chuyên gia Israel"));
    assertThat(d.title().originalLanguage()).isEqualTo("vi");
    assertThat(d.description()).isNotNull();
    assertThat(d.description().in("vi"))
        .contains("Chia sẻ kinh nghiệm với cộng đồng khởi nghiệp ĐMST.\nNgày 2:\tthực hành.");
    assertThat(d.planned().toString()).isEqualTo("2018-11~/2019-Q1?");
    assertThat(d.location())
        .isEqualTo(
            new Location(
                CountryCode.VN,
                "Thành phố Hồ Chí Minh",
                "Sàn giao dịch công nghệ, 79 Trương Định",
                true));
    assertThat(d.leadParty()).isEqualTo(iia.id());
    assertThat(read.status()).isEqualTo(ActivityStatus.COMPLETED);
    assertThat(read.actualStart()).isEqualTo(PartialDate.parse("2018-11-20"));
    assertThat(read.actualEnd()).isEqualTo(PartialDate.parse("2018-11-22"));
    assertThat(read.statusReason()).isNull();
    assertThat(read.participations()).containsExactlyElementsOf(participations);
    assertThat(read.participations().get(1).affiliation())
        .isEqualTo(new AffiliationSnapshot(embassy.id(), "Phó Đại sứ Israel tại Việt Nam"));
    assertThat(read.participations().get(0).affiliation()).isNull();
    assertThat(read.version()).isEqualTo(1);
  }

  /** An activity with nothing optional round trips. */
  @Test
  protected void activityWithoutOptionalPartsRoundTrips() {
    Activity bare = newActivity(plan.id(), details(1, ActivityType.OTHER, en("Bare"), "2019"));

    insert(bare);

    Activity read = stored(bare.id());
    assertThat(read).isEqualTo(Aggregates.withVersion(bare, 1));
    assertThat(read.details().description()).isNull();
    assertThat(read.details().location()).isNull();
    assertThat(read.details().leadParty()).isNull();
    assertThat(read.parent()).isNull();
    assertThat(read.actualStart()).isNull();
    assertThat(read.actualEnd()).isNull();
    assertThat(read.statusReason()).isNull();
    assertThat(read.participations()).isEmpty();
    assertThat(read.status()).isEqualTo(ActivityStatus.PROPOSED);
  }

  /** Every activity type round trips. */
  @Test
  protected void everyActivityTypeRoundTrips() {
    List<Activity> activities = new ArrayList<>();
    for (ActivityType type : ActivityType.values()) {
      activities.add(insert(newActivity(plan.id(), details(1, type, en("Type " + type), "2019"))));
    }

    for (Activity a : activities) {
      assertThat(stored(a.id())).isEqualTo(a);
    }
    assertThat(activities.stream().map(a -> stored(a.id()).details().type()))
        .containsExactly(ActivityType.values());
  }

  /** Every activity status, with its actual dates and reason, round trips. */
  @Test
  protected void everyActivityStatusRoundTrips() {
    ActivityDetails d = details(5, ActivityType.EVENT_SHOWCASE, en("Innovation Week"), "2018-Q4");
    List<Activity> activities =
        List.of(
            newActivity(plan.id(), d, ActivityStatus.PROPOSED, null, null, null, List.of()),
            newActivity(plan.id(), d, ActivityStatus.PLANNED, null, null, null, List.of()),
            newActivity(plan.id(), d, ActivityStatus.SCHEDULED, null, null, null, List.of()),
            newActivity(
                plan.id(),
                d,
                ActivityStatus.IN_PROGRESS,
                PartialDate.parse("2018-11-19"),
                null,
                null,
                List.of()),
            newActivity(
                plan.id(),
                d,
                ActivityStatus.COMPLETED,
                PartialDate.parse("2018-11"),
                PartialDate.parse("2018-12~"),
                null,
                List.of()),
            newActivity(
                plan.id(),
                d,
                ActivityStatus.POSTPONED,
                null,
                null,
                "Hoãn đến quý I năm 2019",
                List.of()),
            newActivity(
                plan.id(),
                d,
                ActivityStatus.CANCELLED,
                PartialDate.parse("2018-11-19"),
                null,
                "האירוע בוטל",
                List.of()));

    activities.forEach(this::insert);

    assertThat(activities.stream().map(a -> stored(a.id()).status()))
        .containsExactly(ActivityStatus.values());
    for (Activity a : activities) {
      assertThat(stored(a.id()))
          .as("activity %s", a.status())
          .isEqualTo(Aggregates.withVersion(a, 1));
    }
    assertThat(stored(activities.get(5).id()).statusReason()).isEqualTo("Hoãn đến quý I năm 2019");
    assertThat(stored(activities.get(6).id()).statusReason()).isEqualTo("האירוע בוטל");
    assertThat(stored(activities.get(6).id()).actualStart())
        .isEqualTo(PartialDate.parse("2018-11-19"));
    assertThat(stored(activities.get(4).id()).actualEnd()).hasToString("2018-12~");
  }

  /**
   * Every partial-date form, with every qualifier, round trips in planned spans and actual dates.
   */
  @Test
  protected void everyPartialDateFormRoundTripsInPlannedSpansAndActualDates() {
    List<Activity> activities = new ArrayList<>();
    for (String form : PlanRepositoryContract.PARTIAL_DATE_FORMS) {
      PartialDate date = PartialDate.parse(form);
      activities.add(
          newActivity(
              plan.id(),
              details(1, ActivityType.STUDY_TOUR, en("Closed " + form), form + "/" + form)));
      activities.add(
          newActivity(
              plan.id(), details(1, ActivityType.STUDY_TOUR, en("Open " + form), form + "/..")));
      activities.add(
          newActivity(
              plan.id(),
              details(1, ActivityType.STUDY_TOUR, en("Done " + form), "2018"),
              ActivityStatus.COMPLETED,
              date,
              date,
              null,
              List.of()));
    }
    write(r -> activities.stream().map(a -> r.activities().insert(a)).toList());

    for (Activity a : activities) {
      Activity read = stored(a.id());
      assertThat(read)
          .as("activity %s", a.details().title())
          .isEqualTo(Aggregates.withVersion(a, 1));
      assertThat(read.details().planned().toString()).isEqualTo(a.details().planned().toString());
    }
    assertThat(stored(activities.get(1).id()).details().planned().end()).isNull();
    assertThat(stored(activities.get(1).id()).details().planned().latestDay())
        .isEqualTo(DateSpan.OPEN_END);
    assertThat(stored(activities.get(26).id()).actualStart()).hasToString("2018-Q4");
    assertThat(stored(activities.get(59).id()).actualEnd()).hasToString("2018-11-15%");
  }

  /** A location online only, a city without venue, and no location round trip. */
  @Test
  protected void everyLocationFormRoundTrips() {
    List<Location> locations =
        List.of(
            Location.onlineOnly(),
            Location.city(CountryCode.IL, "תל אביב-יפו"),
            new Location(CountryCode.VN, null, null, false),
            new Location(CountryCode.VN, "Hà Nội", "Đại sứ quán Israel", false));
    List<Activity> activities = new ArrayList<>();
    for (Location location : locations) {
      activities.add(
          insert(
              newActivity(
                  plan.id(),
                  details(1, ActivityType.MEETING, en("Meeting"), "2018-08-15").toBuilder()
                      .location(location)
                      .build())));
    }

    assertThat(activities.stream().map(a -> stored(a.id()).details().location()))
        .containsExactlyElementsOf(locations);
  }

  /** Every participation role and status, for organisations and people, round trips in order. */
  @Test
  protected void everyParticipationRoleAndStatusRoundTripsInOrder() {
    List<Participation> participations = new ArrayList<>();
    ParticipationStatus[] statuses = ParticipationStatus.values();
    ParticipationRole[] roles = ParticipationRole.values();
    for (int i = 0; i < roles.length; i++) {
      ParticipationStatus status = statuses[i % statuses.length];
      participations.add(
          new Participation(
              Participant.of(dung.id()),
              roles[i],
              status,
              new AffiliationSnapshot(dost.id(), "Giám đốc")));
      participations.add(
          new Participation(
              Participant.of(embassy.id()),
              roles[roles.length - 1 - i],
              statuses[(i + 2) % statuses.length],
              null));
    }
    Activity activity =
        newActivity(
            plan.id(),
            details(5, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4"),
            ActivityStatus.SCHEDULED,
            null,
            null,
            null,
            participations);

    insert(activity);

    Activity read = stored(activity.id());
    assertThat(read.participations()).containsExactlyElementsOf(participations);
    assertThat(read.participations())
        .extracting(Participation::role)
        .contains(ParticipationRole.values());
    assertThat(read.participations())
        .extracting(Participation::status)
        .contains(ParticipationStatus.values());
  }

  /** An organisation and a person with the same UUID are different participants. */
  @Test
  protected void participantKindIsPartOfTheParticipant() {
    Participant organisation = Participant.of(dost.id());
    Participant personWithSameId = Participant.of(new PersonId(dost.id().value()));
    Activity activity =
        newActivity(
            plan.id(),
            details(1, ActivityType.MEETING, en("Meeting"), "2018-08-15"),
            ActivityStatus.PLANNED,
            null,
            null,
            null,
            List.of(
                new Participation(
                    organisation, ParticipationRole.HOST, ParticipationStatus.CONFIRMED, null),
                new Participation(
                    personWithSameId, ParticipationRole.HOST, ParticipationStatus.INVITED, null)));

    insert(activity);

    Activity read = stored(activity.id());
    assertThat(read.participations())
        .extracting(Participation::participant)
        .containsExactly(organisation, personWithSameId);
    assertThat(read.participation(personWithSameId, ParticipationRole.HOST).orElseThrow().status())
        .isEqualTo(ParticipationStatus.INVITED);
  }

  /**
   * An update replaces the participations: added ones appear, changed ones change, removed ones go.
   */
  @Test
  protected void updateReplacesParticipations() {
    Participation a =
        new Participation(
            Participant.of(dost.id()),
            ParticipationRole.ORGANISER,
            ParticipationStatus.CONFIRMED,
            null);
    Participation b =
        new Participation(
            Participant.of(iia.id()), ParticipationRole.HOST, ParticipationStatus.INVITED, null);
    Participation c =
        new Participation(
            Participant.of(dung.id()),
            ParticipationRole.DELEGATE,
            ParticipationStatus.INVITED,
            null);
    Activity v1 =
        insert(
            newActivity(
                plan.id(),
                details(1, ActivityType.STUDY_TOUR, en("Tour"), "2018-11/.."),
                ActivityStatus.PLANNED,
                null,
                null,
                null,
                List.of(a, b, c)));
    Participation bWithdrawn =
        new Participation(b.participant(), b.role(), ParticipationStatus.WITHDRAWN, null);
    Participation d =
        new Participation(
            Participant.of(doron.id()),
            ParticipationRole.EXPERT,
            ParticipationStatus.CONFIRMED,
            null);
    Activity changed =
        Activity.ForAdapters.restore(
            v1.id(),
            v1.plan(),
            v1.details(),
            null,
            v1.status(),
            null,
            null,
            null,
            List.of(c, bWithdrawn, d),
            v1.version());

    Activity v2 = write(r -> r.activities().update(changed));

    assertThat(v2.version()).isEqualTo(2);
    assertThat(stored(v1.id()).participations()).containsExactly(c, bWithdrawn, d);
    Activity emptied =
        Activity.ForAdapters.restore(
            v1.id(), v1.plan(), v1.details(), null, v1.status(), null, null, null, List.of(), 2);
    write(r -> r.activities().update(emptied));
    assertThat(stored(v1.id()).participations()).isEmpty();
    assertThat(stored(v1.id()).version()).isEqualTo(3);
  }

  /** An update stores every changed field with the next version. */
  @Test
  protected void updateStoresTheChangesWithTheNextVersion() {
    Activity parent =
        insert(
            newActivity(
                plan.id(), details(1, ActivityType.DELEGATION_VISIT, en("Visit"), "2018-05")));
    Activity v1 =
        insert(
            newActivity(plan.id(), details(5, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4")));
    ActivityDetails revised =
        ActivityDetails.builder()
            .contentArea(4)
            .type(ActivityType.STARTUP_EXCHANGE)
            .title(viEn("Trao đổi các startup", "Start-up exchange"))
            .description(en("Revised"))
            .planned(DateSpan.parse("2019-H1/2021"))
            .location(Location.onlineOnly())
            .leadParty(dost.id())
            .build();

    Activity v2 =
        write(r -> r.activities().update(v1.revise(revised).moveUnder(parent.id()).plan(null)));

    Activity read = stored(v1.id());
    assertThat(read).isEqualTo(v2);
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.details()).isEqualTo(revised);
    assertThat(read.parent()).isEqualTo(parent.id());
    assertThat(read.status()).isEqualTo(ActivityStatus.PLANNED);
    Activity v3 = write(r -> r.activities().update(v2.moveUnder(null).postpone("Chờ kinh phí")));
    assertThat(stored(v1.id())).isEqualTo(v3);
    assertThat(v3.parent()).isNull();
    assertThat(v3.statusReason()).isEqualTo("Chờ kinh phí");
    assertThat(v3.version()).isEqualTo(3);
  }

  /**
   * An update against a stale version fails with a conflict and changes nothing, participations
   * included.
   */
  @Test
  protected void staleUpdateConflictsAndChangesNothing() {
    Activity v1 =
        insert(
            newActivity(plan.id(), details(5, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4")));
    Participation first =
        new Participation(
            Participant.of(iia.id()),
            ParticipationRole.EXHIBITOR,
            ParticipationStatus.CONFIRMED,
            null);
    Activity v2 = write(r -> r.activities().update(v1.addParticipation(first)));
    Activity stale =
        v1.addParticipation(
            new Participation(
                Participant.of(dost.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED,
                null));

    ConflictException e =
        assertRefused(ConflictException.class, () -> write(r -> r.activities().update(stale)));

    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.id()).contains(v1.id().toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(stored(v1.id())).isEqualTo(v2);
    assertThat(stored(v1.id()).participations()).containsExactly(first);
  }

  /** Updating an activity that is not stored fails with not-found and stores nothing. */
  @Test
  protected void updateOfMissingActivityIsNotFound() {
    Activity never =
        Aggregates.withVersion(
            newActivity(plan.id(), details(1, ActivityType.OTHER, en("Never"), "2019")), 1);

    NotFoundException e =
        assertRefused(NotFoundException.class, () -> write(r -> r.activities().update(never)));

    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.id()).isEqualTo(never.id().toString());
    assertThat(findActivity(never.id())).isEmpty();
  }

  /** Inserting an activity whose version is not 0 is a conflict. */
  @Test
  protected void insertOfAVersionedActivityConflicts() {
    Activity versioned =
        Aggregates.withVersion(
            newActivity(plan.id(), details(1, ActivityType.OTHER, en("Versioned"), "2019")), 1);

    ConflictException e = assertRefused(ConflictException.class, () -> insert(versioned));

    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(findActivity(versioned.id())).isEmpty();
  }

  /** A second insert with a taken id fails with a duplicate of {@code id} and keeps the first. */
  @Test
  protected void insertWithTakenIdIsDuplicate() {
    Activity first =
        insert(newActivity(plan.id(), details(1, ActivityType.OTHER, en("First"), "2019")));
    Activity sameId =
        Activity.propose(
            first.id(), plan.id(), details(2, ActivityType.MEETING, en("Second"), "2020"), null);

    DuplicateException e = assertRefused(DuplicateException.class, () -> insert(sameId));

    assertThat(e.what()).isEqualTo(DuplicateException.ID);
    assertThat(e.value()).isEqualTo(first.id().toString());
    assertThat(stored(first.id())).isEqualTo(first);
  }

  /** An id that was never stored finds nothing; each id finds its own activity among many. */
  @Test
  protected void eachIdFindsItsOwnActivity() {
    List<Activity> activities = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      activities.add(
          insert(
              newActivity(
                  plan.id(),
                  details(
                      1 + i % 7,
                      ActivityType.MEETING,
                      en("Meeting " + i),
                      "2018-08-" + (10 + i)))));
    }

    for (Activity a : activities) {
      assertThat(stored(a.id())).isEqualTo(a);
    }
    assertThat(findActivity(new ActivityId(nextId()))).isEmpty();
  }

  /** Returned lists cannot be modified; an object read earlier does not change with the store. */
  @Test
  protected void copiesGoInAndOut() {
    List<Participation> participations =
        new ArrayList<>(
            List.of(
                new Participation(
                    Participant.of(dost.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.CONFIRMED,
                    null)));
    Activity activity =
        newActivity(
            plan.id(),
            details(1, ActivityType.MEETING, en("Meeting"), "2018-08-15"),
            ActivityStatus.PLANNED,
            null,
            null,
            null,
            participations);
    insert(activity);
    participations.clear();
    Activity before = stored(activity.id());

    write(
        r ->
            r.activities()
                .update(
                    before.addParticipation(
                        new Participation(
                            Participant.of(iia.id()),
                            ParticipationRole.ATTENDEE,
                            ParticipationStatus.INVITED,
                            null))));

    assertThat(before.participations()).hasSize(1);
    assertThat(before.version()).isEqualTo(1);
    thrown(UnsupportedOperationException.class, () -> before.participations().clear());
    thrown(UnsupportedOperationException.class, () -> before.details().title().texts().clear());
    assertThat(stored(activity.id()).participations()).hasSize(2);
  }

  /** Many activities stored in one call read back exactly, version 1, participations in order. */
  @Test
  protected void insertAllStoresEveryActivityInOrder() {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 2_345; i++) {
      List<Participation> participations =
          i % 3 == 0
              ? List.of()
              : List.of(
                  new Participation(
                      Participant.of(dost.id()),
                      ParticipationRole.HOST,
                      ParticipationStatus.CONFIRMED,
                      null),
                  new Participation(
                      Participant.of(dung.id()),
                      ParticipationRole.DELEGATE,
                      ParticipationStatus.INVITED,
                      new AffiliationSnapshot(dost.id(), "Chuyên viên " + i)));
      activities.add(
          newActivity(
              plan.id(),
              details(
                  1 + i % 7,
                  ActivityType.values()[i % ActivityType.values().length],
                  en("Bulk " + i),
                  "2019-" + String.format(Locale.ROOT, "%02d", 1 + i % 12)),
              ActivityStatus.PROPOSED,
              null,
              null,
              null,
              participations));
    }

    List<Activity> stored = write(r -> r.activities().insertAll(activities));

    assertThat(stored).hasSize(2_345);
    for (int i = 0; i < activities.size(); i++) {
      assertThat(stored.get(i)).isEqualTo(Aggregates.withVersion(activities.get(i), 1));
    }
    assertThat(stored(activities.get(0).id())).isEqualTo(stored.get(0));
    assertThat(stored(activities.get(2_344).id())).isEqualTo(stored.get(2_344));
    List<Activity> all = read(r -> allActivities(r));
    assertThat(all).hasSize(2_345);
    thrown(UnsupportedOperationException.class, () -> stored.clear());
  }

  /** An empty list stores nothing and returns an empty list. */
  @Test
  protected void insertAllOfNothingStoresNothing() {
    Map<String, Object> before = snapshot();
    List<Activity> stored = write(r -> r.activities().insertAll(List.of()));

    assertThat(stored).isEmpty();

    assertThat(snapshot()).isEqualTo(before);
  }

  /** One taken id refuses the whole list; the unit of work that catches the error goes on. */
  @Test
  protected void insertAllWithATakenIdStoresNoneOfThem() {
    Activity taken =
        insert(newActivity(plan.id(), details(1, ActivityType.OTHER, en("Taken"), "2019")));
    List<Activity> list = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      list.add(
          newActivity(
              plan.id(),
              details(2, ActivityType.MEETING, en("New " + i), "2020"),
              ActivityStatus.PROPOSED,
              null,
              null,
              null,
              List.of(
                  new Participation(
                      Participant.of(iia.id()),
                      ParticipationRole.HOST,
                      ParticipationStatus.CONFIRMED,
                      null))));
    }
    list.add(
        1_200,
        Activity.propose(
            taken.id(), plan.id(), details(3, ActivityType.MEETING, en("Same id"), "2021"), null));

    DuplicateException e =
        assertRefused(DuplicateException.class, () -> write(r -> r.activities().insertAll(list)));
    assertThat(e.what()).isEqualTo(DuplicateException.ID);
    assertThat(e.value()).isEqualTo(taken.id().toString());

    Activity after =
        newActivity(plan.id(), details(4, ActivityType.TRAINING_COURSE, en("After"), "2022"));
    Activity kept =
        write(
            r -> {
              thrown(DuplicateException.class, () -> r.activities().insertAll(list));
              return r.activities().insert(after);
            });
    assertThat(kept).isEqualTo(Aggregates.withVersion(after, 1));
    List<Activity> all = read(r -> allActivities(r));
    assertThat(all).containsExactlyInAnyOrder(taken, kept);
  }

  /** The same id twice in one list is a duplicate; nothing is stored. */
  @Test
  protected void insertAllWithAnIdTwiceStoresNoneOfThem() {
    Activity a = newActivity(plan.id(), details(1, ActivityType.OTHER, en("A"), "2019"));
    Activity b = newActivity(plan.id(), details(2, ActivityType.OTHER, en("B"), "2019"));
    Activity aAgain =
        Activity.propose(
            a.id(), plan.id(), details(3, ActivityType.OTHER, en("A again"), "2020"), null);

    DuplicateException e =
        assertRefused(
            DuplicateException.class,
            () -> write(r -> r.activities().insertAll(List.of(a, b, aAgain))));

    assertThat(e.what()).isEqualTo(DuplicateException.ID);
    assertThat(e.value()).isEqualTo(a.id().toString());
  }

  /**
   * A versioned activity in the list is a conflict; a null list or element is invalid input;
   * nothing is stored.
   */
  @Test
  // hands null where the API asks for a value, on purpose: the test proves the store refuses it
  @SuppressWarnings("NullAway")
  protected void insertAllRefusesBadListsAndChangesNothing() {
    Activity a = newActivity(plan.id(), details(1, ActivityType.OTHER, en("A"), "2019"));
    Activity versioned =
        Aggregates.withVersion(
            newActivity(plan.id(), details(2, ActivityType.OTHER, en("Versioned"), "2019")), 3);

    ConflictException conflict =
        assertRefused(
            ConflictException.class,
            () -> write(r -> r.activities().insertAll(List.of(a, versioned))));
    assertThat(conflict.kind()).isEqualTo("activity");
    assertThat(conflict.id()).contains(versioned.id().toString());
    assertThat(conflict.expectedVersion()).hasValue(3L);

    assertInvalid(() -> write(r -> r.activities().insertAll(null)), "activities:required");
    List<Activity> withNull = new ArrayList<>();
    withNull.add(a);
    withNull.add(null);
    assertInvalid(() -> write(r -> r.activities().insertAll(withNull)), "activities[1]:required");
    assertThat(findActivity(a.id())).isEmpty();
  }
}
