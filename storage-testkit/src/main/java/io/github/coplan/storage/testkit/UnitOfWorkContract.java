package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.port.storage.Repositories;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.Storage}'s units of work: all or nothing
 * across aggregates, errors passed through, a unit sees its own writes and no other unit's
 * uncommitted ones, read-only units refuse writes, repositories die with their unit, and a closed
 * store refuses everything.
 */
public abstract class UnitOfWorkContract extends StorageContract {

  /** For subclasses. */
  protected UnitOfWorkContract() {}

  /**
   * How long the isolation test keeps a unit open while another unit reads. A store whose readers
   * wait for writers makes the test wait this long.
   *
   * @return the wait
   */
  protected Duration isolationWait() {
    return Duration.ofMillis(500);
  }

  /**
   * A unit that writes to every repository and then throws leaves no trace, and its error passes
   * through.
   */
  @Test
  protected void unitThatThrowsLeavesNothingAcrossAggregates() {
    Organisation existing = insert(newOrganisation(israelInnovationAuthorityProfile()));
    Organisation organisation = newOrganisation(dostHcmcProfile());
    Person person = newPerson("Nguyễn Việt Dũng", CountryCode.VN);
    CooperationPlan plan = newPlan("HCMC-IIA-2018");
    Activity activity =
        newActivity(plan.id(), details(5, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4"));
    RuntimeException failure = new UnsupportedOperationException("the work failed after writing");

    Throwable e =
        assertRefusedWith(
            failure,
            r -> {
              r.organisations().insert(organisation);
              r.people().insert(person);
              r.plans().insert(plan);
              r.activities().insert(activity);
              r.organisations()
                  .update(
                      existing.update(
                          OrganisationRepositoryContract.profileWithAcronym(
                              existing.profile(), "CHANGED")));
              throw failure;
            });

    assertThat(e).isSameAs(failure);
    assertThat(findOrganisation(organisation.id())).isEmpty();
    assertThat(findPerson(person.id())).isEmpty();
    assertThat(findPlan(plan.id())).isEmpty();
    assertThat(findActivity(activity.id())).isEmpty();
    assertThat(stored(existing.id())).isEqualTo(existing);
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))).isEmpty();
    assertThat(findPlanByCode("HCMC-IIA-2018")).isEmpty();
    assertThat(read(r -> r.activities().search(ActivityQuery.builder().build())).items()).isEmpty();
    assertThat(
            read(r ->
                    r.activities()
                        .progress(
                            new ProgressQuery(
                                plan.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1))))
                .contentAreas())
        .isEmpty();
    // The code and identifiers the failed unit used are free.
    insert(newPlan("HCMC-IIA-2018"));
    insert(newOrganisation(dostHcmcProfile()));
  }

  /** A unit that inserts a plan and an organisation and then throws leaves neither. */
  @Test
  protected void unitInsertingAPlanAndAnOrganisationThenThrowingLeavesNeither() {
    CooperationPlan plan = newPlan("HCMC-IIA-2018");
    Organisation organisation = newOrganisation(dostHcmcProfile());
    RuleViolationException failure =
        new RuleViolationException(RuleCode.PLAN_FROZEN, "refused after writing");

    Throwable e =
        assertRefusedWith(
            failure,
            r -> {
              r.plans().insert(plan);
              r.organisations().insert(organisation);
              throw failure;
            });

    assertThat(e).isSameAs(failure);
    assertThat(findPlan(plan.id())).isEmpty();
    assertThat(findOrganisation(organisation.id())).isEmpty();
  }

  /** A unit that fails on a duplicate after earlier writes leaves nothing of them. */
  @Test
  protected void unitFailingOnADuplicateAfterEarlierWritesLeavesNothing() {
    CooperationPlan taken = insert(newPlan("TAKEN"));
    Organisation existing = insert(newOrganisation(israelInnovationAuthorityProfile()));
    Organisation organisation = newOrganisation(dostHcmcProfile());
    CooperationPlan fresh = newPlan("FRESH");
    CooperationPlan clash = newPlan("TAKEN");

    DuplicateException e =
        assertRefused(
            DuplicateException.class,
            () ->
                write(
                    r -> {
                      r.organisations().insert(organisation);
                      r.plans().insert(fresh);
                      r.organisations()
                          .update(
                              existing.update(
                                  OrganisationRepositoryContract.profileWithAcronym(
                                      existing.profile(), "CHANGED")));
                      return r.plans().insert(clash);
                    }));

    assertThat(e.what()).isEqualTo(DuplicateException.PLAN_CODE);
    assertThat(findOrganisation(organisation.id())).isEmpty();
    assertThat(findPlan(fresh.id())).isEmpty();
    assertThat(findPlanByCode("FRESH")).isEmpty();
    assertThat(findPlanByCode("TAKEN")).contains(taken);
    assertThat(stored(existing.id())).isEqualTo(existing);
  }

  /** A unit that fails on a stale version after earlier writes leaves nothing of them. */
  @Test
  protected void unitFailingOnAConflictAfterEarlierWritesLeavesNothing() {
    Organisation v1 = insert(newOrganisation(israelInnovationAuthorityProfile()));
    Organisation v2 =
        write(
            r ->
                r.organisations()
                    .update(
                        v1.update(
                            OrganisationRepositoryContract.profileWithAcronym(
                                v1.profile(), "V2"))));
    Person person = newPerson("Nguyễn Việt Dũng", CountryCode.VN);

    assertRefused(
        ConflictException.class,
        () ->
            write(
                r -> {
                  r.people().insert(person);
                  return r.organisations()
                      .update(
                          v1.update(
                              OrganisationRepositoryContract.profileWithAcronym(
                                  v1.profile(), "STALE")));
                }));

    assertThat(findPerson(person.id())).isEmpty();
    assertThat(stored(v1.id())).isEqualTo(v2);
  }

  /** An error (not an exception) thrown by the work rolls the unit back and passes through. */
  @Test
  protected void errorThrownByTheWorkRollsBackToo() {
    Organisation organisation = newOrganisation(dostHcmcProfile());
    AssertionError failure = new AssertionError("an error, not an exception");

    Throwable e =
        thrown(
            AssertionError.class,
            () ->
                write(
                    r -> {
                      r.organisations().insert(organisation);
                      throw failure;
                    }));

    assertThat(e).isSameAs(failure);
    assertThat(findOrganisation(organisation.id())).isEmpty();
  }

  /** Rolling back restores the index entries the unit moved: identifiers go back to their owner. */
  @Test
  protected void rollbackRestoresMovedIdentifiers() {
    Organisation dost = insert(newOrganisation(dostHcmcProfile()));
    OrganisationProfile dropped =
        OrganisationProfile.builder()
            .name(dost.profile().name())
            .type(OrganisationType.LOCAL_GOVERNMENT)
            .country(CountryCode.VN)
            .build();
    Organisation taker =
        newOrganisation(
            OrganisationProfile.builder()
                .name(en("Taker"))
                .type(OrganisationType.PRIVATE_SECTOR)
                .country(CountryCode.VN)
                .identifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))
                .build());
    RuntimeException failure = new UnsupportedOperationException("undo");

    assertRefusedWith(
        failure,
        r -> {
          r.organisations().update(dost.update(dropped));
          r.organisations().insert(taker);
          assertThat(
                  r.organisations().findByIdentifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC")))
              .map(Organisation::id)
              .contains(taker.id());
          throw failure;
        });

    assertThat(findByIdentifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))).contains(dost);
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-TAX", "0301234567"))).contains(dost);
    assertThat(findOrganisation(taker.id())).isEmpty();
  }

  /** A committed unit's writes are all visible afterwards, and its value is returned. */
  @Test
  protected void committedUnitStoresEverythingAndReturnsItsValue() {
    Organisation organisation = newOrganisation(dostHcmcProfile());
    CooperationPlan plan = newPlan("HCMC-IIA-2018");
    Activity activity =
        newActivity(plan.id(), details(5, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4"));

    String value =
        write(
            r -> {
              r.organisations().insert(organisation);
              r.plans().insert(plan);
              r.activities().insert(activity);
              return "done";
            });

    assertThat(value).isEqualTo("done");
    assertThat(stored(organisation.id())).isEqualTo(Aggregates.withVersion(organisation, 1));
    assertThat(stored(plan.id())).isEqualTo(Aggregates.withVersion(plan, 1));
    assertThat(stored(activity.id())).isEqualTo(Aggregates.withVersion(activity, 1));
  }

  /** Inside a unit, every read sees the unit's own writes, searches and progress included. */
  @Test
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  protected void unitSeesItsOwnWrites() {
    Organisation organisation = newOrganisation(dostHcmcProfile());
    CooperationPlan plan = newPlan("HCMC-IIA-2018");
    Activity activity =
        newActivity(
            plan.id(),
            details(
                5,
                ActivityType.EVENT_SHOWCASE,
                viEn("Tuần lễ Đổi mới sáng tạo", "Week"),
                "2018-Q4"));

    write(
        r -> {
          Organisation v1 = r.organisations().insert(organisation);
          assertThat(r.organisations().findById(organisation.id())).contains(v1);
          assertThat(
                  r.organisations().findByIdentifier(ExternalIdentifier.of("VN-TAX", "0301234567")))
              .contains(v1);
          Organisation v2 =
              r.organisations()
                  .update(
                      v1.update(
                          OrganisationRepositoryContract.profileWithAcronym(v1.profile(), "V2")));
          Organisation v3 =
              r.organisations()
                  .update(
                      v2.update(
                          OrganisationRepositoryContract.profileWithAcronym(v2.profile(), "V3")));
          assertThat(r.organisations().findById(organisation.id())).contains(v3);
          CooperationPlan p = r.plans().insert(plan);
          assertThat(r.plans().findByCode(plan.code())).contains(p);
          Activity a = r.activities().insert(activity);
          assertThat(r.activities().findById(activity.id())).contains(a);
          assertThat(r.activities().search(ActivityQuery.builder().text("doi moi").build()).items())
              .containsExactly(a);
          PlanProgress progress =
              r.activities()
                  .progress(
                      new ProgressQuery(
                          plan.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1)));
          assertThat(progress.contentAreas())
              .containsExactly(new ContentAreaProgress(5, Map.of(a.status(), 1L), 1, 0));
          return null;
        });

    assertThat(stored(organisation.id()).version()).isEqualTo(3);
    assertThat(stored(organisation.id()).profile().acronym()).isEqualTo("V3");
  }

  /** A read-only unit sees what was committed and returns its value. */
  @Test
  protected void readOnlyUnitSeesCommittedWrites() {
    Organisation organisation = insert(newOrganisation(dostHcmcProfile()));

    Optional<Organisation> seen = read(r -> r.organisations().findById(organisation.id()));

    assertThat(seen).contains(organisation);
  }

  /** Every write in a read-only unit is refused with a storage error, and nothing is stored. */
  @Test
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  protected void readOnlyUnitRefusesEveryWrite() {
    Organisation organisation = insert(newOrganisation(dostHcmcProfile()));
    Person person = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    CooperationPlan plan = insert(newPlan("HCMC-IIA-2018"));
    Activity activity =
        insert(
            newActivity(plan.id(), details(5, ActivityType.EVENT_SHOWCASE, en("Week"), "2018-Q4")));
    List<Consumer<Repositories>> writes = new ArrayList<>();
    writes.add(r -> r.organisations().insert(newOrganisation(israelInnovationAuthorityProfile())));
    writes.add(
        r ->
            r.organisations()
                .update(
                    organisation.update(
                        OrganisationRepositoryContract.profileWithAcronym(
                            organisation.profile(), "X"))));
    writes.add(r -> r.people().insert(newPerson("Doron Lebovich", CountryCode.IL)));
    writes.add(r -> r.people().update(person));
    writes.add(r -> r.plans().insert(newPlan("OTHER")));
    writes.add(r -> r.plans().update(plan));
    writes.add(
        r ->
            r.activities()
                .insert(
                    newActivity(plan.id(), details(1, ActivityType.OTHER, en("Other"), "2019"))));
    writes.add(r -> r.activities().update(activity));

    for (Consumer<Repositories> write : writes) {
      StorageException e =
          assertRefused(
              StorageException.class,
              () ->
                  this.<@Nullable Object>read(
                      r -> {
                        write.accept(r);
                        return null;
                      }));
      assertThat(e.code()).isEqualTo(StorageException.CODE);
    }
    assertThat(stored(organisation.id())).isEqualTo(organisation);
    assertThat(stored(plan.id())).isEqualTo(plan);
  }

  /** An error thrown by a read-only unit's work passes through unchanged. */
  @Test
  protected void readOnlyUnitPassesErrorsThrough() {
    RuleViolationException failure =
        new RuleViolationException(RuleCode.PLAN_FROZEN, "thrown by the work");

    Throwable e =
        thrown(
            RuleViolationException.class,
            () ->
                read(
                    r -> {
                      throw failure;
                    }));

    assertThat(e).isSameAs(failure);
  }

  /**
   * Repositories used after their unit ended refuse every call, and nothing is stored through them.
   */
  @Test
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  protected void repositoriesDieWithTheirUnit() {
    Organisation organisation = insert(newOrganisation(dostHcmcProfile()));
    AtomicReference<Repositories> leakedWriter = new AtomicReference<>();
    AtomicReference<Repositories> leakedReader = new AtomicReference<>();
    write(
        r -> {
          leakedWriter.set(r);
          return null;
        });
    read(
        r -> {
          leakedReader.set(r);
          return null;
        });
    Organisation late = newOrganisation(israelInnovationAuthorityProfile());

    assertRefused(StorageException.class, () -> leakedWriter.get().organisations().insert(late));
    assertRefused(
        StorageException.class,
        () -> leakedWriter.get().organisations().findById(organisation.id()));
    assertRefused(StorageException.class, () -> leakedWriter.get().plans().insert(newPlan("LATE")));
    assertRefused(
        StorageException.class,
        () -> leakedReader.get().organisations().findById(organisation.id()));
    assertRefused(
        StorageException.class,
        () -> leakedReader.get().activities().search(ActivityQuery.builder().build()));
    assertThat(findOrganisation(late.id())).isEmpty();
    assertThat(findPlanByCode("LATE")).isEmpty();
  }

  /** A unit never sees another unit's uncommitted writes; once committed, they are visible. */
  @Test
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  protected void uncommittedWritesAreInvisibleToOtherUnits() throws Exception {
    Organisation organisation = newOrganisation(dostHcmcProfile());
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch observed = new CountDownLatch(1);
    // Set inside the writing unit just before it returns, so before its commit can begin.
    AtomicBoolean committing = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> writer =
          pool.submit(
              () ->
                  this.<@Nullable Object>write(
                      r -> {
                        r.organisations().insert(organisation);
                        written.countDown();
                        try {
                          observed.await(isolationWait().toMillis(), TimeUnit.MILLISECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        committing.set(true);
                        return null;
                      }));
      Future<Boolean> reader =
          pool.submit(
              () -> {
                written.await();
                Optional<Organisation> seen =
                    read(r -> r.organisations().findById(organisation.id()));
                boolean whileOpen = !committing.get();
                observed.countDown();
                if (whileOpen) {
                  assertThat(seen).as("read while the writing unit was open").isEmpty();
                } else {
                  // The store made the reader wait for the writer, which may have committed by
                  // then.
                  assertThat(seen.orElse(Aggregates.withVersion(organisation, 1)))
                      .isEqualTo(Aggregates.withVersion(organisation, 1));
                }
                return whileOpen;
              });
      writer.get(30, TimeUnit.SECONDS);
      reader.get(30, TimeUnit.SECONDS);
      assertThat(stored(organisation.id())).isEqualTo(Aggregates.withVersion(organisation, 1));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * After close every call throws a storage error without running the work; closing again is
   * harmless.
   */
  @Test
  protected void closedStoreRefusesEveryCall() {
    Organisation organisation = insert(newOrganisation(dostHcmcProfile()));
    AtomicBoolean ran = new AtomicBoolean();

    storage().close();

    StorageException e =
        thrown(
            StorageException.class,
            () ->
                write(
                    r -> {
                      ran.set(true);
                      return r.organisations()
                          .insert(newOrganisation(israelInnovationAuthorityProfile()));
                    }));
    assertThat(e.code()).isEqualTo(StorageException.CODE);
    thrown(
        StorageException.class,
        () ->
            read(
                r -> {
                  ran.set(true);
                  return r.organisations().findById(organisation.id());
                }));
    thrown(StorageException.class, () -> coplan().organisations().get(organisation.id()));
    thrown(
        StorageException.class,
        () ->
            coplan().organisations().register(new RegisterOrganisation(embassyOfIsraelProfile())));
    assertThat(ran).isFalse();
    storage().close();
  }

  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  private Throwable assertRefusedWith(Throwable failure, Consumer<Repositories> work) {
    Throwable e =
        assertRefused(
            Throwable.class,
            () ->
                this.<@Nullable Object>write(
                    r -> {
                      work.accept(r);
                      return null;
                    }));
    assertThat(e).as("the error thrown by the work").isSameAs(failure);
    return e;
  }
}
