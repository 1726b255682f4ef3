package io.github.coplan.application;

import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relationships a tour report lists as recorded afterwards: the names of their sides and the
 * label of their type (a stored type, else the standard one, else the code), in the report's
 * language.
 */
class TourReportRelationshipsTest {

  private static final PartialDate NOV_2018 = PartialDate.parse("2018-11");

  private final FakeStorage storage = new FakeStorage();
  private final Services system =
      Services.create(storage, Clock.systemUTC(), new SequentialIds(), Actor.APPLICATION, true);
  private OrganisationId dost;
  private OrganisationId iia;
  private PersonId director;
  private PlanId plan;
  private ActivityId tour;

  @BeforeEach
  void proposeTheTour() {
    dost = organisation(viEn("Sở KH&CN TP.HCM", "HCMC DOST"));
    iia =
        organisation(
            LocalizedText.of("he", "רשות החדשנות").with("en", "Israel Innovation Authority"));
    director =
        system
            .people()
            .register(
                new RegisterPerson(PersonProfile.of("Nguyễn Văn A", CountryCode.VN), List.of()))
            .id();
    plan =
        system
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    system.plans().addContentArea(new AddContentArea(plan, new ContentArea(1, vi("Chính sách"))));
    tour =
        system
            .activities()
            .propose(
                new ProposeActivity(
                    plan,
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.STUDY_TOUR)
                        .title(viEn("Đoàn khảo sát Israel", "Study tour to Israel"))
                        .planned(DateSpan.parse("2018-10-27/2018-11-02"))
                        .build()))
            .id();
    join(Participant.of(director), ParticipationRole.HEAD_OF_DELEGATION);
    join(Participant.of(dost), ParticipationRole.ORGANISER);
    join(Participant.of(iia), ParticipationRole.HOST);
  }

  private OrganisationId organisation(LocalizedText name) {
    return system
        .organisations()
        .register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(name)
                    .type(OrganisationType.GOVERNMENT)
                    .country(CountryCode.VN)
                    .build()))
        .id();
  }

  private void join(Participant who, ParticipationRole role) {
    system
        .activities()
        .addParticipant(new AddParticipant(tour, who, role, ParticipationStatus.CONFIRMED));
  }

  private Relationship record(RelationshipType type, Participant from, Participant to) {
    return system
        .network()
        .record(
            RecordRelationship.of(type.code(), from, to, NOV_2018)
                .producedBy(RelationshipSource.of(tour)));
  }

  @Test
  void eachReadsWithItsSidesNamesAndItsTypesLabelInTheReportsLanguage() {
    Relationship mentor =
        record(RelationshipType.MENTOR_OF, Participant.of(director), Participant.of(iia));
    system
        .network()
        .defineTypes(
            new DefineRelationshipTypes(
                List.of(
                    new RelationshipType(
                        RelationshipType.PARTNER_OF.code(),
                        viEn("đối tác chiến lược", "strategic partner"),
                        viEn("đối tác chiến lược", "strategic partner"),
                        RelationshipType.PARTNER_OF.fromKinds(),
                        RelationshipType.PARTNER_OF.toKinds(),
                        true))));
    Relationship partners =
        record(RelationshipType.PARTNER_OF, Participant.of(dost), Participant.of(iia));
    // a relationship of a type neither stored nor standard reads with its code
    RelationshipType advises =
        new RelationshipType(
            RelationshipTypeCode.of("advises"),
            viEn("tư vấn cho", "advises"),
            viEn("được tư vấn bởi", "advised by"),
            EnumSet.allOf(ParticipantKind.class),
            EnumSet.allOf(ParticipantKind.class),
            false);
    Relationship advice =
        storage.inTransaction(
            r ->
                r.network()
                    .insertRelationship(
                        Relationship.record(
                            new RelationshipId(new UUID(0xad, 1)),
                            advises,
                            Participant.of(iia),
                            Participant.of(director),
                            NOV_2018,
                            null,
                            null,
                            RelationshipSource.of(tour),
                            plan,
                            1)));

    assertThat(system.reports().tour(tour, "en").relationships())
        .extracting(p -> p.relationship(), p -> p.from(), p -> p.label(), p -> p.to())
        .containsExactlyInAnyOrder(
            tuple(mentor, "Nguyễn Văn A", "mentor of", "Israel Innovation Authority"),
            tuple(partners, "HCMC DOST", "strategic partner", "Israel Innovation Authority"),
            tuple(advice, "Israel Innovation Authority", "advises", "Nguyễn Văn A"));
    // the IIA's name has no Vietnamese, so reads in its original Hebrew
    assertThat(system.reports().tour(tour, "vi").relationships())
        .extracting(p -> p.from(), p -> p.label(), p -> p.to())
        .containsExactlyInAnyOrder(
            tuple("Nguyễn Văn A", "cố vấn của", "רשות החדשנות"),
            tuple("Sở KH&CN TP.HCM", "đối tác chiến lược", "רשות החדשנות"),
            tuple("רשות החדשנות", "advises", "Nguyễn Văn A"));
    assertThat(system.reports().tour(tour).relationships())
        .extracting(p -> p.from(), p -> p.label(), p -> p.to())
        .containsExactlyInAnyOrder(
            tuple("Nguyễn Văn A", "mentor of", "רשות החדשנות"),
            tuple("Sở KH&CN TP.HCM", "đối tác chiến lược", "רשות החדשנות"),
            tuple("רשות החדשנות", "advises", "Nguyễn Văn A"));
  }
}
