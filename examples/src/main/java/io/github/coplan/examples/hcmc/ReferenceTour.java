package io.github.coplan.examples.hcmc;

import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeItinerary;
import io.github.coplan.application.ChangeParticipation;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first study tour of the reference plan: a delegation of HCMC officials in Israel in November
 * 2018, known only as "2018-11", with three stops in Jerusalem and Tel Aviv (Asia/Jerusalem time):
 * the Israel Innovation Authority, an incubator, and a university's technology-transfer office.
 *
 * <p>The tour is a part of the plan's "study tours to Israel" activity. Its members, the incubator
 * and the technology-transfer office, and the stops' hours are invented for the example; the plan
 * names only the month and the purpose. Running the example again records nothing twice.
 */
public final class ReferenceTour {

  /** The zone of every stop of the tour. */
  public static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");

  private ReferenceTour() {}

  /**
   * Records the tour of a plan, unless it is recorded already.
   *
   * @param coplan the use cases, acting as the actor who records
   * @param plan the reference plan, with its content area 1 and its study tours
   * @return the tour
   */
  public static Activity record(UseCases coplan, CooperationPlan plan) {
    List<Activity> area1 =
        coplan
            .activities()
            .search(ActivityQuery.builder().plan(plan.id()).contentAreas(1).pageSize(50).build())
            .items();
    Activity tours =
        area1.stream()
            .filter(a -> a.details().type() == ActivityType.STUDY_TOUR && a.parent() == null)
            .findFirst()
            .orElseThrow();
    var recorded = area1.stream().filter(a -> tours.id().equals(a.parent())).findFirst();
    if (recorded.isPresent()) {
      return recorded.get();
    }
    Organisation dost = byDomain(coplan, "dost.hochiminhcity.gov.vn");
    Organisation iia = byDomain(coplan, "innovationisrael.org.il");
    Organisation incubator =
        organisation(
            coplan,
            "Jerusalem start-up incubator",
            OrganisationType.PRIVATE_SECTOR,
            "incubator.example.org");
    Organisation transfer =
        organisation(
            coplan,
            "University technology-transfer office, Tel Aviv",
            OrganisationType.ACADEMIC,
            "tto.example.org");

    Activity tour =
        coplan
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.STUDY_TOUR)
                        .title(
                            LocalizedText.of(
                                "vi",
                                Map.of(
                                    "vi", "Đoàn học tập kinh nghiệm tại Israel, tháng 11/2018",
                                    "en", "Study tour to Israel, November 2018")))
                        .planned(DateSpan.of(PartialDate.ofMonth(2018, 11)))
                        .location(new Location(CountryCode.IL, null, null, false))
                        .leadParty(iia.id())
                        .build(),
                    tours.id()));
    Person head = member(coplan, "Lê Văn Minh", dost, "Phó Giám đốc (Deputy Director)");
    Person delegate = member(coplan, "Phạm Thu Hà", dost, "Trưởng phòng (Head of division)");
    Person interpreter = member(coplan, "Nguyễn Hải Yến", dost, "Phiên dịch (Interpreter)");
    Person liaison = member(coplan, "Yael Cohen", iia, "Liaison officer");
    take(coplan, tour, Participant.of(head.id()), ParticipationRole.HEAD_OF_DELEGATION);
    take(coplan, tour, Participant.of(delegate.id()), ParticipationRole.DELEGATE);
    take(coplan, tour, Participant.of(interpreter.id()), ParticipationRole.INTERPRETER);
    take(coplan, tour, Participant.of(liaison.id()), ParticipationRole.LIAISON);
    take(coplan, tour, Participant.of(dost.id()), ParticipationRole.ORGANISER);
    take(coplan, tour, Participant.of(iia.id()), ParticipationRole.HOST);
    take(coplan, tour, Participant.of(incubator.id()), ParticipationRole.HOST);
    take(coplan, tour, Participant.of(transfer.id()), ParticipationRole.HOST);
    List<PersonId> everyone = List.of(head.id(), delegate.id(), interpreter.id(), liaison.id());

    // Planned with the month alone, as the plan states it; the hours are known afterwards.
    StopTime november = StopTime.on(PartialDate.ofMonth(2018, 11));
    Place jerusalem = Place.of("Jerusalem", CountryCode.IL, ISRAEL);
    tour =
        stop(
            coplan,
            tour,
            jerusalem,
            iia,
            "Innovation policy and R&D grant programmes",
            november,
            everyone);
    Stop authority = tour.itinerary().get(0);
    tour =
        stop(
            coplan,
            tour,
            jerusalem,
            incubator,
            "Incubator management: selection, mentoring and follow-on funding",
            november,
            everyone);
    Stop incubation = tour.itinerary().get(1);
    tour =
        stop(
            coplan,
            tour,
            Place.of("Tel Aviv", CountryCode.IL, ISRAEL).at("Campus"),
            transfer,
            "Licensing university research to companies",
            november,
            List.of(head.id(), delegate.id(), liaison.id()));
    Stop licensing = tour.itinerary().get(2);

    coplan.activities().changeStatus(ChangeActivityStatus.plan(tour.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(tour.id()));
    coplan
        .activities()
        .changeStatus(ChangeActivityStatus.start(tour.id(), PartialDate.ofMonth(2018, 11)));
    coplan
        .activities()
        .changeItinerary(
            ChangeItinerary.complete(
                tour.id(),
                authority.id(),
                StopTime.between(at(12, 9, 30), at(12, 12, 0)),
                null,
                "Briefing on the Authority's incubator and R&D grant programmes"));
    coplan
        .activities()
        .changeItinerary(
            ChangeItinerary.complete(
                tour.id(),
                incubation.id(),
                StopTime.between(at(12, 14, 0), at(12, 16, 30)),
                List.of(head.id(), delegate.id(), interpreter.id()),
                "Agreed to host two HCMC incubator managers for a training"));
    coplan
        .activities()
        .changeItinerary(
            ChangeItinerary.complete(
                tour.id(),
                licensing.id(),
                StopTime.on(PartialDate.ofDay(LocalDate.of(2018, 11, 13))),
                null,
                null));
    for (PersonId who : everyone) {
      ParticipationRole role =
          who.equals(head.id())
              ? ParticipationRole.HEAD_OF_DELEGATION
              : who.equals(delegate.id())
                  ? ParticipationRole.DELEGATE
                  : who.equals(interpreter.id())
                      ? ParticipationRole.INTERPRETER
                      : ParticipationRole.LIAISON;
      coplan
          .activities()
          .changeParticipation(
              new ChangeParticipation(
                  tour.id(), Participant.of(who), role, ParticipationStatus.ATTENDED));
    }
    return coplan
        .activities()
        .changeStatus(
            ChangeActivityStatus.complete(
                tour.id(), PartialDate.ofMonth(2018, 11), PartialDate.ofMonth(2018, 11)));
  }

  /**
   * The tour's report as text: its members and its itinerary by local day.
   *
   * @param coplan the use cases
   * @param tour the tour
   * @param language the language of the names
   * @return the text
   */
  public static String format(UseCases coplan, Activity tour, String language) {
    return "\nStudy tour\n" + coplan.reports().tour(tour.id(), language).text();
  }

  private static LocalDateTime at(int day, int hour, int minute) {
    return LocalDateTime.of(2018, 11, day, hour, minute);
  }

  private static Activity stop(
      UseCases coplan,
      Activity tour,
      Place place,
      Organisation host,
      String purpose,
      StopTime time,
      List<PersonId> attendees) {
    return coplan
        .activities()
        .changeItinerary(
            ChangeItinerary.add(tour.id(), place, host.id(), purpose, time, attendees));
  }

  private static void take(
      UseCases coplan, Activity tour, Participant who, ParticipationRole role) {
    coplan
        .activities()
        .addParticipant(new AddParticipant(tour.id(), who, role, ParticipationStatus.CONFIRMED));
  }

  private static Organisation byDomain(UseCases coplan, String domain) {
    return coplan
        .organisations()
        .findByIdentifier(ExternalIdentifier.of("domain", domain))
        .orElseThrow();
  }

  private static Organisation organisation(
      UseCases coplan, String name, OrganisationType type, String domain) {
    ExternalIdentifier key = ExternalIdentifier.of("domain", domain);
    return coplan
        .organisations()
        .findByIdentifier(key)
        .orElseGet(
            () ->
                coplan
                    .organisations()
                    .register(
                        new RegisterOrganisation(
                            OrganisationProfile.builder()
                                .name(LocalizedText.of("en", name))
                                .type(type)
                                .country(CountryCode.IL)
                                .identifier(key)
                                .build())));
  }

  private static Person member(
      UseCases coplan, String name, Organisation organisation, String position) {
    CountryCode country = organisation.profile().country();
    return coplan
        .people()
        .register(
            new RegisterPerson(
                new PersonProfile(name, country, Set.of(), null, true),
                List.of(new Affiliation(organisation.id(), position, null, null))));
  }
}
