package io.github.coplan;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.details;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
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
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoplanTest {

  private static final Instant NOON = Instant.parse("2018-11-20T05:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);
  private static final OrganisationProfile DOST =
      OrganisationProfile.builder()
          .name(vi("Sở KH&CN TP.HCM"))
          .type(OrganisationType.LOCAL_GOVERNMENT)
          .country(CountryCode.VN)
          .build();

  @Test
  void aStorageIsRequired() {
    violation(() -> Coplan.builder().build(), "storage", Violation.REQUIRED);
    violation(
        () -> Coplan.builder().clock(CLOCK).idSource(new SequentialIds()).build(),
        "storage",
        Violation.REQUIRED);
  }

  @Test
  void aClockIsRequired() {
    violation(
        () -> Coplan.builder().storage(new FakeStorage()).clock(null).build(),
        "clock",
        Violation.REQUIRED);
  }

  @Test
  void servicesOutsideCoplanListEveryMissingPartToo() {
    violations(
        () -> Services.create(null, null, null, null, true),
        tuple("storage", Violation.REQUIRED),
        tuple("clock", Violation.REQUIRED),
        tuple("ids", Violation.REQUIRED),
        tuple("actor", Violation.REQUIRED));
    violation(
        () -> Services.create(new FakeStorage(), CLOCK, null, Actor.APPLICATION, true),
        "ids",
        Violation.REQUIRED);
  }

  @Test
  void theClockIsTheSystemClockInUtcUnlessGiven() {
    assertThat(Coplan.builder().storage(new FakeStorage()).build().clock())
        .isEqualTo(Clock.systemUTC());
    assertThat(Coplan.builder().storage(new FakeStorage()).clock(CLOCK).build().clock())
        .isSameAs(CLOCK);
  }

  @Test
  void withoutAnIdSourceIdsAreVersion7FromTheClock() {
    UseCases coplan =
        Coplan.builder()
            .storage(new FakeStorage())
            .clock(CLOCK)
            .build()
            .actingAs(Actor.APPLICATION);

    UUID id = coplan.organisations().register(new RegisterOrganisation(DOST)).id().value();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOON.toEpochMilli());
  }

  @Test
  void aGivenIdSourceIsUsed() {
    UseCases coplan =
        Coplan.builder()
            .storage(new FakeStorage())
            .clock(CLOCK)
            .idSource(new SequentialIds())
            .build()
            .actingAs(Actor.APPLICATION);

    Organisation dost = coplan.organisations().register(new RegisterOrganisation(DOST));

    assertThat(dost.id()).isEqualTo(new OrganisationId(SequentialIds.nth(1)));
  }

  @Test
  void aGroupOfCommandsIsOneCommitAndItsCommandsSeeEachOther() {
    FakeStorage storage = new FakeStorage();
    UseCases coplan =
        Coplan.builder()
            .storage(storage)
            .clock(CLOCK)
            .idSource(new SequentialIds())
            .build()
            .actingAs(Actor.APPLICATION);
    int before = storage.commits();

    Activity tour =
        coplan.inTransaction(
            tx -> {
              Organisation dost = tx.organisations().register(new RegisterOrganisation(DOST));
              CooperationPlan plan =
                  tx.plans()
                      .draft(
                          new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch"))
                              .withPeriod(DateSpan.parse("2018/2021")));
              tx.plans()
                  .addContentArea(
                      new AddContentArea(plan.id(), new ContentArea(1, vi("Chính sách"))));
              Activity proposed =
                  tx.activities()
                      .propose(
                          new ProposeActivity(plan.id(), details(1, "2018-12", "Đoàn khảo sát")));
              assertThat(tx.organisations().get(dost.id())).isEqualTo(dost);
              assertThat(tx.plans().get(plan.id()).version()).isEqualTo(2);
              assertThat(tx.activities().get(proposed.id())).isEqualTo(proposed);
              assertThat(tx.people()).isNotNull();
              assertThat(
                      tx.reports()
                          .progress(plan.id(), LocalDate.of(2018, 11, 20))
                          .progress()
                          .upcoming())
                  .isEqualTo(1);
              return proposed;
            });

    assertThat(storage.commits()).isEqualTo(before + 1);
    assertThat(coplan.activities().get(tour.id())).isEqualTo(tour);
  }

  @Test
  void aGroupThatThrowsCommitsNothingAndRethrowsTheError() {
    FakeStorage storage = new FakeStorage();
    UseCases coplan =
        Coplan.builder()
            .storage(storage)
            .clock(CLOCK)
            .idSource(new SequentialIds())
            .build()
            .actingAs(Actor.APPLICATION);
    int before = storage.commits();

    violation(
        () ->
            coplan.useTransaction(
                tx -> {
                  tx.organisations().register(new RegisterOrganisation(DOST));
                  tx.plans().draft(new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch")));
                  tx.people().register(new RegisterPerson(null, List.of()));
                }),
        "profile",
        Violation.REQUIRED);

    assertThat(storage.commits()).isEqualTo(before);
    assertThat(coplan.plans().findByCode(PlanCode.of("HCMC-IIA-2018"))).isEmpty();
    Optional<CooperationPlan> found =
        coplan.inTransaction(tx -> tx.plans().findByCode(PlanCode.of("HCMC-IIA-2018")));
    assertThat(found).isEmpty();
    assertThat(storage.commits()).isEqualTo(before + 1);
  }

  @Test
  void missingWorkIsRefusedBeforeAnyTransaction() {
    FakeStorage storage = new FakeStorage();
    UseCases coplan =
        Coplan.builder().storage(storage).clock(CLOCK).build().actingAs(Actor.APPLICATION);
    violation(() -> coplan.inTransaction(null), "work", Violation.REQUIRED);
    violation(() -> coplan.useTransaction(null), "work", Violation.REQUIRED);
    assertThat(storage.commits()).isZero();
  }

  @Test
  void everyGroupOfUseCasesWorksOnTheOneStorage() {
    FakeStorage storage = new FakeStorage();
    UseCases coplan =
        Coplan.builder()
            .storage(storage)
            .clock(CLOCK)
            .idSource(new SequentialIds())
            .build()
            .actingAs(Actor.APPLICATION);

    Organisation dost = coplan.organisations().register(new RegisterOrganisation(DOST));
    Person director =
        coplan
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Nguyễn Văn A", CountryCode.VN),
                    List.of(new Affiliation(dost.id(), "Giám đốc", null, null))));
    CooperationPlan plan =
        coplan
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Chính sách"))));
    Activity tour =
        coplan
            .activities()
            .propose(new ProposeActivity(plan.id(), details(1, "2018-12", "Đoàn khảo sát")));
    ProgressReport report = coplan.reports().progress(plan.id(), LocalDate.of(2018, 11, 20));

    assertThat(coplan.people().get(director.id()).affiliations())
        .extracting(Affiliation::organisation)
        .containsExactly(dost.id());
    assertThat(coplan.activities().get(tour.id()).status()).isEqualTo(ActivityStatus.PROPOSED);
    assertThat(report.progress().upcoming()).isEqualTo(1);
    assertThat(report.progress().upcomingUntil()).isEqualTo(LocalDate.of(2019, 2, 18));
    assertThat(storage.commits()).isEqualTo(5);
  }

  @Test
  void closeClosesTheStorage() {
    Coplan store = Coplan.builder().storage(new FakeStorage()).clock(CLOCK).build();
    UseCases coplan = store.actingAs(Actor.APPLICATION);
    Organisation dost = coplan.organisations().register(new RegisterOrganisation(DOST));

    store.close();

    StorageException e =
        catchThrowableOfType(StorageException.class, () -> coplan.organisations().get(dost.id()));
    assertThat(e.code()).isEqualTo(StorageException.CODE);
  }
}
