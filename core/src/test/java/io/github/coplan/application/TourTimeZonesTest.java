package io.github.coplan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tour with stops in Asia/Ho_Chi_Minh (UTC+7 all year) and Asia/Jerusalem across Israel's return
 * to standard time at 02:00 on 28 October 2018 (UTC+3 before, UTC+2 after): every stop's local and
 * absolute times, as the tour report prints them, and the overlap rule read in absolute time.
 */
class TourTimeZonesTest {

  private static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");

  private final Services services =
      Services.create(
          new FakeStorage(), Clock.systemUTC(), new SequentialIds(), Actor.APPLICATION, true);
  private final Place hcmc = Place.of("Ho Chi Minh City", CountryCode.VN, SAIGON);
  private final Place jerusalem = Place.of("Jerusalem", CountryCode.IL, ISRAEL);
  private final Place telAviv = Place.of("Tel Aviv", CountryCode.IL, ISRAEL);
  private Organisation dost;
  private Organisation iia;
  private Person head;
  private Activity tour;

  @BeforeEach
  void proposeTheTour() {
    dost = organisation("Sở KH&CN TP.HCM", "vi", CountryCode.VN);
    iia = organisation("Israel Innovation Authority", "en", CountryCode.IL);
    head =
        services
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Lê Văn Minh", CountryCode.VN),
                    List.of(new Affiliation(dost.id(), "Phó Giám đốc", null, null))));
    CooperationPlan plan =
        services
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), LocalizedText.of("en", "Cooperation")));
    services
        .plans()
        .addContentArea(
            new AddContentArea(plan.id(), new ContentArea(1, LocalizedText.of("en", "Tours"))));
    tour =
        services
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.STUDY_TOUR)
                        .title(LocalizedText.of("en", "Study tour to Israel"))
                        .planned(DateSpan.parse("2018-10-24/2018-10-30"))
                        .build()));
    take(Participant.of(dost.id()), ParticipationRole.ORGANISER);
    take(Participant.of(iia.id()), ParticipationRole.HOST);
    take(Participant.of(head.id()), ParticipationRole.HEAD_OF_DELEGATION);
  }

  @Test
  void theReportPrintsEachStopInItsLocalTimeAndInAbsoluteTimeAcrossTheChange() {
    stop(hcmc, dost, "Briefing before departure", times("2018-10-25T09:00", "2018-10-25T11:00"));
    stop(jerusalem, iia, "Innovation policy", times("2018-10-26T10:00", "2018-10-26T12:00"));
    // Five hours on the clock, six in fact: the clocks go back from 02:00 to 01:00 that night.
    stop(telAviv, iia, "Hackathon night", times("2018-10-27T22:00", "2018-10-28T03:00"));
    stop(telAviv, iia, "Incubators", times("2018-10-28T10:00", "2018-10-28T12:00"));
    stop(
        hcmc,
        dost,
        "Report to the city",
        StopTime.on(PartialDate.ofDay(LocalDate.of(2018, 10, 30))));

    TourReport report = services.reports().tour(tour.id());

    assertThat(report.text())
        .isEqualTo(
            """
            Study tour to Israel — STUDY_TOUR PROPOSED, planned 2018-10-24/2018-10-30
            Members:
              Lê Văn Minh — HEAD_OF_DELEGATION CONFIRMED, Sở KH&CN TP.HCM
            Itinerary:
              2018-10-25
                1. 09:00–11:00 Asia/Ho_Chi_Minh (UTC+07:00) = 2018-10-25T02:00Z–2018-10-25T04:00Z
                   Ho Chi Minh City, VN — host Sở KH&CN TP.HCM — PLANNED
                   purpose: Briefing before departure
                   expected: Lê Văn Minh with Sở KH&CN TP.HCM
              2018-10-26
                2. 10:00–12:00 Asia/Jerusalem (UTC+03:00) = 2018-10-26T07:00Z–2018-10-26T09:00Z
                   Jerusalem, IL — host Israel Innovation Authority — PLANNED
                   purpose: Innovation policy
                   expected: Lê Văn Minh with Israel Innovation Authority
              2018-10-27
                3. 2018-10-27T22:00–2018-10-28T03:00 Asia/Jerusalem (UTC+03:00 → UTC+02:00) \
            = 2018-10-27T19:00Z–2018-10-28T01:00Z
                   Tel Aviv, IL — host Israel Innovation Authority — PLANNED
                   purpose: Hackathon night
                   expected: Lê Văn Minh with Israel Innovation Authority
              2018-10-28
                4. 10:00–12:00 Asia/Jerusalem (UTC+02:00) = 2018-10-28T08:00Z–2018-10-28T10:00Z
                   Tel Aviv, IL — host Israel Innovation Authority — PLANNED
                   purpose: Incubators
                   expected: Lê Văn Minh with Israel Innovation Authority
              2018-10-30
                5. 2018-10-30 Asia/Ho_Chi_Minh = 2018-10-29T17:00Z–2018-10-30T17:00Z
                   Ho Chi Minh City, VN — host Sở KH&CN TP.HCM — PLANNED
                   purpose: Report to the city
                   expected: Lê Văn Minh with Sở KH&CN TP.HCM
            """);
    TourReport.StopLine night = report.days().get(2).stops().get(0);
    assertThat(Duration.between(night.stop().earliestStart(), night.stop().latestEnd()))
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  void stopsOverlapInAbsoluteTimeEvenWhenTheirLocalClocksDoNot() {
    // 09:00–23:00 in Ho Chi Minh City is 02:00–16:00 UTC.
    stop(hcmc, dost, "Visit", times("2018-10-25T09:00", "2018-10-25T23:00"));

    // 18:30 in Jerusalem (UTC+3) is 15:30 UTC: before the visit ends, though 18:30 < 23:00 looks
    // after its start only.
    RuleViolationException refused =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> stop(jerusalem, iia, "Arrival", times("2018-10-25T18:30", "2018-10-25T20:00")));
    assertThat(refused.rule()).isEqualTo(RuleCode.STOP_OVERLAP);
    assertThat(services.activities().get(tour.id()).itinerary()).hasSize(1);

    // 19:00 in Jerusalem is 16:00 UTC, the instant the visit ends: accepted.
    Activity accepted =
        stop(jerusalem, iia, "Arrival", times("2018-10-25T19:00", "2018-10-25T20:00"));
    assertThat(accepted.itinerary())
        .extracting(s -> s.purpose())
        .containsExactly("Visit", "Arrival");
  }

  @Test
  void aStopAfterTheChangeIsOrderedByItsAbsoluteStart() {
    // 01:30 on 28 October happens twice in Jerusalem; it is read at the earlier offset (UTC+3),
    // 22:30 UTC on the 27th, which is before 23:00 UTC.
    stop(telAviv, iia, "Late", times("2018-10-28T02:00", "2018-10-28T03:00"));
    Activity ordered = stop(jerusalem, iia, "Early", times("2018-10-28T01:30", "2018-10-28T01:45"));

    assertThat(ordered.itinerary()).extracting(s -> s.purpose()).containsExactly("Early", "Late");
    assertThat(ordered.itinerary().get(0).earliestStart().toString())
        .isEqualTo("2018-10-27T22:30:00Z");
    assertThat(ordered.itinerary().get(1).earliestStart().toString())
        .isEqualTo("2018-10-28T00:00:00Z");
  }

  private Organisation organisation(String name, String language, CountryCode country) {
    return services
        .organisations()
        .register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(LocalizedText.of(language, name))
                    .type(OrganisationType.GOVERNMENT)
                    .country(country)
                    .build()));
  }

  private void take(Participant who, ParticipationRole role) {
    services
        .activities()
        .addParticipant(new AddParticipant(tour.id(), who, role, ParticipationStatus.CONFIRMED));
  }

  private static StopTime times(String start, String end) {
    return StopTime.between(LocalDateTime.parse(start), LocalDateTime.parse(end));
  }

  private Activity stop(Place place, Organisation host, String purpose, StopTime time) {
    List<PersonId> attendees = List.of(head.id());
    return services
        .activities()
        .changeItinerary(
            ChangeItinerary.add(tour.id(), place, host.id(), purpose, time, attendees));
  }
}
