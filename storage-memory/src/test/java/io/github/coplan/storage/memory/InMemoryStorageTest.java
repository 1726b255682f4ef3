package io.github.coplan.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.StorageContract;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What the in-memory store does beyond the shared contract: read-only units run optimistically and
 * run again when a writer got in their way, units end for good, nothing can close or describe the
 * store from inside one of its units, and the undo log and indexes hold up.
 */
class InMemoryStorageTest extends StorageContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }

  private InMemoryStorage memory() {
    return (InMemoryStorage) storage();
  }

  /**
   * A read-only unit that a writer interrupts halfway runs again, and only the whole second view
   * counts.
   */
  @Test
  void readOnlyUnitThatAWriterCrossedRunsAgainOnOneState() {
    Organisation a =
        insert(newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN)));
    Organisation b =
        insert(newOrganisation(organisationProfile("B0", OrganisationType.OTHER, CountryCode.IL)));
    AtomicInteger runs = new AtomicInteger();

    List<LocalizedText> seen =
        read(
            r -> {
              LocalizedText first =
                  r.organisations().findById(a.id()).orElseThrow().profile().name();
              if (runs.incrementAndGet() == 1) {
                // Another thread changes both in one unit between this unit's two reads. (Were
                // readers to
                // hold a lock that keeps writers out, this would wait forever: the timeout makes it
                // a failure.)
                CompletableFuture.runAsync(
                        () ->
                            storage()
                                .inTransaction(
                                    w ->
                                        List.of(
                                            w.organisations()
                                                .update(
                                                    a.update(
                                                        organisationProfile(
                                                            "A1",
                                                            OrganisationType.OTHER,
                                                            CountryCode.VN))),
                                            w.organisations()
                                                .update(
                                                    b.update(
                                                        organisationProfile(
                                                            "B1",
                                                            OrganisationType.OTHER,
                                                            CountryCode.IL))))))
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join();
              }
              LocalizedText second =
                  r.organisations().findById(b.id()).orElseThrow().profile().name();
              return List.of(first, second);
            });

    assertThat(runs).hasValue(2);
    assertThat(seen).containsExactly(en("A1"), en("B1"));
  }

  /**
   * An error a read-only unit met on a view that a writer crossed is not passed on: the second run
   * decides.
   */
  @Test
  void errorOfACrossedReadIsDroppedForTheSecondRun() {
    Organisation a =
        insert(newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN)));
    AtomicInteger runs = new AtomicInteger();

    String seen =
        read(
            r -> {
              if (runs.incrementAndGet() == 1) {
                CompletableFuture.runAsync(
                        () ->
                            storage()
                                .inTransaction(
                                    w ->
                                        w.organisations()
                                            .update(
                                                a.update(
                                                    organisationProfile(
                                                        "A1",
                                                        OrganisationType.OTHER,
                                                        CountryCode.VN)))))
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join();
                throw new IllegalStateException("what a torn view could lead to");
              }
              return r.organisations().findById(a.id()).orElseThrow().profile().name().toString();
            });

    assertThat(runs).hasValue(2);
    assertThat(seen).isEqualTo(en("A1").toString());
  }

  /** A read-only unit that no writer crossed runs once, its error included. */
  @Test
  void undisturbedReadOnlyUnitRunsOnce() {
    Organisation a =
        insert(newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN)));
    AtomicInteger runs = new AtomicInteger();
    IllegalStateException failure = new IllegalStateException("thrown by the work");

    Optional<Organisation> seen =
        read(
            r -> {
              runs.incrementAndGet();
              return r.organisations().findById(a.id());
            });
    assertThat(seen).contains(a);
    Throwable e =
        thrown(
            IllegalStateException.class,
            () ->
                read(
                    r -> {
                      runs.incrementAndGet();
                      throw failure;
                    }));

    assertThat(e).isSameAs(failure);
    assertThat(runs).hasValue(2);
  }

  /**
   * A read-only unit that starts while a writing unit is open waits for it, runs once and sees its
   * commit.
   */
  @Test
  void readOnlyUnitStartingDuringAWriterWaitsAndRunsOnce() throws Exception {
    Organisation a =
        insert(newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN)));
    AtomicInteger runs = new AtomicInteger();
    AtomicReference<CompletableFuture<LocalizedText>> reader = new AtomicReference<>();

    write(
        w -> {
          w.organisations()
              .update(a.update(organisationProfile("A1", OrganisationType.OTHER, CountryCode.VN)));
          reader.set(
              CompletableFuture.supplyAsync(
                  () ->
                      read(
                          r -> {
                            runs.incrementAndGet();
                            return r.organisations()
                                .findById(a.id())
                                .orElseThrow()
                                .profile()
                                .name();
                          })));
          // Give the reader time to arrive while this unit is still open.
          assertThat(reader.get()).failsWithin(200, TimeUnit.MILLISECONDS);
          return null;
        });

    assertThat(reader.get().get(10, TimeUnit.SECONDS)).isEqualTo(en("A1"));
    assertThat(runs).hasValue(1);
  }

  /**
   * The repositories of an optimistic run that was thrown away are dead, even during the second
   * run.
   */
  @Test
  void repositoriesOfADiscardedRunDie() {
    Organisation a =
        insert(newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN)));
    List<Repositories> handed = new ArrayList<>();

    read(
        r -> {
          handed.add(r);
          if (handed.size() == 1) {
            CompletableFuture.runAsync(
                    () ->
                        storage()
                            .inTransaction(
                                w ->
                                    w.organisations()
                                        .update(
                                            a.update(
                                                organisationProfile(
                                                    "A1",
                                                    OrganisationType.OTHER,
                                                    CountryCode.VN)))))
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
          } else {
            thrown(StorageException.class, () -> handed.get(0).organisations().findById(a.id()));
          }
          return null;
        });

    assertThat(handed).hasSize(2);
    assertRefused(StorageException.class, () -> handed.get(1).organisations().findById(a.id()));
  }

  /**
   * Repositories kept from one unit refuse every call made inside a later unit on the same thread.
   */
  @Test
  void repositoriesOfAnEarlierUnitRefuseCallsInsideALaterOne() {
    Organisation a =
        insert(newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN)));
    Repositories reader = read(r -> r);
    Repositories writer = write(r -> r);
    Organisation late =
        newOrganisation(organisationProfile("Late", OrganisationType.OTHER, CountryCode.VN));

    read(
        r -> {
          thrown(StorageException.class, () -> reader.organisations().findById(a.id()));
          thrown(StorageException.class, () -> writer.organisations().findById(a.id()));
          return null;
        });
    write(
        r -> {
          thrown(StorageException.class, () -> writer.organisations().insert(late));
          thrown(
              StorageException.class,
              () -> reader.activities().search(ActivityQuery.builder().build()));
          return null;
        });

    assertThat(findOrganisation(late.id())).isEmpty();
  }

  /**
   * Closing or describing the store from inside one of its units is refused, and the store stays
   * open.
   */
  @Test
  void closeAndDescribeFromInsideAUnitAreRefused() {
    Organisation a =
        insert(newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN)));

    assertRefused(
        StorageException.class,
        () ->
            write(
                r -> {
                  memory().close();
                  return null;
                }));
    assertRefused(
        StorageException.class,
        () ->
            read(
                r -> {
                  memory().close();
                  return null;
                }));
    assertRefused(StorageException.class, () -> read(r -> memory().describe()));
    assertRefused(StorageException.class, () -> write(r -> memory().describe()));

    assertThat(findOrganisation(a.id())).contains(a);
    assertThat(memory().describe())
        .isEqualTo("organisations=1 people=0 plans=0 activities=0 participations=0");
  }

  /** Describing a closed store is refused like every other call. */
  @Test
  void describingAClosedStoreIsRefused() {
    memory().close();

    StorageException e = thrown(StorageException.class, () -> memory().describe());

    assertThat(e.code()).isEqualTo(StorageException.CODE);
  }

  /** A checked exception thrown past the compiler still rolls the unit back, and passes through. */
  @Test
  void checkedExceptionThrownSneakilyRollsBack() {
    Organisation organisation =
        newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN));
    IOException failure = new IOException("checked, thrown sneakily");

    Throwable e =
        thrown(
            IOException.class,
            () ->
                write(
                    r -> {
                      r.organisations().insert(organisation);
                      throw InMemoryStorageTest.<RuntimeException>sneaky(failure);
                    }));

    assertThat(e).isSameAs(failure);
    assertThat(findOrganisation(organisation.id())).isEmpty();
  }

  /**
   * A failed unit of thousands of writes is undone completely, and the store takes the next unit
   * normally.
   */
  @Test
  void largeFailedUnitIsUndoneCompletely() {
    CooperationPlan plan = insert(newPlan("BIG"));
    Organisation org =
        insert(newOrganisation(organisationProfile("A0", OrganisationType.OTHER, CountryCode.VN)));
    Participant participant = Participant.of(org.id());
    String before = memory().describe();

    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  for (int i = 0; i < 5000; i++) {
                    Activity activity =
                        newActivity(
                                plan.id(),
                                details(1, ActivityType.WORKSHOP, en("Workshop " + i), "2019"))
                            .addParticipation(
                                new Participation(
                                    participant,
                                    ParticipationRole.ATTENDEE,
                                    ParticipationStatus.INVITED,
                                    null));
                    r.activities().insert(activity);
                  }
                  r.organisations()
                      .update(
                          org.update(
                              organisationProfile("A1", OrganisationType.OTHER, CountryCode.VN)));
                  throw new IllegalStateException("after 5000 inserts");
                }));

    assertThat(memory().describe()).isEqualTo(before);
    assertThat(
            read(r -> r.activities().search(ActivityQuery.builder().plan(plan.id()).build()))
                .items())
        .isEmpty();
    assertThat(
            read(r ->
                    r.activities().search(ActivityQuery.builder().participant(participant).build()))
                .items())
        .isEmpty();
    assertThat(stored(org.id())).isEqualTo(org);
    Activity after =
        insert(newActivity(plan.id(), details(1, ActivityType.WORKSHOP, en("After"), "2019")));
    assertThat(
            read(r -> r.activities().search(ActivityQuery.builder().plan(plan.id()).build()))
                .items())
        .containsExactly(after);
  }

  /**
   * The participant index follows updates that keep, change the status of, swap and roll back
   * participants.
   */
  @Test
  void participantIndexFollowsUpdates() {
    CooperationPlan plan = insert(newPlan("IDX"));
    Participant dost =
        Participant.of(
            insert(
                    newOrganisation(
                        organisationProfile("DOST", OrganisationType.OTHER, CountryCode.VN)))
                .id());
    Participant iia =
        Participant.of(
            insert(
                    newOrganisation(
                        organisationProfile("IIA", OrganisationType.OTHER, CountryCode.IL)))
                .id());
    Activity v1 =
        insert(
            newActivity(plan.id(), details(1, ActivityType.WORKSHOP, en("Workshop"), "2019"))
                .addParticipation(
                    new Participation(
                        dost, ParticipationRole.HOST, ParticipationStatus.INVITED, null)));

    Activity v2 =
        write(
            r ->
                r.activities()
                    .update(
                        v1.changeParticipation(
                            dost, ParticipationRole.HOST, ParticipationStatus.CONFIRMED)));
    assertThat(search(dost)).containsExactly(v2);

    Activity swapped =
        Activity.ForAdapters.restore(
            v2.id(),
            v2.plan(),
            v2.details(),
            null,
            v2.status(),
            null,
            null,
            null,
            List.of(
                new Participation(iia, ParticipationRole.HOST, ParticipationStatus.INVITED, null)),
            v2.version());
    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.activities().update(swapped);
                  throw new IllegalStateException("undo the swap");
                }));
    assertThat(search(dost)).containsExactly(v2);
    assertThat(search(iia)).isEmpty();

    Activity v3 = write(r -> r.activities().update(swapped));
    assertThat(search(dost)).isEmpty();
    assertThat(search(iia)).containsExactly(v3);
  }

  /** The store's text form says whether it is open. */
  @Test
  void textFormSaysWhetherTheStoreIsOpen() {
    assertThat(memory()).hasToString("InMemoryStorage[open]");
    memory().close();
    assertThat(memory()).hasToString("InMemoryStorage[closed]");
  }

  /** The description counts every participation of every activity. */
  @Test
  void describeCountsParticipations() {
    CooperationPlan plan = insert(newPlan("COUNT"));
    Participant dost =
        Participant.of(
            insert(
                    newOrganisation(
                        organisationProfile("DOST", OrganisationType.OTHER, CountryCode.VN)))
                .id());
    Participant iia =
        Participant.of(
            insert(
                    newOrganisation(
                        organisationProfile("IIA", OrganisationType.OTHER, CountryCode.IL)))
                .id());
    for (int n = 1; n <= 3; n++) {
      Activity a =
          newActivity(plan.id(), details(1, ActivityType.WORKSHOP, en("Workshop " + n), "2019"))
              .addParticipation(
                  new Participation(
                      dost, ParticipationRole.HOST, ParticipationStatus.INVITED, null));
      insert(
          n == 3
              ? a.addParticipation(
                  new Participation(
                      iia, ParticipationRole.ATTENDEE, ParticipationStatus.INVITED, null))
              : a);
    }

    assertThat(memory().describe())
        .isEqualTo("organisations=2 people=0 plans=1 activities=3 participations=4");
  }

  /**
   * Closing empties the store: nothing it held stays reachable through it, index keys included, so
   * a closed store kept by mistake holds no data.
   */
  @Test
  void closeLetsGoOfEverythingStored() throws InterruptedException {
    CooperationPlan plan = insert(newPlan("RELEASED"));
    Organisation org = insert(newOrganisation(dostHcmcProfile()));
    Participant participant = Participant.of(org.id());
    Activity activity =
        insert(
            newActivity(plan.id(), details(1, ActivityType.WORKSHOP, en("Workshop"), "2019"))
                .addParticipation(
                    new Participation(
                        participant, ParticipationRole.HOST, ParticipationStatus.INVITED, null)));
    io.github.coplan.domain.person.Person person =
        insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    List<java.lang.ref.WeakReference<Object>> held = new ArrayList<>();
    for (Object o :
        List.<Object>of(
            plan,
            plan.code(),
            plan.id(),
            org,
            org.profile().identifiers().iterator().next(),
            activity,
            activity.participations().get(0).participant(),
            person)) {
      held.add(new java.lang.ref.WeakReference<>(o));
    }
    plan = null;
    org = null;
    participant = null;
    activity = null;
    person = null;

    memory().close();

    for (int i = 0; i < 50 && held.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(held).as("what the closed store still holds").allMatch(r -> r.get() == null);
  }

  /** What an update replaced is not kept alive by the store once the unit has committed. */
  @Test
  void replacedValuesAreLetGoAfterTheUnit() throws InterruptedException {
    Organisation v1 = insert(newOrganisation(dostHcmcProfile()));
    java.lang.ref.WeakReference<Organisation> replaced = new java.lang.ref.WeakReference<>(v1);
    Organisation v2 =
        write(
            r ->
                r.organisations()
                    .update(
                        replaced
                            .get()
                            .update(
                                organisationProfile(
                                    "Renamed",
                                    OrganisationType.LOCAL_GOVERNMENT,
                                    CountryCode.VN))));
    v1 = null;

    for (int i = 0; i < 50 && replaced.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }

    assertThat(replaced.get()).as("the replaced version").isNull();
    assertThat(stored(v2.id())).isEqualTo(v2);
  }

  /**
   * The store checks the day itself, not only while it compares people: an empty store refuses the
   * look-up as the SQL store does.
   */
  @Test
  void aPersonLookUpWhoseAffiliationHasNoDayIsRefusedEvenWhenNoPersonIsStored() {
    PersonQuery noDay = PersonQuery.builder().affiliatedWith(new OrganisationId(nextId())).build();

    InvalidInputException refused =
        assertRefused(InvalidInputException.class, () -> read(r -> r.people().search(noDay)));
    assertThat(refused.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("affiliatedOn", Violation.REQUIRED));
    assertThat(
            read(r -> r.people().search(noDay.affiliatedOnOr(LocalDate.of(2018, 8, 15)))).items())
        .isEmpty();
  }

  private List<Activity> search(Participant participant) {
    return read(r ->
            r.activities().search(ActivityQuery.builder().participant(participant).build()))
        .items();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable e) throws E {
    throw (E) e;
  }
}
