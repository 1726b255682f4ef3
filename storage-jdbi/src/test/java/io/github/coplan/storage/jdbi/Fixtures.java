package io.github.coplan.storage.jdbi;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
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
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data the tests of this module share: a plan of the Ho Chi Minh City – Israel cooperation, and
 * people by the thousand.
 */
final class Fixtures {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2018-08-15T02:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  /** The actor of the fixtures' commands. */
  static final Actor ACTOR = Actor.system("fixtures");

  /** The use cases on a store, with the fixed clock, acting as {@link #ACTOR}. */
  static UseCases coplan(Storage storage) {
    return Coplan.builder()
        .storage(storage)
        .clock(CLOCK)
        .idSource(IdSource.timeOrdered(CLOCK))
        .build()
        .actingAs(ACTOR);
  }

  static LocalizedText viEn(String vi, String en) {
    return LocalizedText.of("vi", Map.of("vi", vi, "en", en));
  }

  static OrganisationProfile dostHcmc() {
    return OrganisationProfile.builder()
        .name(
            LocalizedText.of(
                "vi",
                Map.of(
                    "vi",
                    "Sở Khoa học và Công nghệ TP.HCM",
                    "en",
                    "Department of Science and Technology of HCMC")))
        .acronym("DOST HCMC")
        .alternativeName("Sở KH&CN TP.HCM")
        .type(OrganisationType.LOCAL_GOVERNMENT)
        .country(CountryCode.VN)
        .identifier(ExternalIdentifier.of("VN-TAX", "0301234567"))
        .website(java.net.URI.create("https://dost.hochiminhcity.gov.vn/"))
        .build();
  }

  static OrganisationProfile israelInnovationAuthority() {
    return OrganisationProfile.builder()
        .name(
            LocalizedText.of(
                "he", Map.of("he", "רשות החדשנות", "en", "Israel Innovation Authority")))
        .acronym("IIA")
        .type(OrganisationType.GOVERNMENT)
        .country(CountryCode.IL)
        .identifier(ExternalIdentifier.of("IATI", "IL-GOV-IIA"))
        .build();
  }

  /** A plan with two parties and content areas 1 to 7, drafted through the public API. */
  static CooperationPlan plan(
      UseCases coplan, String code, Organisation first, Organisation second) {
    CooperationPlan plan =
        coplan
            .plans()
            .draft(
                new DraftPlan(
                        PlanCode.of(code),
                        viEn(
                            "Kế hoạch hợp tác thúc đẩy khởi nghiệp đổi mới sáng tạo",
                            "Cooperation plan to promote innovative start-ups"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan
        .plans()
        .addParty(
            new AddParty(
                plan.id(), Party.of(first.id(), PartyRole.ACCOUNTABLE, PartyRole.SIGNATORY)));
    coplan.plans().addParty(new AddParty(plan.id(), Party.of(second.id(), PartyRole.FUNDING)));
    for (int area = 1; area <= 7; area++) {
      plan =
          coplan
              .plans()
              .addContentArea(
                  new AddContentArea(
                      plan.id(),
                      new ContentArea(area, viEn("Nội dung " + area, "Content " + area))));
    }
    return plan;
  }

  static Organisation register(UseCases coplan, OrganisationProfile profile) {
    return coplan.organisations().register(new RegisterOrganisation(profile));
  }

  /** Proposes one activity per title, in content area 5, through the public API. */
  static List<Activity> propose(UseCases coplan, PlanId plan, int count) {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      activities.add(
          coplan
              .activities()
              .propose(
                  new ProposeActivity(
                      plan,
                      ActivityDetails.builder()
                          .contentArea(5)
                          .type(ActivityType.EVENT_SHOWCASE)
                          .title(viEn("Tuần lễ Đổi mới sáng tạo " + i, "Innovation week " + i))
                          .planned(DateSpan.parse("2018-Q4"))
                          .build())));
    }
    return activities;
  }

  /**
   * Stores people employed by an organisation, a thousand per unit of work, alternately from Viet
   * Nam and Israel.
   */
  static List<PersonId> people(Storage storage, int count, OrganisationId employer) {
    List<PersonId> ids = new ArrayList<>(count);
    IdSource source = IdSource.timeOrdered(CLOCK);
    for (int from = 0; from < count; from += 1_000) {
      int start = from;
      int end = Math.min(count, from + 1_000);
      ids.addAll(
          storage.inTransaction(
              r -> {
                List<PersonId> stored = new ArrayList<>();
                for (int i = start; i < end; i++) {
                  CountryCode country = i % 2 == 0 ? CountryCode.VN : CountryCode.IL;
                  Person p =
                      Person.register(
                          new PersonId(source.nextId()),
                          new PersonProfile("Người tham gia " + i, country, Set.of(), null, false),
                          List.of(
                              new Affiliation(
                                  employer, "Thành viên " + i, LocalDate.of(2018, 1, 1), null)));
                  stored.add(r.people().insert(p).id());
                }
                return stored;
              }));
    }
    return ids;
  }

  static List<ActivityId> ids(List<Activity> activities) {
    return activities.stream().map(Activity::id).toList();
  }

  /** An int from a system property, or a default. */
  static int intProperty(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }
}
