package io.github.coplan.application.internal;

import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.readyPlan;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.TREATMENT;
import static io.github.coplan.testing.MarketFixtures.WATER;
import static io.github.coplan.testing.MarketFixtures.introductionId;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static io.github.coplan.testing.MarketFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AdvanceIntroduction;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.CandidateQuery;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import io.github.coplan.testing.SettableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The recorder records the profiles and introductions a command writes, whether or not it read them
 * first, passes the market's reads through and records nothing of the taxonomy.
 */
class MarketRecordingTest {

  private static final UUID COMMAND = UUID.fromString("01890000-0000-7000-8000-00000000c0de");
  private static final Instant AT = Instant.parse("2019-03-01T00:00:00Z");
  private static final Actor ACTOR = Actor.system("market-test");
  private static final LocalDate D = LocalDate.of(2019, 3, 1);

  private final FakeStorage storage = new FakeStorage();

  private List<ChangeRecord> history(AggregateRef ref) {
    return storage.readOnly(r -> r.history().ofAggregate(ref, Long.MAX_VALUE, 100));
  }

  private static Organisation organisation(io.github.coplan.domain.organisation.OrganisationId id) {
    return Organisation.register(
        id,
        OrganisationProfile.builder()
            .name(vi("Tổ chức"))
            .type(OrganisationType.PRIVATE_SECTOR)
            .country(CountryCode.VN)
            .build());
  }

  @Test
  void theMarketsReadsPassThroughAndItsWritesAreRecorded() {
    TechnologyProfile requestDraft =
        TechnologyProfile.draft(
            profileId(1),
            DOST,
            io.github.coplan.testing.Fixtures.DIRECTOR,
            PLAN,
            6,
            request().category(MEMBRANE).keyword("membrane").build());
    TechnologyProfile offerDraft =
        TechnologyProfile.draft(
            profileId(2),
            IIA,
            io.github.coplan.testing.Fixtures.DIRECTOR,
            null,
            null,
            offer().category(MEMBRANE).keyword("membrane").build());
    storage.inTransaction(
        r -> {
          r.organisations().insert(organisation(DOST));
          r.organisations().insert(organisation(IIA));
          r.plans().insert(readyPlan());
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          rec.market().saveCategory(new Category(WATER, null, vi("Nước")));
          rec.market().saveCategory(new Category(TREATMENT, WATER, vi("Xử lý")));
          rec.market().saveCategory(new Category(MEMBRANE, TREATMENT, vi("Màng")));
          assertThat(rec.market().taxonomy())
              .extracting(Category::code)
              .containsExactly(WATER, TREATMENT, MEMBRANE);
          assertThat(rec.market().lineages(List.of(MEMBRANE)))
              .containsExactly(
                  Map.entry(MEMBRANE, new CategoryLineage(MEMBRANE, TREATMENT, WATER)));
          TechnologyProfile request = rec.market().insertProfile(requestDraft);
          TechnologyProfile offer = rec.market().insertProfile(offerDraft);
          assertThat(rec.market().findProfile(profileId(9))).isEmpty();
          assertThat(rec.market().searchProfiles(ProfileQuery.all(10)))
              .containsExactly(request, offer);
          TechnologyProfile live = rec.market().updateProfile(request.publish(D));
          TechnologyProfile liveOffer = rec.market().updateProfile(offer.publish(D));
          assertThat(rec.market().candidates(CandidateQuery.of(live, CountryCode.VN, D, 10, 10)))
              .containsExactly(liveOffer);
          Introduction i =
              rec.market()
                  .insertIntroduction(
                      Introduction.suggest(
                          introductionId(5), live.id(), liveOffer.id(), PLAN, 6, D));
          assertThat(rec.market().findIntroductionBetween(live.id(), liveOffer.id())).contains(i);
          assertThat(rec.market().findIntroductionBetween(liveOffer.id(), live.id())).isEmpty();
          assertThat(rec.market().findIntroduction(introductionId(6))).isEmpty();
          rec.market().updateIntroduction(i.expressInterest(Side.REQUESTER, D));
          assertThat(rec.market().introductionsOf(liveOffer.id()))
              .extracting(Introduction::version)
              .containsExactly(2L);
          assertThat(rec.market().counts(PLAN, D, D))
              .containsExactly(new MarketCounts(6, 1, 1, 1, 0, 0, 0));
          rec.flush("Import", null);
          return null;
        });

    assertThat(history(AggregateRef.of(profileId(1))))
        .extracting(ChangeRecord::version, ChangeRecord::plan)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, PLAN),
            org.assertj.core.groups.Tuple.tuple(1L, PLAN));
    assertThat(history(AggregateRef.of(profileId(1))).get(0).changes())
        .containsExactly(
            new FieldChange("confirmedOn", null, "2019-03-01"),
            new FieldChange("publishedOn", null, "2019-03-01"),
            new FieldChange("status", "DRAFT", "PUBLISHED"));
    assertThat(history(AggregateRef.of(profileId(2))).get(0).plan()).isNull();
    List<ChangeRecord> introduction = history(AggregateRef.of(introductionId(5)));
    assertThat(introduction).extracting(ChangeRecord::version).containsExactly(2L, 1L);
    assertThat(introduction.get(0).changes())
        .containsExactly(
            new FieldChange("interest", "{}", "{\"REQUESTER\":\"2019-03-01\"}"),
            new FieldChange("stage", "SUGGESTED", "INTEREST_EXPRESSED"));
    assertThat(storage.records()).isEqualTo(6);
  }

  @Test
  void anUpdateWithoutAReadThroughTheRecorderDiffsAgainstWhatIsStored() {
    storage.inTransaction(
        r -> {
          r.market()
              .insertProfile(
                  TechnologyProfile.draft(
                      profileId(1),
                      DOST,
                      io.github.coplan.testing.Fixtures.DIRECTOR,
                      null,
                      null,
                      request().build()));
          r.market()
              .insertIntroduction(
                  Introduction.suggest(
                      introductionId(5), profileId(1), profileId(2), null, null, D));
          return null;
        });

    storage.inTransaction(
        r -> {
          TechnologyProfile p = r.market().findProfile(profileId(1)).orElseThrow();
          Introduction i = r.market().findIntroduction(introductionId(5)).orElseThrow();
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          rec.market().updateProfile(p.withdraw(D));
          rec.market().updateIntroduction(i.decline(Side.OFFERER, "Không", D));
          rec.flush("Edit", "Không");
          return null;
        });

    ChangeRecord profile = history(AggregateRef.of(profileId(1))).get(0);
    assertThat(profile.changes())
        .containsExactly(
            new FieldChange("endedOn", null, "2019-03-01"),
            new FieldChange("status", "DRAFT", "WITHDRAWN"));
    assertThat(profile.reason()).isEqualTo("Không");
    assertThat(history(AggregateRef.of(introductionId(5))).get(0).changes())
        .containsExactly(
            new FieldChange("declineReason", null, "Không"),
            new FieldChange("declinedBy", null, "OFFERER"),
            new FieldChange("declinedOn", null, "2019-03-01"),
            new FieldChange("stage", "SUGGESTED", "DECLINED"));
  }

  @Test
  void anUpdateAfterAReadThroughTheRecorderDiffsAgainstWhatItRead() {
    storage.inTransaction(
        r ->
            r.market()
                .insertProfile(
                    TechnologyProfile.draft(
                        profileId(1),
                        DOST,
                        io.github.coplan.testing.Fixtures.DIRECTOR,
                        null,
                        null,
                        request().build())));

    storage.inTransaction(
        r -> {
          Recorder rec = new Recorder(r, COMMAND, ACTOR, AT, Map.of());
          TechnologyProfile read = rec.market().findProfile(profileId(1)).orElseThrow();
          // changed behind the recorder's back: the record still starts from what it read
          TechnologyProfile published = r.market().updateProfile(read.publish(D));
          rec.market().updateProfile(published.close(D.plusDays(1)));
          rec.flush("Close", null);
          rec.flush("Again", null);
          return null;
        });

    List<ChangeRecord> records = history(AggregateRef.of(profileId(1)));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).commandName()).isEqualTo("Close");
    assertThat(records.get(0).changes())
        .containsExactly(
            new FieldChange("confirmedOn", null, "2019-03-01"),
            new FieldChange("endedOn", null, "2019-03-02"),
            new FieldChange("publishedOn", null, "2019-03-01"),
            new FieldChange("status", "DRAFT", "CLOSED"));
  }

  @Test
  void aDeclineGivesItsReasonAndOtherStepsNone() {
    assertThat(
            Units.reasonOf(
                AdvanceIntroduction.decline(introductionId(1), Side.OFFERER, "  Hết hàng ")))
        .isEqualTo("Hết hàng");
    assertThat(Units.reasonOf(AdvanceIntroduction.expressInterest(introductionId(1), Side.OFFERER)))
        .isNull();
    assertThat(Units.nameOf(AdvanceIntroduction.decline(introductionId(1), Side.OFFERER, "x")))
        .isEqualTo("AdvanceIntroduction.Decline");
  }

  @Test
  void onlyTheHistoryOfAProfileOrAnIntroductionIsTheMarketsToShow() {
    SettableClock clock = new SettableClock(AT);
    Units units =
        Units.own(
            storage,
            Actor.person(io.github.coplan.testing.Fixtures.DIRECTOR),
            clock,
            new SequentialIds(),
            false);

    Boolean ofAPlan =
        storage.readOnly(r -> MarketService.historyVisible(units, r, AggregateRef.of(PLAN)));
    Boolean ofAMissingProfile =
        storage.readOnly(
            r -> MarketService.historyVisible(units, r, AggregateRef.of(profileId(1))));

    assertThat(ofAPlan).isFalse();
    assertThat(ofAMissingProfile).isFalse();
    assertThat(MarketService.LOAD_TAXONOMY).isEqualTo("LOAD_TAXONOMY");
  }
}
