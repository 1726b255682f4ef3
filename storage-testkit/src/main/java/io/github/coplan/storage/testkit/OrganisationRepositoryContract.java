package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Aggregates;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.OrganisationRepository}: every field round
 * trips, versions are checked, identifiers and ids are unique, and nothing a caller holds can
 * change what is stored.
 */
public abstract class OrganisationRepositoryContract extends StorageContract {

  /** For subclasses. */
  protected OrganisationRepositoryContract() {}

  /** Every part of a full profile comes back exactly, in Vietnamese, English and Hebrew. */
  @Test
  protected void insertedOrganisationReadsBackWithEveryField() {
    Organisation parent =
        insert(
            newOrganisation(
                organisationProfile(
                    "People's Committee of Ho Chi Minh City",
                    OrganisationType.LOCAL_GOVERNMENT,
                    CountryCode.VN)));
    OrganisationProfile profile =
        OrganisationProfile.builder()
            .name(dostHcmcProfile().name())
            .acronym("DOST HCMC")
            .alternativeName("Sở KH&CN TP.HCM")
            .alternativeName("DOST Hồ Chí Minh")
            .type(OrganisationType.LOCAL_GOVERNMENT)
            .country(CountryCode.VN)
            .parent(parent.id())
            .identifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))
            .identifier(ExternalIdentifier.of("VN-TAX", "0301234567"))
            .website(URI.create("https://dost.hochiminhcity.gov.vn/en/"))
            .build();
    Organisation organisation = newOrganisation(profile);

    Organisation inserted = insert(organisation);

    assertThat(inserted).isEqualTo(Aggregates.withVersion(organisation, 1));
    Organisation read = stored(organisation.id());
    assertThat(read).isEqualTo(inserted);
    OrganisationProfile p = read.profile();
    assertThat(p.name().originalLanguage()).isEqualTo("vi");
    assertThat(p.name().texts())
        .containsExactly(
            Map.entry("en", "Department of Science and Technology of Ho Chi Minh City"),
            Map.entry("he", "מחלקת המדע והטכנולוגיה של הו צ'י מין סיטי"),
            Map.entry("vi", "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh"));
    assertThat(p.acronym()).isEqualTo("DOST HCMC");
    assertThat(p.alternativeNames()).containsExactly("Sở KH&CN TP.HCM", "DOST Hồ Chí Minh");
    assertThat(p.type()).isEqualTo(OrganisationType.LOCAL_GOVERNMENT);
    assertThat(p.country()).isEqualTo(CountryCode.VN);
    assertThat(p.parent()).isEqualTo(parent.id());
    assertThat(p.identifiers())
        .containsExactlyInAnyOrder(
            ExternalIdentifier.of("VN-GOV", "DOST-HCMC"),
            ExternalIdentifier.of("VN-TAX", "0301234567"));
    assertThat(p.website()).isEqualTo(URI.create("https://dost.hochiminhcity.gov.vn/en/"));
    assertThat(read.version()).isEqualTo(1);
  }

  /** A name whose original language is Hebrew keeps Hebrew as the original. */
  @Test
  protected void hebrewOriginalNameRoundTrips() {
    Organisation iia = insert(newOrganisation(israelInnovationAuthorityProfile()));

    Organisation read = stored(iia.id());

    assertThat(read.profile().name().originalLanguage()).isEqualTo("he");
    assertThat(read.profile().name().original()).isEqualTo("רשות החדשנות");
    assertThat(read.profile().name().in("vi")).contains("Cơ quan Đổi mới Sáng tạo Israel");
    assertThat(read).isEqualTo(iia);
  }

  /**
   * An organisation without acronym, alternative names, parent, identifiers or web site round
   * trips.
   */
  @Test
  protected void organisationWithoutOptionalPartsRoundTrips() {
    Organisation bare =
        newOrganisation(organisationProfile("Bare", OrganisationType.OTHER, CountryCode.of("SG")));

    insert(bare);

    Organisation read = stored(bare.id());
    assertThat(read).isEqualTo(Aggregates.withVersion(bare, 1));
    assertThat(read.profile().acronym()).isNull();
    assertThat(read.profile().alternativeNames()).isEmpty();
    assertThat(read.profile().parent()).isNull();
    assertThat(read.profile().identifiers()).isEmpty();
    assertThat(read.profile().website()).isNull();
  }

  /** Every IATI organisation type round trips. */
  @Test
  protected void everyOrganisationTypeRoundTrips() {
    for (OrganisationType type : OrganisationType.values()) {
      Organisation o =
          insert(newOrganisation(organisationProfile("Type " + type, type, CountryCode.IL)));
      assertThat(stored(o.id()).profile().type()).as("type %s", type).isEqualTo(type);
    }
  }

  /** An id that was never stored finds nothing. */
  @Test
  protected void unknownIdFindsNothing() {
    insert(newOrganisation(dostHcmcProfile()));

    assertThat(findOrganisation(new OrganisationId(nextId()))).isEmpty();
  }

  /** An identifier finds its organisation only when scheme and value match exactly. */
  @Test
  protected void identifierFindsItsOrganisationExactly() {
    Organisation dost = insert(newOrganisation(dostHcmcProfile()));
    Organisation iia = insert(newOrganisation(israelInnovationAuthorityProfile()));

    assertThat(findByIdentifier(ExternalIdentifier.of("VN-TAX", "0301234567"))).contains(dost);
    assertThat(findByIdentifier(ExternalIdentifier.of("IL-GOV", "IIA"))).contains(iia);
    assertThat(findByIdentifier(ExternalIdentifier.of("vn-tax", "0301234567"))).isEmpty();
    assertThat(findByIdentifier(ExternalIdentifier.of("IL-GOV", "iia"))).isEmpty();
    assertThat(findByIdentifier(ExternalIdentifier.of("IL-GOV", "II"))).isEmpty();
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-GOV", "IIA"))).isEmpty();
  }

  /** Insert stores version 1 and each update one more, returning what it stored. */
  @Test
  protected void updatesCountVersionsUpFromOne() {
    Organisation v1 = insert(newOrganisation(dostHcmcProfile()));
    OrganisationProfile renamed = profileWithAcronym(v1.profile(), "SKHCN");

    Organisation v2 = write(r -> r.organisations().update(v1.update(renamed)));
    Organisation v3 = write(r -> r.organisations().update(v2.update(dostHcmcProfile())));

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.profile().acronym()).isEqualTo("SKHCN");
    assertThat(v3.version()).isEqualTo(3);
    assertThat(stored(v1.id())).isEqualTo(v3);
    assertThat(v3.profile()).isEqualTo(dostHcmcProfile());
  }

  /** An update replaces every part of the profile. */
  @Test
  protected void updateReplacesEveryField() {
    Organisation parent = insert(newOrganisation(israelInnovationAuthorityProfile()));
    Organisation v1 = insert(newOrganisation(dostHcmcProfile()));
    OrganisationProfile changed =
        OrganisationProfile.builder()
            .name(LocalizedText.of("en", Map.of("en", "Renamed", "he", "שם חדש")))
            .acronym("RN")
            .alternativeName("Tên mới")
            .type(OrganisationType.ACADEMIC)
            .country(CountryCode.IL)
            .parent(parent.id())
            .identifier(ExternalIdentifier.of("IATI", "IL-RN-1"))
            .website(URI.create("http://example.org/renamed"))
            .build();

    Organisation v2 = write(r -> r.organisations().update(v1.update(changed)));

    assertThat(stored(v1.id())).isEqualTo(v2);
    assertThat(v2.profile()).isEqualTo(changed);
    assertThat(v2.version()).isEqualTo(2);
  }

  /** An update against a stale version fails with a conflict and changes nothing. */
  @Test
  protected void staleUpdateConflictsAndChangesNothing() {
    Organisation v1 = insert(newOrganisation(dostHcmcProfile()));
    Organisation v2 =
        write(r -> r.organisations().update(v1.update(profileWithAcronym(v1.profile(), "V2"))));
    Organisation stale = v1.update(profileWithAcronym(v1.profile(), "STALE"));

    ConflictException e =
        assertRefused(ConflictException.class, () -> write(r -> r.organisations().update(stale)));

    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).contains(v1.id().toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(e.code()).isEqualTo(ConflictException.CODE);
    assertThat(stored(v1.id())).isEqualTo(v2);
  }

  /** An update from a version the store never had is a conflict too. */
  @Test
  protected void updateFromAFutureVersionConflicts() {
    Organisation v1 = insert(newOrganisation(dostHcmcProfile()));

    ConflictException e =
        assertRefused(
            ConflictException.class,
            () -> write(r -> r.organisations().update(Aggregates.withVersion(v1, 7))));

    assertThat(e.expectedVersion()).hasValue(7L);
    assertThat(stored(v1.id())).isEqualTo(v1);
  }

  /** Updating an organisation that is not stored fails with not-found and stores nothing. */
  @Test
  protected void updateOfMissingOrganisationIsNotFound() {
    Organisation never = Aggregates.withVersion(newOrganisation(dostHcmcProfile()), 1);

    NotFoundException e =
        assertRefused(NotFoundException.class, () -> write(r -> r.organisations().update(never)));

    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(never.id().toString());
    assertThat(findOrganisation(never.id())).isEmpty();
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))).isEmpty();
  }

  /** Inserting an organisation whose version is not 0 is a conflict. */
  @Test
  protected void insertOfAVersionedOrganisationConflicts() {
    Organisation versioned = Aggregates.withVersion(newOrganisation(dostHcmcProfile()), 1);

    ConflictException e = assertRefused(ConflictException.class, () -> insert(versioned));

    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(findOrganisation(versioned.id())).isEmpty();
  }

  /** A second insert with a taken id fails with a duplicate of {@code id} and keeps the first. */
  @Test
  protected void insertWithTakenIdIsDuplicate() {
    Organisation first = insert(newOrganisation(dostHcmcProfile()));
    Organisation sameId =
        Organisation.register(
            first.id(), organisationProfile("Other", OrganisationType.OTHER, CountryCode.IL));

    DuplicateException e = assertRefused(DuplicateException.class, () -> insert(sameId));

    assertThat(e.what()).isEqualTo(DuplicateException.ID);
    assertThat(e.value()).isEqualTo(first.id().toString());
    assertThat(e.code()).isEqualTo(DuplicateException.CODE);
    assertThat(stored(first.id())).isEqualTo(first);
  }

  /** A second organisation with a taken identifier fails with a duplicate and is not stored. */
  @Test
  protected void insertWithTakenIdentifierIsDuplicate() {
    Organisation dost = insert(newOrganisation(dostHcmcProfile()));
    Organisation copycat =
        newOrganisation(
            OrganisationProfile.builder()
                .name(en("Copycat"))
                .type(OrganisationType.PRIVATE_SECTOR)
                .country(CountryCode.VN)
                .identifier(ExternalIdentifier.of("OTHER", "1"))
                .identifier(ExternalIdentifier.of("VN-TAX", "0301234567"))
                .build());

    DuplicateException e = assertRefused(DuplicateException.class, () -> insert(copycat));

    assertThat(e.what()).isEqualTo(DuplicateException.ORGANISATION_IDENTIFIER);
    assertThat(e.value()).isEqualTo("VN-TAX:0301234567");
    assertThat(findOrganisation(copycat.id())).isEmpty();
    assertThat(findByIdentifier(ExternalIdentifier.of("OTHER", "1"))).isEmpty();
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-TAX", "0301234567"))).contains(dost);
  }

  /** The same value in another scheme, or another value in the same scheme, is not a duplicate. */
  @Test
  protected void identifiersAreUniqueAsSchemeAndValuePairs() {
    insert(newOrganisation(dostHcmcProfile()));
    Organisation other =
        newOrganisation(
            OrganisationProfile.builder()
                .name(en("Other"))
                .type(OrganisationType.PRIVATE_SECTOR)
                .country(CountryCode.VN)
                .identifier(ExternalIdentifier.of("VN-GOV", "0301234567"))
                .identifier(ExternalIdentifier.of("VN-TAX", "0301234568"))
                .identifier(ExternalIdentifier.of("vn-tax", "0301234567"))
                .build());

    Organisation inserted = insert(other);

    assertThat(stored(other.id())).isEqualTo(inserted);
    assertThat(findByIdentifier(ExternalIdentifier.of("vn-tax", "0301234567"))).contains(inserted);
  }

  /**
   * An update that takes another organisation's identifier fails with a duplicate and changes
   * nothing.
   */
  @Test
  protected void updateTakingAnotherOrganisationsIdentifierIsDuplicate() {
    Organisation dost = insert(newOrganisation(dostHcmcProfile()));
    Organisation iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    OrganisationProfile taking =
        OrganisationProfile.builder()
            .name(iia.profile().name())
            .type(OrganisationType.GOVERNMENT)
            .country(CountryCode.IL)
            .identifier(ExternalIdentifier.of("IL-GOV", "IIA"))
            .identifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))
            .build();

    DuplicateException e =
        assertRefused(
            DuplicateException.class,
            () -> write(r -> r.organisations().update(iia.update(taking))));

    assertThat(e.what()).isEqualTo(DuplicateException.ORGANISATION_IDENTIFIER);
    assertThat(e.value()).isEqualTo("VN-GOV:DOST-HCMC");
    assertThat(stored(iia.id())).isEqualTo(iia);
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))).contains(dost);
  }

  /** An update that keeps the organisation's own identifiers is not a duplicate of itself. */
  @Test
  protected void updateKeepingItsOwnIdentifiersSucceeds() {
    Organisation dost = insert(newOrganisation(dostHcmcProfile()));

    Organisation updated =
        write(
            r ->
                r.organisations().update(dost.update(profileWithAcronym(dost.profile(), "SKHCN"))));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))).contains(updated);
  }

  /** An identifier an update dropped no longer finds the organisation and is free for another. */
  @Test
  protected void identifierDroppedByAnUpdateIsFreeAgain() {
    Organisation dost = insert(newOrganisation(dostHcmcProfile()));
    OrganisationProfile withoutTax =
        OrganisationProfile.builder()
            .name(dost.profile().name())
            .type(OrganisationType.LOCAL_GOVERNMENT)
            .country(CountryCode.VN)
            .identifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"))
            .build();
    write(r -> r.organisations().update(dost.update(withoutTax)));

    assertThat(findByIdentifier(ExternalIdentifier.of("VN-TAX", "0301234567"))).isEmpty();
    Organisation taker =
        insert(
            newOrganisation(
                OrganisationProfile.builder()
                    .name(en("Taker"))
                    .type(OrganisationType.PRIVATE_SECTOR)
                    .country(CountryCode.VN)
                    .identifier(ExternalIdentifier.of("VN-TAX", "0301234567"))
                    .build()));

    assertThat(findByIdentifier(ExternalIdentifier.of("VN-TAX", "0301234567"))).contains(taker);
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-GOV", "DOST-HCMC")))
        .map(Organisation::id)
        .contains(dost.id());
  }

  /**
   * What the store returns cannot be modified, and changing a caller's list changes nothing stored.
   */
  @Test
  protected void copiesGoInAndOut() {
    List<String> names = new ArrayList<>(List.of("Sở KH&CN TP.HCM"));
    Set<ExternalIdentifier> identifiers =
        new LinkedHashSet<>(List.of(ExternalIdentifier.of("VN-GOV", "DOST-HCMC")));
    OrganisationProfile profile =
        new OrganisationProfile(
            dostHcmcProfile().name(),
            "DOST HCMC",
            names,
            OrganisationType.LOCAL_GOVERNMENT,
            CountryCode.VN,
            null,
            identifiers,
            null);
    Organisation inserted = insert(newOrganisation(profile));

    names.add("changed by the caller");
    identifiers.add(ExternalIdentifier.of("VN-TAX", "0301234567"));
    Organisation read = stored(inserted.id());

    assertThat(read.profile().alternativeNames()).containsExactly("Sở KH&CN TP.HCM");
    assertThat(read.profile().identifiers())
        .containsExactly(ExternalIdentifier.of("VN-GOV", "DOST-HCMC"));
    assertThat(findByIdentifier(ExternalIdentifier.of("VN-TAX", "0301234567"))).isEmpty();
    thrown(UnsupportedOperationException.class, () -> read.profile().alternativeNames().add("x"));
    thrown(UnsupportedOperationException.class, () -> read.profile().identifiers().clear());
    thrown(UnsupportedOperationException.class, () -> read.profile().name().texts().put("fr", "x"));
    assertThat(stored(inserted.id())).isEqualTo(inserted);
  }

  /** An object read before an update keeps its values; the update does not reach into it. */
  @Test
  protected void objectsReadEarlierDoNotChangeWithTheStore() {
    Organisation v1 = insert(newOrganisation(dostHcmcProfile()));
    Organisation before = stored(v1.id());

    write(r -> r.organisations().update(v1.update(profileWithAcronym(v1.profile(), "LATER"))));

    assertThat(before.version()).isEqualTo(1);
    assertThat(before.profile().acronym()).isEqualTo("DOST HCMC");
    assertThat(stored(v1.id()).profile().acronym()).isEqualTo("LATER");
  }

  /**
   * A profile like another, with another acronym.
   *
   * @param profile the profile
   * @param acronym the acronym
   * @return the changed profile
   */
  protected static OrganisationProfile profileWithAcronym(
      OrganisationProfile profile, String acronym) {
    return new OrganisationProfile(
        profile.name(),
        acronym,
        profile.alternativeNames(),
        profile.type(),
        profile.country(),
        profile.parent(),
        profile.identifiers(),
        profile.website());
  }
}
