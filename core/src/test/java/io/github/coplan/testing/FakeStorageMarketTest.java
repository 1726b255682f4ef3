package io.github.coplan.testing;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.MarketFixtures.AGRI;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.TREATMENT;
import static io.github.coplan.testing.MarketFixtures.UV;
import static io.github.coplan.testing.MarketFixtures.WATER;
import static io.github.coplan.testing.MarketFixtures.introductionId;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.organisationId;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static io.github.coplan.testing.MarketFixtures.published;
import static io.github.coplan.testing.MarketFixtures.request;
import static io.github.coplan.testing.MarketFixtures.restored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.CandidateQuery;
import io.github.coplan.port.storage.MarketRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fake storage answers the market's port as its javadoc says, so that the use cases' tests
 * stand on it: the taxonomy's order and lineages, versions and duplicates, and the candidates
 * retrieved step by step as {@link CandidateQuery} describes them.
 */
class FakeStorageMarketTest {

  private static final LocalDate D = LocalDate.of(2019, 6, 1);
  private static final OrganisationId SAIGON = organisationId(101);
  private static final OrganisationId AQUA = organisationId(102);
  private static final OrganisationId NEGEV = organisationId(103);

  private final FakeStorage storage = new FakeStorage();

  private <T> T write(Function<MarketRepository, T> work) {
    return storage.inTransaction(r -> work.apply(r.market()));
  }

  private <T> T read(Function<MarketRepository, T> work) {
    return storage.readOnly(r -> work.apply(r.market()));
  }

  private void insert(TechnologyProfile... profiles) {
    write(
        m -> {
          for (TechnologyProfile p : profiles) {
            m.insertProfile(TechnologyProfile.ForAdapters.withVersion(p, 0));
          }
          return null;
        });
  }

  private void organisations() {
    storage.inTransaction(
        r -> {
          for (var e :
              Map.of(SAIGON, CountryCode.VN, AQUA, CountryCode.IL, NEGEV, CountryCode.IL)
                  .entrySet()) {
            r.organisations()
                .insert(
                    Organisation.register(
                        e.getKey(),
                        OrganisationProfile.builder()
                            .name(vi("Tổ chức"))
                            .type(OrganisationType.PRIVATE_SECTOR)
                            .country(e.getValue())
                            .build()));
          }
          return null;
        });
  }

  private static TechnologyProfile live(
      long n, OrganisationId owner, ProfileContent.Builder content, LocalDate on) {
    return published(profileId(n), owner, content.build(), on);
  }

  @Test
  void theTaxonomyComesByDepthThenCodeWithEachLineageWalkedToItsRoot() {
    write(
        m -> {
          m.saveCategory(new Category(UV, TREATMENT, vi("UV")));
          m.saveCategory(new Category(AGRI, null, vi("Nông nghiệp")));
          m.saveCategory(new Category(TREATMENT, WATER, vi("Xử lý")));
          m.saveCategory(new Category(WATER, null, vi("Nước")));
          m.saveCategory(new Category(WATER, null, vi("Nước sạch")));
          return null;
        });

    assertThat(read(MarketRepository::taxonomy))
        .extracting(Category::code)
        .containsExactly(WATER, AGRI, TREATMENT, UV);
    assertThat(
            this.<io.github.coplan.domain.shared.LocalizedText>read(
                m -> m.taxonomy().get(0).name()))
        .isEqualTo(vi("Nước sạch"));
    assertThat(
            this.<Map<io.github.coplan.domain.market.CategoryCode, CategoryLineage>>read(
                m -> m.lineages(List.of(UV, MEMBRANE, WATER))))
        .containsOnly(
            Map.entry(UV, new CategoryLineage(UV, TREATMENT, WATER)),
            Map.entry(WATER, new CategoryLineage(WATER, null, WATER)));
    violation(() -> read(m -> m.lineages(null)), "codes", Violation.REQUIRED);
  }

  @Test
  void profilesAndIntroductionsHaveVersionsAndAreNotTakenTwice() {
    TechnologyProfile draft =
        TechnologyProfile.draft(profileId(1), SAIGON, DIRECTOR, PLAN, 6, request().build());
    TechnologyProfile stored = write(m -> m.insertProfile(draft));
    Introduction suggestion =
        Introduction.suggest(introductionId(5), profileId(1), profileId(2), PLAN, 6, D);
    Introduction suggested = write(m -> m.insertIntroduction(suggestion));

    assertThat(stored.version()).isEqualTo(1);
    assertThat(suggested.version()).isEqualTo(1);
    assertThat(write(m -> m.updateProfile(stored.publish(D))).version()).isEqualTo(2);
    assertThat(catchThrowable(() -> write(m -> m.insertProfile(draft))))
        .isExactlyInstanceOf(DuplicateException.class);
    assertThat(catchThrowable(() -> write(m -> m.insertProfile(stored))))
        .isExactlyInstanceOf(ConflictException.class);
    assertThat(catchThrowable(() -> write(m -> m.updateProfile(stored))))
        .isExactlyInstanceOf(ConflictException.class);
    assertThat(
            catchThrowable(
                () ->
                    write(
                        m ->
                            m.updateProfile(
                                TechnologyProfile.ForAdapters.withVersion(
                                    TechnologyProfile.draft(
                                        profileId(9),
                                        SAIGON,
                                        DIRECTOR,
                                        null,
                                        null,
                                        request().build()),
                                    1)))))
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("profile not found: " + profileId(9));
    DuplicateException pair =
        (DuplicateException)
            catchThrowable(
                () ->
                    write(
                        m ->
                            m.insertIntroduction(
                                Introduction.suggest(
                                    introductionId(6),
                                    profileId(1),
                                    profileId(2),
                                    null,
                                    null,
                                    D))));
    assertThat(pair.what()).isEqualTo(DuplicateException.INTRODUCTION);
    assertThat(
            ((DuplicateException)
                    catchThrowable(() -> write(m -> m.insertIntroduction(suggestion))))
                .what())
        .isEqualTo(DuplicateException.ID);
    assertThat(catchThrowable(() -> write(m -> m.insertIntroduction(suggested))))
        .isExactlyInstanceOf(ConflictException.class);
    assertThat(
            write(
                    m ->
                        m.updateIntroduction(
                            suggested.expressInterest(
                                io.github.coplan.domain.market.Side.OFFERER, D)))
                .version())
        .isEqualTo(2);
    assertThat(
            this.<java.util.Optional<Introduction>>read(
                m -> m.findIntroductionBetween(profileId(2), profileId(1))))
        .isEmpty();
    assertThat(this.<List<Introduction>>read(m -> m.introductionsOf(profileId(2)))).hasSize(1);
    violation(() -> read(m -> m.findProfile(null)), "id", Violation.REQUIRED);
  }

  @Test
  void candidatesAreRankedByTheKeysTheyArePostedUnderThenByConfirmationThenId() {
    organisations();
    TechnologyProfile subject =
        live(1, SAIGON, request().category(MEMBRANE).keyword("membrane", "uv"), D);
    TechnologyProfile both = live(2, AQUA, offer().category(MEMBRANE).keyword("membrane"), D);
    TechnologyProfile category = live(3, AQUA, offer().category(MEMBRANE), D);
    TechnologyProfile twoKeywords = live(4, NEGEV, offer().keyword("UV", "Membrane"), D);
    TechnologyProfile oneKeyword = live(5, NEGEV, offer().keyword("uv"), D);
    TechnologyProfile newer = live(10, AQUA, offer().category(MEMBRANE), D.plusDays(1));
    insert(
        subject,
        both,
        category,
        twoKeywords,
        oneKeyword,
        newer,
        live(6, SAIGON, offer().category(MEMBRANE), D),
        restored(
            profileId(7),
            AQUA,
            offer().category(MEMBRANE).build(),
            ProfileStatus.DRAFT,
            null,
            null),
        live(8, AQUA, request().category(MEMBRANE), D),
        live(9, NEGEV, offer().category(MEMBRANE).targetCountry(CountryCode.IL), D),
        live(11, AQUA, offer().category(MEMBRANE), D.minusDays(365)),
        live(12, AQUA, offer().category(AGRI).keyword("drones"), D));
    LocalDate asOf = D.plusDays(1);

    assertThat(
            this.<List<TechnologyProfile>>read(
                m -> m.candidates(CandidateQuery.of(subject, CountryCode.VN, asOf, 100, 100))))
        .extracting(TechnologyProfile::id)
        .containsExactly(both.id(), twoKeywords.id(), newer.id(), category.id(), oneKeyword.id());
    assertThat(
            this.<List<TechnologyProfile>>read(
                m -> m.candidates(CandidateQuery.of(subject, CountryCode.VN, asOf, 100, 2))))
        .extracting(TechnologyProfile::id)
        .containsExactly(both.id(), twoKeywords.id());
    // one posting per key: the category's newest, each keyword's first by id
    assertThat(
            this.<List<TechnologyProfile>>read(
                m -> m.candidates(CandidateQuery.of(subject, CountryCode.VN, asOf, 1, 100))))
        .extracting(TechnologyProfile::id)
        .containsExactly(newer.id(), both.id(), twoKeywords.id());
    assertThat(
            this.<List<TechnologyProfile>>read(
                m -> m.candidates(CandidateQuery.of(subject, CountryCode.IL, asOf, 100, 100))))
        .extracting(TechnologyProfile::id)
        .contains(profileId(9));
  }

  @Test
  void candidatesAreFilteredByPartnershipTheRequestersCountryAndTheOwnersCountries() {
    organisations();
    TechnologyProfile supplier =
        live(2, AQUA, offer().keyword("membrane").partnership(PartnershipType.SUPPLIER), D);
    TechnologyProfile forVietNam =
        live(3, NEGEV, offer().keyword("membrane").targetCountry(CountryCode.VN), D);
    TechnologyProfile fromSaigon = live(4, SAIGON, offer().keyword("membrane"), D);
    insert(supplier, forVietNam, fromSaigon);

    assertThat(candidates(PartnershipType.SUPPLIER, null, Set.of())).containsExactly(supplier.id());
    assertThat(candidates(null, CountryCode.IL, Set.of()))
        .containsExactly(supplier.id(), fromSaigon.id());
    assertThat(candidates(null, null, Set.of(CountryCode.VN))).containsExactly(fromSaigon.id());
    assertThat(candidates(null, null, Set.of()))
        .containsExactly(supplier.id(), forVietNam.id(), fromSaigon.id());
    assertThat(
            this.<List<TechnologyProfile>>read(
                m ->
                    m.candidates(
                        new CandidateQuery(
                            supplier.id(),
                            organisationId(999),
                            Set.of(ProfileKind.TECHNOLOGY_OFFER),
                            null,
                            null,
                            Set.of(),
                            D,
                            List.of(),
                            List.of("membrane"),
                            10,
                            10))))
        .as("never the subject")
        .extracting(TechnologyProfile::id)
        .containsExactly(forVietNam.id(), fromSaigon.id());
  }

  private List<ProfileId> candidates(
      PartnershipType partnership, CountryCode requester, Set<CountryCode> owners) {
    return read(
        m ->
            m
                .candidates(
                    new CandidateQuery(
                        profileId(1),
                        organisationId(999),
                        Set.of(ProfileKind.TECHNOLOGY_OFFER),
                        partnership,
                        requester,
                        owners,
                        D,
                        List.of(),
                        List.of("membrane"),
                        10,
                        10))
                .stream()
                .map(TechnologyProfile::id)
                .toList());
  }

  @Test
  void countsComeOnePerContentAreaTheUnfiledLast() {
    insert(
        restored(profileId(1), SAIGON, PLAN, 6, request().build(), ProfileStatus.PUBLISHED, D, D),
        restored(
            profileId(2), SAIGON, PLAN, null, request().build(), ProfileStatus.DRAFT, null, null),
        restored(
            profileId(3),
            SAIGON,
            PLAN,
            2,
            request().build(),
            ProfileStatus.PUBLISHED,
            D.minusDays(1),
            D),
        restored(
            profileId(4), SAIGON, null, null, request().build(), ProfileStatus.PUBLISHED, D, D));

    assertThat(this.<List<MarketCounts>>read(m -> m.counts(PLAN, D, D)))
        .containsExactly(
            new MarketCounts(2, 0, 0, 0, 0, 0, 0),
            new MarketCounts(6, 1, 0, 0, 0, 0, 0),
            new MarketCounts(null, 0, 0, 0, 0, 0, 0));
    assertThat(this.<List<MarketCounts>>read(m -> m.counts(Fixtures.OTHER_PLAN, D, D))).isEmpty();
  }
}
