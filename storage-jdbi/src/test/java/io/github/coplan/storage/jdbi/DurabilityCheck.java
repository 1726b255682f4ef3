package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Aggregates;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, acceptance check 3: everything written is there after the store is closed and opened
 * again, field for field, in every language and with every optional part both present and absent.
 */
abstract class DurabilityCheck {

  /** Opens the same database again: the first call creates it. */
  abstract JdbiStorage open();

  private final IdSource ids = IdSource.timeOrdered(Fixtures.CLOCK);

  @Test
  void everythingWrittenIsThereAfterReopeningFieldForField() {
    OrganisationId dostId = new OrganisationId(ids.nextId());
    Organisation dost = Organisation.register(dostId, Fixtures.dostHcmc());
    Organisation iia =
        Organisation.register(
            new OrganisationId(ids.nextId()), Fixtures.israelInnovationAuthority());
    Organisation hub =
        Organisation.register(
            new OrganisationId(ids.nextId()),
            OrganisationProfile.builder()
                .name(LocalizedText.of("en", "Saigon Innovation Hub 🚀"))
                .alternativeName("SIHUB")
                .alternativeName("Trung tâm Đổi mới sáng tạo Sài Gòn")
                .type(OrganisationType.OTHER_PUBLIC_SECTOR)
                .country(CountryCode.VN)
                .parent(dostId)
                .identifier(ExternalIdentifier.of("VN-TAX", "0312345678"))
                .identifier(ExternalIdentifier.of("OWN", "hub/1 ' OR '1'='1"))
                .build());
    Person expert =
        Person.register(
            new PersonId(ids.nextId()),
            new PersonProfile(
                "Avi Hasson",
                CountryCode.IL,
                Set.of("venture capital", "innovation policy", "đổi mới"),
                "avi@example.org",
                true),
            List.of(
                new Affiliation(
                    iia.id(),
                    "Chief Scientist",
                    LocalDate.of(2011, 1, 1),
                    LocalDate.of(2018, 6, 30)),
                new Affiliation(iia.id(), "Adviser", null, null)));
    Person official =
        Person.register(
            new PersonId(ids.nextId()),
            PersonProfile.of("Director, DOST HCMC", CountryCode.VN),
            List.of());
    CooperationPlan plan =
        CooperationPlan.draft(
                new PlanId(ids.nextId()),
                PlanCode.of("HCMC-IIA-2018"),
                LocalizedText.of(
                    "vi",
                    Map.of(
                        "vi",
                        "Kế hoạch hợp tác thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo",
                        "en",
                        "Cooperation plan to promote innovative start-ups",
                        "he",
                        "תוכנית שיתוף פעולה לקידום יזמות חדשנית")),
                LocalizedText.of(
                    "en",
                    "Seven main contents.\n\tStudy tours from November 2018;\r\nworkshops in HCMC."),
                DateSpan.parse("2018-11~/.."))
            .addParty(
                new Party(
                    dost.id(),
                    EnumSet.of(PartyRole.ACCOUNTABLE, PartyRole.SIGNATORY),
                    LocalDate.of(2018, 8, 15)))
            .addParty(Party.of(iia.id(), PartyRole.FUNDING, PartyRole.IMPLEMENTING))
            .addContentArea(
                new ContentArea(7, LocalizedText.of("vi", "Kết nối cung cầu công nghệ")))
            .addContentArea(new ContentArea(1, Fixtures.viEn("Tham quan học tập", "Study tours")))
            .addDocument(
                new PlanDocument(
                    DocumentType.MEMORANDUM_OF_UNDERSTANDING,
                    LocalizedText.of("en", "MoU DOST HCMC – IIA"),
                    URI.create("urn:coplan:mou:2018"),
                    LocalDate.of(2018, 8, 15)))
            .addDocument(
                new PlanDocument(
                    DocumentType.ARTICLE,
                    LocalizedText.of("vi", "Bài báo"),
                    URI.create("https://example.org/news?id=42&lang=vi#top"),
                    null))
            .activate()
            .suspend("Chờ phê duyệt ngân sách");
    Activity tour =
        Activity.propose(
                new ActivityId(ids.nextId()),
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(1)
                    .type(ActivityType.STUDY_TOUR)
                    .title(
                        Fixtures.viEn("Đoàn tham quan học tập tại Israel", "Study tour to Israel"))
                    .description(LocalizedText.of("vi", "Dòng một\nDòng hai\twith a tab"))
                    .planned(DateSpan.parse("2018-11/2018-12"))
                    .location(
                        new Location(
                            CountryCode.IL, "Tel Aviv", "Israel Innovation Authority", true))
                    .leadParty(dost.id())
                    .build(),
                null)
            .addParticipation(
                new Participation(
                    Participant.of(iia.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.CONFIRMED,
                    null))
            .addParticipation(
                new Participation(
                    Participant.of(expert.id()),
                    ParticipationRole.SPEAKER,
                    ParticipationStatus.INVITED,
                    new AffiliationSnapshot(iia.id(), "Chief Scientist")))
            .addParticipation(
                new Participation(
                    Participant.of(official.id()),
                    ParticipationRole.HEAD_OF_DELEGATION,
                    ParticipationStatus.INVITED,
                    null))
            .plan(null)
            .schedule(DateSpan.parse("2018-11-20/2018-11-27"))
            .start(PartialDate.parse("2018-11-20"))
            .complete(null, PartialDate.parse("2018-11-27?"));
    Activity workshop =
        Activity.propose(
                new ActivityId(ids.nextId()),
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(7)
                    .type(ActivityType.WORKSHOP)
                    .title(LocalizedText.of("he", "סדנה"))
                    .planned(DateSpan.parse("2019-Q1"))
                    .location(Location.onlineOnly())
                    .build(),
                tour.id())
            .plan(null)
            .postpone("Diễn giả bận");
    Activity showcase =
        Activity.propose(
                new ActivityId(ids.nextId()),
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(1)
                    .type(ActivityType.EVENT_SHOWCASE)
                    .title(LocalizedText.of("en", "Showcase at HCMC Innovation & Startup Week"))
                    .planned(DateSpan.parse("2018-H2%"))
                    .build(),
                null)
            .cancel("No budget");

    try (JdbiStorage storage = open()) {
      storage.inTransaction(
          r -> {
            r.organisations().insert(dost);
            r.organisations().insert(iia);
            r.organisations().insert(hub);
            r.people().insert(expert);
            r.people().insert(official);
            r.plans().insert(plan);
            r.activities().insert(tour);
            r.activities().insert(workshop);
            r.activities().insert(showcase);
            return null;
          });
      // An update after completion: attendance may still be recorded, and only that row changes.
      storage.inTransaction(
          r ->
              r.activities()
                  .update(
                      r.activities()
                          .findById(tour.id())
                          .orElseThrow()
                          .changeParticipation(
                              Participant.of(expert.id()),
                              ParticipationRole.SPEAKER,
                              ParticipationStatus.ATTENDED)));
    }
    Activity attended =
        tour.changeParticipation(
            Participant.of(expert.id()), ParticipationRole.SPEAKER, ParticipationStatus.ATTENDED);

    try (JdbiStorage reopened = open()) {
      assertThat(reopened.migrationsApplied()).isZero();
      reopened.readOnly(
          r -> {
            assertThat(r.organisations().findById(dost.id()))
                .contains(Aggregates.withVersion(dost, 1));
            assertThat(r.organisations().findById(iia.id()))
                .contains(Aggregates.withVersion(iia, 1));
            assertThat(r.organisations().findById(hub.id()))
                .contains(Aggregates.withVersion(hub, 1));
            assertThat(
                    r.organisations()
                        .findByIdentifier(ExternalIdentifier.of("OWN", "hub/1 ' OR '1'='1")))
                .contains(Aggregates.withVersion(hub, 1));
            assertThat(r.people().findById(expert.id()))
                .contains(Aggregates.withVersion(expert, 1));
            assertThat(r.people().findById(official.id()))
                .contains(Aggregates.withVersion(official, 1));
            assertThat(r.plans().findById(plan.id())).contains(Aggregates.withVersion(plan, 1));
            assertThat(r.plans().findByCode(plan.code())).contains(Aggregates.withVersion(plan, 1));
            assertThat(r.activities().findById(tour.id()))
                .contains(Aggregates.withVersion(attended, 2));
            assertThat(r.activities().findById(workshop.id()))
                .contains(Aggregates.withVersion(workshop, 1));
            assertThat(r.activities().findById(showcase.id()))
                .contains(Aggregates.withVersion(showcase, 1));
            return null;
          });
      Organisation hubAgain =
          reopened.readOnly(r -> r.organisations().findById(hub.id()).orElseThrow());
      assertThat(hubAgain.profile().name().original()).isEqualTo("Saigon Innovation Hub 🚀");
      assertThat(hubAgain.profile().alternativeNames())
          .containsExactly("SIHUB", "Trung tâm Đổi mới sáng tạo Sài Gòn");
      assertThat(hubAgain.profile().acronym()).isNull();
      assertThat(hubAgain.profile().website()).isNull();
      assertThat(hubAgain.profile().identifiers())
          .containsExactly(
              ExternalIdentifier.of("VN-TAX", "0312345678"),
              ExternalIdentifier.of("OWN", "hub/1 ' OR '1'='1"));
      CooperationPlan planAgain =
          reopened.readOnly(r -> r.plans().findById(plan.id()).orElseThrow());
      assertThat(planAgain.summary().original())
          .isEqualTo(
              "Seven main contents.\n\tStudy tours from November 2018;\r\nworkshops in HCMC.");
      assertThat(planAgain.title().texts()).containsOnlyKeys("en", "he", "vi");
      assertThat(planAgain.period()).hasToString("2018-11~/..");
      assertThat(planAgain.statusReason()).isEqualTo("Chờ phê duyệt ngân sách");
      assertThat(planAgain.contentAreas()).extracting(ContentArea::number).containsExactly(1, 7);
      Activity tourAgain = reopened.readOnly(r -> r.activities().findById(tour.id()).orElseThrow());
      assertThat(tourAgain.actualStart()).hasToString("2018-11-20");
      assertThat(tourAgain.actualEnd()).hasToString("2018-11-27?");
      assertThat(tourAgain.details().location())
          .isEqualTo(new Location(CountryCode.IL, "Tel Aviv", "Israel Innovation Authority", true));
      assertThat(tourAgain.participations())
          .extracting(Participation::status)
          .containsExactly(
              ParticipationStatus.CONFIRMED,
              ParticipationStatus.ATTENDED,
              ParticipationStatus.INVITED);
      assertThat(tourAgain.participations().get(1).affiliation())
          .isEqualTo(new AffiliationSnapshot(iia.id(), "Chief Scientist"));
      Activity workshopAgain =
          reopened.readOnly(r -> r.activities().findById(workshop.id()).orElseThrow());
      assertThat(workshopAgain.parent()).isEqualTo(tour.id());
      assertThat(workshopAgain.details().location()).isEqualTo(Location.onlineOnly());
      assertThat(workshopAgain.details().description()).isNull();
      Activity showcaseAgain =
          reopened.readOnly(r -> r.activities().findById(showcase.id()).orElseThrow());
      assertThat(showcaseAgain.details().location()).isNull();
      assertThat(showcaseAgain.statusReason()).isEqualTo("No budget");
    }
  }
}
