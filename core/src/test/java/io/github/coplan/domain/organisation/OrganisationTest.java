package io.github.coplan.domain.organisation;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Aggregates;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTest {

  private static OrganisationProfile.Builder dost() {
    return OrganisationProfile.builder()
        .name(
            viEn(
                "Sở Khoa học và Công nghệ TP.HCM",
                "Department of Science and Technology of Ho Chi Minh City"))
        .acronym("DOST HCMC")
        .alternativeName("Sở KH&CN TP.HCM")
        .type(OrganisationType.LOCAL_GOVERNMENT)
        .country(CountryCode.VN)
        .identifier(ExternalIdentifier.of("VN-GOV", "dost-hcmc"))
        .website(URI.create("https://dost.hochiminhcity.gov.vn"));
  }

  @Test
  void theBuilderMakesACompleteProfile() {
    OrganisationProfile profile = dost().build();

    assertThat(profile.name().original()).isEqualTo("Sở Khoa học và Công nghệ TP.HCM");
    assertThat(profile.name().in("en"))
        .contains("Department of Science and Technology of Ho Chi Minh City");
    assertThat(profile.acronym()).isEqualTo("DOST HCMC");
    assertThat(profile.acronym()).contains("DOST HCMC");
    assertThat(profile.alternativeNames()).containsExactly("Sở KH&CN TP.HCM");
    assertThat(profile.type()).isEqualTo(OrganisationType.LOCAL_GOVERNMENT);
    assertThat(profile.country()).isEqualTo(CountryCode.VN);
    assertThat(profile.parent()).isNull();
    assertThat(profile.identifiers())
        .containsExactly(new ExternalIdentifier("VN-GOV", "dost-hcmc"));
    assertThat(profile.website()).isEqualTo(URI.create("https://dost.hochiminhcity.gov.vn"));
    assertThat(profile.alternativeNames()).isUnmodifiable();
    assertThat(profile.identifiers()).isUnmodifiable();
  }

  @Test
  void anEmptyBuilderListsEveryMissingPart() {
    violations(
        () -> OrganisationProfile.builder().build(),
        tuple("name", Violation.REQUIRED),
        tuple("type", Violation.REQUIRED),
        tuple("country", Violation.REQUIRED));
  }

  @Test
  void everyBadPartIsListedWithItsPath() {
    violations(
        () ->
            dost()
                .name(LocalizedText.of("vi", "dòng một\ndòng hai"))
                .acronym("\u3000")
                .alternativeName("ok")
                .alternativeName(null)
                .alternativeName("x".repeat(501))
                .website(URI.create("ftp://dost.example"))
                .build(),
        tuple("name.vi", Violation.CONTROL_CHARACTER),
        tuple("acronym", Violation.BLANK),
        tuple("alternativeNames[2]", Violation.REQUIRED),
        tuple("alternativeNames[3]", Violation.TOO_LONG),
        tuple("website", Violation.MALFORMED));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.org",
        "mailto:info@example.org",
        "javascript:alert(1)",
        "/relative/path",
        "https:///no-host",
        "file:///etc/passwd"
      })
  void aWebSiteNeedsHttpOrHttpsWithAHost(String address) {
    violation(() -> dost().website(URI.create(address)).build(), "website", Violation.MALFORMED);
  }

  @Test
  void httpAndHttpsWebSitesAreAccepted() {
    assertThat(dost().website(URI.create("http://example.org")).build().website())
        .hasToString("http://example.org");
    assertThat(
            dost()
                .website(
                    URI.create("https://www.gov.il/en/departments/israel_innovation_authority"))
                .build()
                .website())
        .hasScheme("https");
    assertThat(dost().website(null).build().website()).isNull();
  }

  @Test
  void aTooLongWebAddressIsRefused() {
    violation(
        () -> dost().website(URI.create("https://example.org/" + "a".repeat(2000))).build(),
        "website",
        Violation.TOO_LONG);
  }

  @Test
  void anOrganisationCannotBeItsOwnParent() {
    rule(
        () -> Organisation.register(DOST, dost().parent(DOST).build()),
        RuleCode.ORGANISATION_PARENT_CYCLE);

    Organisation organisation = Organisation.register(DOST, dost().build());
    rule(
        () -> organisation.update(dost().parent(DOST).build()), RuleCode.ORGANISATION_PARENT_CYCLE);
    assertThat(organisation.update(dost().parent(IIA).build()).profile().parent()).isEqualTo(IIA);
  }

  @Test
  void aNewOrganisationHasVersionZeroAndKeepsItThroughChanges() {
    Organisation organisation = Organisation.register(DOST, dost().build());
    Organisation renamed = organisation.update(dost().acronym("DOST").build());

    assertThat(organisation.version()).isZero();
    assertThat(organisation.id()).isEqualTo(DOST);
    assertThat(renamed.version()).isZero();
    assertThat(renamed.id()).isEqualTo(DOST);
    assertThat(renamed.profile().acronym()).isEqualTo("DOST");
    assertThat(organisation.profile().acronym()).isEqualTo("DOST HCMC");
    assertThat(Aggregates.withVersion(renamed, 3).version()).isEqualTo(3);
    assertThat(Organisation.ForAdapters.restore(DOST, dost().build(), 2))
        .isEqualTo(Aggregates.withVersion(organisation, 2));
    assertThat(Aggregates.withVersion(organisation, 2))
        .hasSameHashCodeAs(Organisation.ForAdapters.restore(DOST, dost().build(), 2));
  }

  @Test
  void updatingNeedsAProfile() {
    Organisation organisation = Organisation.register(DOST, dost().build());

    violation(() -> organisation.update(null), "profile", Violation.REQUIRED);
  }

  @Test
  void registeringNeedsAnIdAndAProfile() {
    violation(() -> Organisation.register(null, dost().build()), "id", Violation.REQUIRED);
    violation(() -> Organisation.register(DOST, null), "profile", Violation.REQUIRED);
  }

  @Test
  void externalIdentifiersAreTokens() {
    ExternalIdentifier id = ExternalIdentifier.of(" IATI ", "XM-DAC-41114");
    assertThat(id.scheme()).isEqualTo("IATI");
    assertThat(id).hasToString("IATI:XM-DAC-41114");

    violations(
        () -> ExternalIdentifier.of(" ", "x".repeat(101)),
        tuple("scheme", Violation.BLANK),
        tuple("value", Violation.TOO_LONG));
    violations(
        () -> ExternalIdentifier.of(null, "a\nb"),
        tuple("scheme", Violation.REQUIRED),
        tuple("value", Violation.CONTROL_CHARACTER));
  }

  @Test
  void typesMapToIatiCodes() {
    assertThat(OrganisationType.ofIatiCode(10)).isEqualTo(OrganisationType.GOVERNMENT);
    assertThat(OrganisationType.ofIatiCode(11)).isEqualTo(OrganisationType.LOCAL_GOVERNMENT);
    assertThat(OrganisationType.ofIatiCode(80)).isEqualTo(OrganisationType.ACADEMIC);
    for (OrganisationType type : OrganisationType.values()) {
      assertThat(OrganisationType.ofIatiCode(type.iatiCode())).isEqualTo(type);
    }
    violation(() -> OrganisationType.ofIatiCode(12), "type", Violation.OUT_OF_RANGE);
    violation(() -> OrganisationType.ofIatiCode(-1), "type", Violation.OUT_OF_RANGE);
  }

  /**
   * Adapters prove a round trip by equality, so an organisation that differs in any one part is
   * another.
   */
  @Test
  void anOrganisationEqualsAnotherOnlyWithTheSameIdProfileAndVersion() {
    Organisation stored = Organisation.ForAdapters.restore(DOST, dost().build(), 2);

    assertThat(stored)
        .isEqualTo(Organisation.ForAdapters.restore(DOST, dost().build(), 2))
        .hasSameHashCodeAs(Organisation.ForAdapters.restore(DOST, dost().build(), 2))
        .hasToString("Organisation[" + DOST + " " + dost().build().name() + " v2]");
    assertThat(stored).isNotEqualTo(Organisation.ForAdapters.restore(IIA, dost().build(), 2));
    assertThat(stored)
        .isNotEqualTo(Organisation.ForAdapters.restore(DOST, dost().acronym("DOST").build(), 2));
    assertThat(stored).isNotEqualTo(Aggregates.withVersion(stored, 3));
    assertThat(stored).isNotEqualTo(dost().build());
  }

  @Test
  void theSortNameIsTheFoldedOriginalNameAndTheSearchTextHoldsEveryName() {
    Organisation dost = Organisation.register(DOST, dost().build());

    assertThat(dost.sortName()).isEqualTo("so khoa hoc va cong nghe tp.hcm");
    assertThat(dost.searchText())
        .isEqualTo(
            "department of science and technology of ho chi minh city\nso khoa hoc va cong nghe tp.hcm\ndost hcmc\nso kh&cn tp.hcm");
    Organisation bare =
        Organisation.register(
            IIA,
            OrganisationProfile.builder()
                .name(LocalizedText.of("he", "רשות החדשנות"))
                .type(OrganisationType.GOVERNMENT)
                .country(CountryCode.IL)
                .build());
    assertThat(bare.searchText()).isEqualTo("רשות החדשנות");
    assertThat(bare.sortName()).isEqualTo("רשות החדשנות");
  }
}
