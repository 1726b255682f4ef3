package io.github.coplan.port.storage;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.UV;
import static io.github.coplan.testing.MarketFixtures.content;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.organisationId;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static io.github.coplan.testing.MarketFixtures.published;
import static io.github.coplan.testing.MarketFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a store is asked to retrieve as candidates: by the hard criteria of the subject's kind. */
class CandidateQueryTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 1);
  private static final OrganisationId OWNER = organisationId(101);

  private static TechnologyProfile subject(
      io.github.coplan.domain.market.ProfileContent.Builder content) {
    return published(profileId(1), OWNER, content.build(), DAY);
  }

  @Test
  void aTechnologyRequestWantsOffersThatTargetItsOwnersCountry() {
    TechnologyProfile s =
        subject(
            request()
                .category(UV, MEMBRANE)
                .keyword("Màng lọc", "UV")
                .targetCountry(CountryCode.IL));

    CandidateQuery q = CandidateQuery.of(s, CountryCode.VN, DAY, 7, 9);

    assertThat(q.subject()).isEqualTo(profileId(1));
    assertThat(q.excludedOwner()).isEqualTo(OWNER);
    assertThat(q.kinds()).containsExactly(ProfileKind.TECHNOLOGY_OFFER);
    assertThat(q.requiredPartnership()).isNull();
    assertThat(q.requesterCountry()).isEqualTo(CountryCode.VN);
    assertThat(q.ownerCountries()).isEmpty();
    assertThat(q.asOf()).isEqualTo(DAY);
    assertThat(q.categories()).containsExactly(UV, MEMBRANE);
    assertThat(q.keywords()).containsExactly("mang loc", "uv");
    assertThat(q.perKey()).isEqualTo(7);
    assertThat(q.limit()).isEqualTo(9);
  }

  @Test
  void aTechnologyOfferWantsRequestsFromItsTargetCountriesAndResearchOnlyIfItSeeksIt() {
    CandidateQuery licensing =
        CandidateQuery.of(
            subject(offer().targetCountry(CountryCode.IL, CountryCode.VN)),
            CountryCode.IL,
            DAY,
            1,
            1);
    CandidateQuery cooperating =
        CandidateQuery.of(
            subject(offer().partnership(PartnershipType.RESEARCH_COOPERATION)),
            CountryCode.IL,
            DAY,
            1,
            1);

    assertThat(licensing.kinds()).containsExactly(ProfileKind.TECHNOLOGY_REQUEST);
    assertThat(licensing.requiredPartnership()).isNull();
    assertThat(licensing.requesterCountry()).isNull();
    assertThat(licensing.ownerCountries())
        .containsExactlyInAnyOrder(CountryCode.IL, CountryCode.VN);
    assertThat(cooperating.kinds())
        .containsExactlyInAnyOrder(ProfileKind.TECHNOLOGY_REQUEST, ProfileKind.RESEARCH_REQUEST);
    assertThat(cooperating.ownerCountries()).isEmpty();
    assertThat(cooperating.categories()).isEmpty();
    assertThat(cooperating.keywords()).isEmpty();
  }

  @Test
  void aResearchRequestWantsTechnologyOffersThatSeekResearchCooperation() {
    CandidateQuery q =
        CandidateQuery.of(
            subject(content(ProfileKind.RESEARCH_REQUEST, PartnershipType.INVESTMENT)),
            CountryCode.VN,
            DAY,
            1,
            1);

    assertThat(q.kinds()).containsExactly(ProfileKind.TECHNOLOGY_OFFER);
    assertThat(q.requiredPartnership()).isEqualTo(PartnershipType.RESEARCH_COOPERATION);
    assertThat(q.requesterCountry()).isEqualTo(CountryCode.VN);
  }

  @Test
  void businessProfilesWantEachOther() {
    CandidateQuery request =
        CandidateQuery.of(
            subject(content(ProfileKind.BUSINESS_REQUEST, PartnershipType.RESEARCH_COOPERATION)),
            CountryCode.VN,
            DAY,
            1,
            1);
    CandidateQuery offer =
        CandidateQuery.of(
            subject(
                content(ProfileKind.BUSINESS_OFFER, PartnershipType.SUPPLIER)
                    .targetCountry(CountryCode.VN)),
            CountryCode.IL,
            DAY,
            1,
            1);

    assertThat(request.kinds()).containsExactly(ProfileKind.BUSINESS_OFFER);
    assertThat(request.requiredPartnership()).isNull();
    assertThat(request.requesterCountry()).isEqualTo(CountryCode.VN);
    assertThat(offer.kinds()).containsExactly(ProfileKind.BUSINESS_REQUEST);
    assertThat(offer.requesterCountry()).isNull();
    assertThat(offer.ownerCountries()).containsExactly(CountryCode.VN);
  }

  @Test
  void theFactoryNamesAMissingSubjectOrCountry() {
    violations(
        () -> CandidateQuery.of(null, null, DAY, 1, 1),
        tuple("subject", Violation.REQUIRED),
        tuple("ownerCountry", Violation.REQUIRED));
    violations(
        () -> CandidateQuery.of(subject(request()), CountryCode.VN, null, 0, 0),
        tuple("asOf", Violation.REQUIRED),
        tuple("perKey", Violation.OUT_OF_RANGE),
        tuple("limit", Violation.OUT_OF_RANGE));
  }

  @Test
  void aQueryNamesEveryMissingPartAndKeepsCopies() {
    violations(
        () -> new CandidateQuery(null, null, null, null, null, null, null, null, null, 0, 0),
        tuple("subject", Violation.REQUIRED),
        tuple("excludedOwner", Violation.REQUIRED),
        tuple("kinds", Violation.REQUIRED),
        tuple("ownerCountries", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED),
        tuple("categories", Violation.REQUIRED),
        tuple("keywords", Violation.REQUIRED),
        tuple("perKey", Violation.OUT_OF_RANGE),
        tuple("limit", Violation.OUT_OF_RANGE));
    assertThat(
            invalidInput(
                    () ->
                        new CandidateQuery(
                            profileId(1),
                            OWNER,
                            Set.of(),
                            null,
                            null,
                            Set.of(),
                            DAY,
                            Arrays.asList(UV, null),
                            Arrays.asList(null, "uv"),
                            -1,
                            1))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("categories[1]", Violation.REQUIRED, "a value is required"),
            tuple("keywords[0]", Violation.REQUIRED, "a value is required"),
            tuple("perKey", Violation.OUT_OF_RANGE, "at least 1, was -1"));
    assertThat(
            invalidInput(
                    () ->
                        new CandidateQuery(
                            profileId(1),
                            OWNER,
                            Set.of(),
                            null,
                            null,
                            Set.of(),
                            DAY,
                            List.of(),
                            List.of(),
                            1,
                            0))
                .violations())
        .extracting(Violation::message)
        .containsExactly("at least 1, was 0");

    Set<ProfileKind> kinds = new HashSet<>(Set.of(ProfileKind.TECHNOLOGY_OFFER));
    Set<CountryCode> countries = new HashSet<>(Set.of(CountryCode.VN));
    List<CategoryCode> categories = new ArrayList<>(List.of(UV));
    List<String> keywords = new ArrayList<>(List.of("uv"));
    CandidateQuery q =
        new CandidateQuery(
            profileId(1),
            OWNER,
            kinds,
            PartnershipType.SUPPLIER,
            CountryCode.IL,
            countries,
            DAY,
            categories,
            keywords,
            1,
            1);
    kinds.add(ProfileKind.BUSINESS_OFFER);
    countries.add(CountryCode.IL);
    categories.add(MEMBRANE);
    keywords.add("membrane");

    assertThat(q.kinds()).containsExactly(ProfileKind.TECHNOLOGY_OFFER);
    assertThat(q.ownerCountries()).containsExactly(CountryCode.VN);
    assertThat(q.categories()).containsExactly(UV);
    assertThat(q.keywords()).containsExactly("uv");
    assertThat(q.requiredPartnership()).isEqualTo(PartnershipType.SUPPLIER);
    assertThat(q.requesterCountry()).isEqualTo(CountryCode.IL);
    assertThatThrownBy(() -> q.kinds().add(ProfileKind.BUSINESS_OFFER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(
            new CandidateQuery(
                    profileId(1),
                    OWNER,
                    EnumSet.noneOf(ProfileKind.class),
                    null,
                    null,
                    Set.of(),
                    DAY,
                    List.of(),
                    List.of(),
                    1,
                    1)
                .kinds())
        .isEmpty();
  }

  @Test
  void theWeightsAndTheDefaultPostingsAreFixed() {
    assertThat(CandidateQuery.CATEGORY_WEIGHT).isEqualTo(3);
    assertThat(CandidateQuery.KEYWORD_WEIGHT).isEqualTo(2);
    assertThat(CandidateQuery.DEFAULT_PER_KEY).isEqualTo(400);
  }
}
