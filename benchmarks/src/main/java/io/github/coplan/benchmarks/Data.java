package io.github.coplan.benchmarks;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fixtures' domain objects, each a pure function of the seed and its index: organisations,
 * people, plans with five content areas, and activities with zero to three participations. Activity
 * {@code i} of the uniform part belongs to plan {@code i % plans}; the progress plan (the last
 * plan, when there is one) holds {@link #PROGRESS_ACTIVITIES} more.
 */
final class Data {

  static final int ORGANISATIONS = 200;
  static final int PEOPLE = 1_000;
  static final int CONTENT_AREAS = 5;
  static final int PROGRESS_ACTIVITIES = 10_000;

  /** Planned starts fall in 2015 … 2030. */
  static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  static final int DAYS = 16 * 365;

  private static final String[] COUNTRIES = {"VN", "IL", "FR", "DE", "JP", "KR", "TH", "US"};
  private static final String[] WORDS = {
    "innovation", "water", "agritech", "cyber", "health", "startups", "smart city", "education"
  };

  private Data() {}

  static OrganisationId organisationId(long seed, int i) {
    return new OrganisationId(Ids.of(seed, Ids.ORGANISATION, i));
  }

  static PersonId personId(long seed, int i) {
    return new PersonId(Ids.of(seed, Ids.PERSON, i));
  }

  static PlanId planId(long seed, int i) {
    return new PlanId(Ids.of(seed, Ids.PLAN, i));
  }

  static ActivityId activityId(long seed, long i) {
    return new ActivityId(Ids.of(seed, Ids.ACTIVITY, i));
  }

  static Organisation organisation(long seed, int i) {
    OrganisationType[] types = OrganisationType.values();
    return Organisation.register(
        organisationId(seed, i),
        OrganisationProfile.builder()
            .name(LocalizedText.of("en", "Organisation " + i))
            .type(types[Ids.pick(seed, 1, i, types.length)])
            .country(CountryCode.of(COUNTRIES[Ids.pick(seed, 2, i, COUNTRIES.length)]))
            .build());
  }

  static Person person(long seed, int i) {
    return Person.register(
        personId(seed, i),
        PersonProfile.of(
            "Person " + i, CountryCode.of(COUNTRIES[Ids.pick(seed, 3, i, COUNTRIES.length)])),
        List.of());
  }

  static CooperationPlan plan(long seed, int i) {
    CooperationPlan plan =
        CooperationPlan.draft(
            planId(seed, i),
            PlanCode.of("P-" + i),
            LocalizedText.of("en", "Plan " + i),
            null,
            null);
    for (int area = 1; area <= CONTENT_AREAS; area++) {
      plan = plan.addContentArea(new ContentArea(area, LocalizedText.of("en", "Area " + area)));
    }
    return plan;
  }

  /** The details of a new activity (as proposed), a function of the seed and index. */
  static ActivityDetails details(long seed, long i) {
    ActivityType[] types = ActivityType.values();
    LocalDate start = FIRST_DAY.plusDays(Ids.pick(seed, 4, i, DAYS));
    LocalDate end = start.plusDays(Ids.pick(seed, 5, i, 60));
    String word = WORDS[Ids.pick(seed, 6, i, WORDS.length)];
    LocalizedText title =
        Ids.pick(seed, 7, i, 3) == 0
            ? LocalizedText.of(
                "en",
                Map.of(
                    "en", "Activity " + i + " on " + word, "vi", "Hoạt động " + i + " về " + word))
            : LocalizedText.of("en", "Activity " + i + " on " + word);
    Location location =
        Ids.pick(seed, 8, i, 4) == 0
            ? Location.onlineOnly()
            : Location.city(CountryCode.VN, "Ho Chi Minh City");
    return new ActivityDetails(
        1 + Ids.pick(seed, 9, i, CONTENT_AREAS),
        types[Ids.pick(seed, 10, i, types.length)],
        title,
        null,
        DateSpan.of(PartialDate.ofDay(start), PartialDate.ofDay(end)),
        location,
        null);
  }

  /** A stored activity of a fixture (version 1), with a status and zero to three participations. */
  static Activity storedActivity(long seed, long i, PlanId plan) {
    ActivityDetails details = details(seed, i);
    ActivityStatus[] statuses = ActivityStatus.values();
    ActivityStatus status = statuses[Ids.pick(seed, 11, i, statuses.length)];
    PartialDate started =
        status == ActivityStatus.IN_PROGRESS || status == ActivityStatus.COMPLETED
            ? details.planned().start()
            : null;
    PartialDate ended =
        status == ActivityStatus.COMPLETED
            ? PartialDate.ofDay(details.planned().latestDay())
            : null;
    String reason =
        status == ActivityStatus.CANCELLED || status == ActivityStatus.POSTPONED ? "funding" : null;
    int count = Ids.pick(seed, 12, i, 4);
    List<Participation> participations = new ArrayList<>(count);
    ParticipationRole[] roles = ParticipationRole.values();
    ParticipationStatus[] pstatuses = ParticipationStatus.values();
    for (int k = 0; k < count; k++) {
      Participant who;
      AffiliationSnapshot affiliation = null;
      if (k == 0) {
        who = Participant.of(organisationId(seed, Ids.pick(seed, 13, i, ORGANISATIONS)));
      } else {
        // distinct people: consecutive indexes from a random start
        who = Participant.of(personId(seed, (Ids.pick(seed, 14, i, PEOPLE) + k) % PEOPLE));
        affiliation =
            new AffiliationSnapshot(
                organisationId(seed, Ids.pick(seed, 15, i * 4 + k, ORGANISATIONS)), "Director");
      }
      participations.add(
          new Participation(
              who,
              roles[Ids.pick(seed, 16, i * 4 + k, roles.length)],
              pstatuses[Ids.pick(seed, 17, i * 4 + k, pstatuses.length)],
              affiliation));
    }
    return Activity.ForAdapters.restore(
        activityId(seed, i),
        plan,
        details,
        null,
        status,
        started,
        ended,
        reason,
        participations,
        1);
  }
}
