package io.github.coplan.domain.history;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.UV;
import static io.github.coplan.testing.MarketFixtures.introductionId;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static io.github.coplan.testing.MarketFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.CompanySize;
import io.github.coplan.domain.market.DevelopmentStage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.IprStatus;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fields the history records of a technology profile and of an introduction. */
class MarketSnapshotsTest {

  private static final String DOST_ID = "01890000-0000-7000-8000-000000000001";
  private static final String DIRECTOR_ID = "01890000-0000-7000-8000-000000000101";
  private static final String PLAN_ID = "01890000-0000-7000-8000-000000000201";
  private static final LocalDate D = LocalDate.of(2019, 3, 1);

  private static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void aFullyDescribedProfileHasEveryFieldWithSetsSortedAndListsInOrder() {
    TechnologyProfile p =
        TechnologyProfile.ForAdapters.restore(
            profileId(1),
            DOST,
            DIRECTOR,
            PLAN,
            6,
            offer()
                .title(viEn("Màng lọc", "Membranes"))
                .advantages(vi("Bền"))
                .sought(vi("Nhà phân phối"))
                .category(UV, MEMBRANE)
                .keyword("UV", "Màng")
                .stage(DevelopmentStage.ON_THE_MARKET)
                .ipr(IprStatus.GRANTED)
                .partnership(PartnershipType.SUPPLIER, PartnershipType.INVESTMENT)
                .partnerType(OrganisationType.PRIVATE_SECTOR, OrganisationType.ACADEMIC)
                .partnerSize(CompanySize.SMALL, CompanySize.MICRO)
                .targetCountry(CountryCode.VN, CountryCode.IL)
                .openForInterest(false)
                .build(),
            ProfileStatus.CLOSED,
            D,
            30,
            D.plusDays(340),
            D.plusDays(350),
            5);

    assertThat(Snapshots.of(p))
        .containsExactly(
            entry("advantages", j("{'original':'vi','texts':{'vi':'Bền'}}")),
            entry("categories", j("['02006004','02006003']")),
            entry("confirmedOn", "2020-02-04"),
            entry("contact", DIRECTOR_ID),
            entry("contentArea", "6"),
            entry("description", j("{'original':'vi','texts':{'vi':'Mô tả'}}")),
            entry("endedOn", "2020-02-14"),
            entry("extensionDays", "30"),
            entry("ipr", "GRANTED"),
            entry("keywords", j("['UV','Màng']")),
            entry("kind", "TECHNOLOGY_OFFER"),
            entry("openForInterest", "false"),
            entry("owner", DOST_ID),
            entry("partnerSizes", j("['MICRO','SMALL']")),
            entry("partnerTypes", j("['ACADEMIC','PRIVATE_SECTOR']")),
            entry(
                "partnerships",
                j("['COMMERCIAL_WITH_TECHNICAL_ASSISTANCE','INVESTMENT','SUPPLIER']")),
            entry("plan", PLAN_ID),
            entry("publishedOn", "2019-03-01"),
            entry("sought", j("{'original':'vi','texts':{'vi':'Nhà phân phối'}}")),
            entry("stage", "ON_THE_MARKET"),
            entry("status", "CLOSED"),
            entry("summary", j("{'original':'vi','texts':{'vi':'Tóm tắt'}}")),
            entry("targetCountries", j("['IL','VN']")),
            entry("title", j("{'original':'vi','texts':{'en':'Membranes','vi':'Màng lọc'}}")));
    assertThat(Snapshots.ofAny(p)).isEqualTo(Snapshots.of(p));
  }

  @Test
  void aMinimalDraftLacksEveryOptionalFieldAndHasEmptyCollections() {
    TechnologyProfile draft =
        TechnologyProfile.draft(profileId(1), DOST, DIRECTOR, null, null, request().build());

    assertThat(Snapshots.of(draft))
        .containsExactly(
            entry("categories", "[]"),
            entry("contact", DIRECTOR_ID),
            entry("description", j("{'original':'vi','texts':{'vi':'Mô tả'}}")),
            entry("extensionDays", "0"),
            entry("keywords", "[]"),
            entry("kind", "TECHNOLOGY_REQUEST"),
            entry("openForInterest", "true"),
            entry("owner", DOST_ID),
            entry("partnerSizes", "[]"),
            entry("partnerTypes", "[]"),
            entry("partnerships", j("['COMMERCIAL_WITH_TECHNICAL_ASSISTANCE']")),
            entry("status", "DRAFT"),
            entry("summary", j("{'original':'vi','texts':{'vi':'Tóm tắt'}}")),
            entry("targetCountries", "[]"),
            entry("title", j("{'original':'vi','texts':{'vi':'Màng lọc nước'}}")));
  }

  @Test
  void anIntroductionHasEveryFieldItsInterestBySide() {
    Introduction i =
        Introduction.ForAdapters.restore(
            introductionId(1),
            profileId(11),
            profileId(12),
            PLAN,
            6,
            IntroductionStage.DECLINED,
            D,
            Map.of(Side.OFFERER, D.plusDays(3), Side.REQUESTER, D.plusDays(2)),
            activityId(7),
            D.plusDays(10),
            AgreementKind.LICENCE,
            URI.create("https://example.org/licence.pdf"),
            D.plusDays(30),
            Side.OFFERER,
            "Hết \"hàng\"",
            D.plusDays(40),
            6);

    assertThat(Snapshots.of(i))
        .containsExactly(
            entry("agreedOn", "2019-03-31"),
            entry("agreement", "LICENCE"),
            entry("contentArea", "6"),
            entry("declineReason", "Hết \"hàng\""),
            entry("declinedBy", "OFFERER"),
            entry("declinedOn", "2019-04-10"),
            entry("document", "https://example.org/licence.pdf"),
            entry("interest", j("{'REQUESTER':'2019-03-03','OFFERER':'2019-03-04'}")),
            entry("meeting", "01890000-0000-7000-8000-000000000007"),
            entry("metOn", "2019-03-11"),
            entry("offer", profileId(12).toString()),
            entry("plan", PLAN_ID),
            entry("request", profileId(11).toString()),
            entry("stage", "DECLINED"),
            entry("suggestedOn", "2019-03-01"));
    assertThat(Snapshots.ofAny(i)).isEqualTo(Snapshots.of(i));
  }

  @Test
  void aSuggestionHasNoStepButItsDay() {
    Introduction i =
        Introduction.suggest(introductionId(1), profileId(11), profileId(12), null, null, D);

    assertThat(Snapshots.of(i))
        .containsExactly(
            entry("interest", "{}"),
            entry("offer", profileId(12).toString()),
            entry("request", profileId(11).toString()),
            entry("stage", "SUGGESTED"),
            entry("suggestedOn", "2019-03-01"));
  }

  @Test
  void profilesAndIntroductionsHaveReferencesOfTheirOwnKinds() {
    ProfileId profile = profileId(1);
    IntroductionId introduction = introductionId(1);

    assertThat(AggregateRef.of(profile))
        .isEqualTo(new AggregateRef(AggregateKind.PROFILE, profile.value()))
        .hasToString("profile:" + profile);
    assertThat(AggregateRef.of(introduction))
        .isEqualTo(new AggregateRef(AggregateKind.INTRODUCTION, introduction.value()))
        .hasToString("introduction:" + introduction);
    violation(() -> AggregateRef.of((ProfileId) null), "id", Violation.REQUIRED);
    violation(() -> AggregateRef.of((IntroductionId) null), "id", Violation.REQUIRED);
    assertThat(AggregateKind.values())
        .containsExactly(
            AggregateKind.ORGANISATION,
            AggregateKind.PERSON,
            AggregateKind.PLAN,
            AggregateKind.ACTIVITY,
            AggregateKind.PLAN_ACCESS,
            AggregateKind.PROFILE,
            AggregateKind.INTRODUCTION,
            AggregateKind.RELATIONSHIP,
            AggregateKind.RESULT,
            AggregateKind.OBSERVATION);
  }
}
