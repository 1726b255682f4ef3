package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OrganisationServiceTest {

  private static final ExternalIdentifier DOST_ID = ExternalIdentifier.of("VN-GOV", "dost-hcmc");

  private final FakeStorage storage = new FakeStorage();
  private final OrganisationUseCases organisations =
      Services.create(storage, Clock.systemUTC(), new SequentialIds(), Actor.APPLICATION, true)
          .organisations();

  private static OrganisationProfile profile(
      String name, @Nullable OrganisationId parent, ExternalIdentifier... ids) {
    OrganisationProfile.Builder b =
        OrganisationProfile.builder()
            .name(vi(name))
            .type(OrganisationType.LOCAL_GOVERNMENT)
            .country(CountryCode.VN)
            .parent(parent);
    for (ExternalIdentifier id : ids) {
      b.identifier(id);
    }
    return b.build();
  }

  private static OrganisationId nth(long n) {
    return new OrganisationId(SequentialIds.nth(n));
  }

  @Test
  void registerStoresVersionOneUnderTheNextId() {
    Organisation dost =
        organisations.register(new RegisterOrganisation(profile("Sở KH&CN TP.HCM", null, DOST_ID)));

    assertThat(dost.id()).isEqualTo(nth(1));
    assertThat(dost.version()).isEqualTo(1);
    assertThat(organisations.get(nth(1))).isEqualTo(dost);
    assertThat(organisations.get(nth(1)).profile().name().original()).isEqualTo("Sở KH&CN TP.HCM");
    assertThat(organisations.findByIdentifier(DOST_ID)).contains(dost);
    assertThat(organisations.findByIdentifier(ExternalIdentifier.of("VN-GOV", "dost-hanoi")))
        .isEmpty();
  }

  @Test
  void registerUnderAnExistingParentKeepsTheParent() {
    Organisation city =
        organisations.register(new RegisterOrganisation(profile("UBND TP.HCM", null)));
    Organisation dost =
        organisations.register(new RegisterOrganisation(profile("Sở KH&CN TP.HCM", city.id())));

    assertThat(organisations.get(dost.id()).profile().parent()).isEqualTo(city.id());
  }

  @Test
  void registerUnderAMissingParentIsNotFoundAndStoresNothing() {
    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                organisations.register(
                    new RegisterOrganisation(profile("Sở KH&CN TP.HCM", nth(99), DOST_ID))));

    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(nth(99).toString());
    assertThat(e.code()).isEqualTo(NotFoundException.CODE);
    assertThat(storage.commits()).isZero();
    assertThat(organisations.findByIdentifier(DOST_ID)).isEmpty();
  }

  @Test
  void aTakenIdentifierIsADuplicate() {
    organisations.register(new RegisterOrganisation(profile("Sở KH&CN TP.HCM", null, DOST_ID)));

    DuplicateException e =
        catchThrowableOfType(
            DuplicateException.class,
            () -> organisations.register(new RegisterOrganisation(profile("DOST", null, DOST_ID))));

    assertThat(e.what()).isEqualTo(DuplicateException.ORGANISATION_IDENTIFIER);
    assertThat(e.code()).isEqualTo(DuplicateException.CODE);
    assertThat(storage.commits()).isEqualTo(1);
  }

  @Test
  void updateReplacesTheProfileAndCountsTheVersion() {
    Organisation dost =
        organisations.register(new RegisterOrganisation(profile("Sở KH&CN TP.HCM", null)));

    Organisation updated =
        organisations.update(
            new UpdateOrganisation(
                dost.id(), profile("Sở Khoa học và Công nghệ TP.HCM", null, DOST_ID)));
    Organisation again =
        organisations.update(new UpdateOrganisation(dost.id(), profile("Sở KH&CN", null), 2L));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.profile().identifiers()).containsExactly(DOST_ID);
    assertThat(again.version()).isEqualTo(3);
    assertThat(organisations.get(dost.id()).profile().name().original()).isEqualTo("Sở KH&CN");
  }

  @Test
  void updateFromAStaleVersionIsAConflictAndChangesNothing() {
    Organisation dost =
        organisations.register(new RegisterOrganisation(profile("Sở KH&CN TP.HCM", null)));
    organisations.update(new UpdateOrganisation(dost.id(), profile("Sở KH&CN", null)));

    ConflictException e =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                organisations.update(new UpdateOrganisation(dost.id(), profile("DOST", null), 1L)));

    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).contains(dost.id().toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(e.code()).isEqualTo(ConflictException.CODE);
    assertThat(organisations.get(dost.id()).profile().name().original()).isEqualTo("Sở KH&CN");
    assertThat(organisations.get(dost.id()).version()).isEqualTo(2);
  }

  @Test
  void updateOfAMissingOrganisationIsNotFound() {
    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class,
            () -> organisations.update(new UpdateOrganisation(nth(7), profile("DOST", null))));

    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(nth(7).toString());
  }

  @Test
  void anOrganisationCannotBecomeItsOwnParentOrAncestor() {
    Organisation city =
        organisations.register(new RegisterOrganisation(profile("UBND TP.HCM", null)));
    Organisation dost =
        organisations.register(new RegisterOrganisation(profile("Sở KH&CN TP.HCM", city.id())));
    Organisation centre =
        organisations.register(new RegisterOrganisation(profile("Trung tâm SIHUB", dost.id())));

    rule(
        () ->
            organisations.update(
                new UpdateOrganisation(city.id(), profile("UBND TP.HCM", city.id()))),
        RuleCode.ORGANISATION_PARENT_CYCLE);
    rule(
        () ->
            organisations.update(
                new UpdateOrganisation(city.id(), profile("UBND TP.HCM", centre.id()))),
        RuleCode.ORGANISATION_PARENT_CYCLE);

    assertThat(organisations.get(city.id()).profile().parent()).isNull();
    assertThat(organisations.get(city.id()).version()).isEqualTo(1);
  }

  @Test
  void aCycleAlreadyInTheStoreEndsTheWalkInsteadOfLoopingForever() {
    // Two organisations that point at each other, written past the use cases as a damaged store
    // would hold them.
    storage.inTransaction(
        r -> {
          r.organisations().insert(Organisation.register(nth(50), profile("A", nth(51))));
          return r.organisations().insert(Organisation.register(nth(51), profile("B", nth(50))));
        });

    rule(
        () -> organisations.register(new RegisterOrganisation(profile("C", nth(50)))),
        RuleCode.ORGANISATION_PARENT_CYCLE);
  }

  @Test
  void missingArgumentsAreInvalidInputNotNullPointers() {
    violation(() -> organisations.register(null), "command", Violation.REQUIRED);
    violation(() -> organisations.update(null), "command", Violation.REQUIRED);
    violation(() -> organisations.get(null), "id", Violation.REQUIRED);
    violation(() -> organisations.findByIdentifier(null), "identifier", Violation.REQUIRED);
    assertThat(storage.commits()).isZero();
  }

  @Test
  void getOfAMissingOrganisationIsNotFound() {
    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> organisations.get(nth(3)));

    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(nth(3).toString());
  }

  @Test
  void searchFindsOrganisationsByNameOrAcronymWithTheTotal() {
    Organisation dost =
        organisations.register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(vi("Sở KH&CN TP.HCM"))
                    .acronym("DOST")
                    .type(OrganisationType.LOCAL_GOVERNMENT)
                    .country(CountryCode.VN)
                    .build()));

    Page<Organisation> page =
        organisations.search(OrganisationQuery.builder().text("dost").withTotal().build());

    assertThat(page.items()).containsExactly(dost);
    assertThat(page.total()).isEqualTo(1L);
    assertThat(organisations.search(OrganisationQuery.builder().text("iia").build()))
        .isEqualTo(new Page<>(List.of(), null));
    violation(() -> organisations.search(null), "query", Violation.REQUIRED);
  }
}
