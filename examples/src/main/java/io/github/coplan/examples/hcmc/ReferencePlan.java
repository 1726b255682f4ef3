package io.github.coplan.examples.hcmc;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
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
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Records the HCMC – Israel innovation cooperation plan, 2018–2021, through Coplan's public API, as
 * the DOST HCMC announcement of 15 August 2018 states it.
 *
 * <p>Recording is idempotent: when a plan with {@link #CODE} exists, nothing is recorded again, so
 * running the example twice on one file neither fails nor duplicates anything. Organisations are
 * found again by their web-domain identifier.
 */
public final class ReferencePlan {

  /** The plan's code. */
  public static final PlanCode CODE = PlanCode.of("HCMC-IIA-2018");

  /** The seven main content areas, in Vietnamese (the original) and English. */
  static final List<ContentArea> CONTENT_AREAS =
      List.of(
          area(
              1,
              "Nghiên cứu xây dựng chính sách thúc đẩy hoạt động ĐMST",
              "Research and build policies that promote innovation"),
          area(
              2,
              "Đào tạo quản trị khai thác tài sản trí tuệ và thương mại hóa kết quả nghiên cứu khoa học trong trường ĐH",
              "Training in managing and exploiting intellectual property and commercialising university research results"),
          area(3, "Đào tạo quản trị vườn ươm", "Training in incubator management"),
          area(4, "Trao đổi các startup", "Exchange of start-ups"),
          area(
              5,
              "Tham gia các hoạt động, sự kiện lớn về khởi nghiệp ĐMST hàng năm ở 2 nước",
              "Taking part in each country's big annual start-up and innovation activities and events"),
          area(
              6,
              "Kết nối cung cầu công nghệ trên Sàn giao dịch công nghệ và các Chợ công nghệ",
              "Connecting technology supply and demand on the Technology Exchange and Technology Markets"),
          area(
              7,
              "Mời chuyên gia hỗ trợ thành phố trong hoạt động ĐMST",
              "Inviting experts to support the city's innovation activities"));

  private ReferencePlan() {}

  /**
   * Records the plan unless it is there already.
   *
   * @param coplan where to record it
   * @return the plan
   */
  public static CooperationPlan record(UseCases coplan) {
    var existing = coplan.plans().findByCode(CODE);
    if (existing.isPresent()) {
      return existing.get();
    }

    Organisation dost =
        organisation(
            coplan,
            OrganisationProfile.builder()
                .name(
                    LocalizedText.of(
                        "vi",
                        Map.of(
                            "vi", "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
                            "en", "Department of Science and Technology of Ho Chi Minh City")))
                .acronym("DOST HCMC")
                .alternativeName("Sở KH&CN TP.HCM")
                .type(OrganisationType.LOCAL_GOVERNMENT)
                .country(CountryCode.VN)
                .identifier(ExternalIdentifier.of("domain", "dost.hochiminhcity.gov.vn"))
                .website(URI.create("https://dost.hochiminhcity.gov.vn"))
                .build());
    Organisation iia =
        organisation(
            coplan,
            OrganisationProfile.builder()
                .name(
                    LocalizedText.of(
                        "en",
                        Map.of(
                            "en", "Israel Innovation Authority",
                            "vi", "Cơ quan Đổi mới Sáng tạo Israel")))
                .acronym("IIA")
                .type(OrganisationType.GOVERNMENT)
                .country(CountryCode.IL)
                .identifier(ExternalIdentifier.of("domain", "innovationisrael.org.il"))
                .website(URI.create("https://innovationisrael.org.il"))
                .build());
    Organisation embassy =
        organisation(
            coplan,
            OrganisationProfile.builder()
                .name(
                    LocalizedText.of(
                        "en",
                        Map.of(
                            "en", "Embassy of Israel in Vietnam",
                            "vi", "Đại sứ quán Israel tại Việt Nam")))
                .type(OrganisationType.GOVERNMENT)
                .country(CountryCode.IL)
                .identifier(ExternalIdentifier.of("domain", "embassies.gov.il/hanoi"))
                .build());
    Organisation partyCommittee =
        organisation(
            coplan,
            OrganisationProfile.builder()
                .name(
                    LocalizedText.of(
                        "vi",
                        Map.of(
                            "vi", "Thành ủy Thành phố Hồ Chí Minh",
                            "en", "Ho Chi Minh City Party Committee")))
                .type(OrganisationType.LOCAL_GOVERNMENT)
                .country(CountryCode.VN)
                .identifier(ExternalIdentifier.of("domain", "hcmcpv.org.vn"))
                .build());

    Person director =
        person(
            coplan,
            "Nguyễn Việt Dũng",
            CountryCode.VN,
            new Affiliation(dost.id(), "Giám đốc Sở KH&CN TP.HCM (Director)", null, null));
    Person deputyAmbassador =
        person(
            coplan,
            "Doron Lebovich",
            CountryCode.IL,
            new Affiliation(
                embassy.id(), "Phó Đại sứ Israel tại Việt Nam (Deputy Ambassador)", null, null));
    Person secretary =
        person(
            coplan,
            "Nguyễn Thiện Nhân",
            CountryCode.VN,
            new Affiliation(
                partyCommittee.id(),
                "Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM (Secretary)",
                null,
                null));

    CooperationPlan plan =
        coplan
            .plans()
            .draft(
                new DraftPlan(
                        CODE,
                        LocalizedText.of(
                            "vi",
                            Map.of(
                                "vi",
                                    "Kế hoạch hợp tác thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo giữa TP.HCM và Israel giai đoạn 2018 - 2021",
                                "en",
                                    "HCMC – Israel cooperation plan to promote innovative start-up activity, 2018–2021")))
                    .withSummary(
                        LocalizedText.of(
                            "vi",
                            Map.of(
                                "vi",
                                    "Thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo (ĐMST); triển khai kết quả chuyến công tác tại Israel của đoàn đại biểu TP.HCM tháng 5/2018.",
                                "en",
                                    "Promote innovative start-up activity; implements the results of the HCMC delegation's working visit to Israel in May 2018.")))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan
        .plans()
        .addParty(
            new AddParty(
                plan.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING)));
    coplan.plans().addParty(new AddParty(plan.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING)));
    for (ContentArea area : CONTENT_AREAS) {
      coplan.plans().addContentArea(new AddContentArea(plan.id(), area));
    }
    coplan
        .plans()
        .addDocument(
            new AddDocument(
                plan.id(),
                new PlanDocument(
                    DocumentType.ARTICLE,
                    LocalizedText.of(
                        "vi",
                        "Thành phố Hồ Chí Minh và Israel hợp tác thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo"),
                    URI.create("https://dost.hochiminhcity.gov.vn"),
                    LocalDate.of(2018, 8, 15))));
    coplan.plans().changeStatus(ChangePlanStatus.activate(plan.id()));

    // The working visit to Israel in May 2018 that the plan implements: done.
    Activity visit =
        propose(
            coplan,
            plan,
            1,
            ActivityType.DELEGATION_VISIT,
            "2018-05/2018-05",
            "Chuyến công tác tại Israel của đoàn đại biểu TP.HCM",
            "Working visit to Israel of the HCMC delegation",
            new Location(CountryCode.IL, null, null, false),
            null);
    take(
        coplan,
        visit,
        Participant.of(secretary.id()),
        ParticipationRole.HEAD_OF_DELEGATION,
        ParticipationStatus.ATTENDED);
    take(
        coplan,
        visit,
        Participant.of(dost.id()),
        ParticipationRole.DELEGATE,
        ParticipationStatus.ATTENDED);
    coplan.activities().changeStatus(ChangeActivityStatus.plan(visit.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(visit.id()));
    coplan
        .activities()
        .changeStatus(
            ChangeActivityStatus.complete(
                visit.id(), PartialDate.parse("2018-05"), PartialDate.parse("2018-05")));

    // The working meeting of the morning of 15 August 2018: done.
    Activity meeting =
        propose(
            coplan,
            plan,
            1,
            ActivityType.MEETING,
            "2018-08-15/2018-08-15",
            "Buổi làm việc giữa Sở KH&CN TP.HCM và Phó Đại sứ Israel",
            "Working meeting of DOST HCMC and the Deputy Ambassador of Israel",
            Location.city(CountryCode.VN, "Thành phố Hồ Chí Minh"),
            dost);
    take(
        coplan,
        meeting,
        Participant.of(director.id()),
        ParticipationRole.HOST,
        ParticipationStatus.ATTENDED);
    take(
        coplan,
        meeting,
        Participant.of(deputyAmbassador.id()),
        ParticipationRole.SPEAKER,
        ParticipationStatus.ATTENDED);
    coplan.activities().changeStatus(ChangeActivityStatus.plan(meeting.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(meeting.id()));
    coplan
        .activities()
        .changeStatus(
            ChangeActivityStatus.complete(
                meeting.id(), PartialDate.parse("2018-08-15"), PartialDate.parse("2018-08-15")));

    // From November 2018: study tours to Israel for the city's officials. Agreed, open-ended.
    Activity tours =
        propose(
            coplan,
            plan,
            1,
            ActivityType.STUDY_TOUR,
            "2018-11/..",
            "Các chuyến học tập kinh nghiệm, chính sách, mô hình thực tế về đổi mới sáng tạo tại Israel",
            "Study tours to Israel on innovation experience, policy and practical models",
            new Location(CountryCode.IL, null, null, false),
            iia);
    take(
        coplan,
        tours,
        Participant.of(iia.id()),
        ParticipationRole.HOST,
        ParticipationStatus.CONFIRMED);
    take(
        coplan,
        tours,
        Participant.of(dost.id()),
        ParticipationRole.ORGANISER,
        ParticipationStatus.CONFIRMED);
    coplan.activities().changeStatus(ChangeActivityStatus.plan(tours.id()));

    // The Israeli side connects HCMC delegations with Israeli organisations, companies and people.
    propose(
        coplan,
        plan,
        4,
        ActivityType.MATCHMAKING_SESSION,
        "2018/2021",
        "Kết nối các đoàn công tác của TP.HCM với các đơn vị, doanh nghiệp, cá nhân khởi nghiệp ĐMST của Israel",
        "Connecting HCMC delegations with Israeli start-up organisations, companies and people",
        null,
        iia);

    // Israeli experts come to HCMC to run workshops and training courses.
    Activity workshops =
        propose(
            coplan,
            plan,
            7,
            ActivityType.WORKSHOP,
            "2018/2021",
            "Hội thảo, khóa đào tạo của chuyên gia Israel cho cộng đồng khởi nghiệp ĐMST thành phố",
            "Workshops and training courses by Israeli experts for the city's start-up community",
            Location.city(CountryCode.VN, "Thành phố Hồ Chí Minh"),
            iia);
    take(
        coplan,
        workshops,
        Participant.of(iia.id()),
        ParticipationRole.EXPERT,
        ParticipationStatus.INVITED);
    coplan.activities().changeStatus(ChangeActivityStatus.plan(workshops.id()));

    // The nearest big event: HCMC Innovation and Startup Week, planned for Q4 2018.
    Activity week =
        propose(
            coplan,
            plan,
            5,
            ActivityType.EVENT_SHOWCASE,
            "2018-Q4/2018-Q4",
            "Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM",
            "HCMC Innovation and Startup Week",
            Location.city(CountryCode.VN, "Thành phố Hồ Chí Minh"),
            dost);
    take(
        coplan,
        week,
        Participant.of(dost.id()),
        ParticipationRole.ORGANISER,
        ParticipationStatus.CONFIRMED);
    take(
        coplan,
        week,
        Participant.of(iia.id()),
        ParticipationRole.EXHIBITOR,
        ParticipationStatus.INVITED);
    coplan.activities().changeStatus(ChangeActivityStatus.plan(week.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(week.id()));

    // Technology supply and demand matched on the Technology Exchange and Technology Markets.
    Activity matchmaking =
        propose(
            coplan,
            plan,
            6,
            ActivityType.MATCHMAKING_SESSION,
            "2018/2021",
            "Kết nối cung cầu công nghệ trên Sàn giao dịch công nghệ và Chợ công nghệ",
            "Technology supply–demand matchmaking on the Technology Exchange and Technology Markets",
            Location.city(CountryCode.VN, "Thành phố Hồ Chí Minh"),
            dost);
    coplan.activities().changeStatus(ChangeActivityStatus.plan(matchmaking.id()));

    return coplan.plans().get(plan.id());
  }

  private static ContentArea area(int number, String vi, String en) {
    return new ContentArea(number, LocalizedText.of("vi", Map.of("vi", vi, "en", en)));
  }

  private static Organisation organisation(UseCases coplan, OrganisationProfile profile) {
    ExternalIdentifier key = profile.identifiers().iterator().next();
    return coplan
        .organisations()
        .findByIdentifier(key)
        .orElseGet(() -> coplan.organisations().register(new RegisterOrganisation(profile)));
  }

  private static Person person(
      UseCases coplan, String name, CountryCode country, Affiliation affiliation) {
    return coplan
        .people()
        .register(
            new RegisterPerson(
                new PersonProfile(name, country, Set.of(), null, true), List.of(affiliation)));
  }

  private static Activity propose(
      UseCases coplan,
      CooperationPlan plan,
      int area,
      ActivityType type,
      String planned,
      String vi,
      String en,
      @Nullable Location location,
      @Nullable Organisation lead) {
    return coplan
        .activities()
        .propose(
            new ProposeActivity(
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(area)
                    .type(type)
                    .title(LocalizedText.of("vi", Map.of("vi", vi, "en", en)))
                    .planned(DateSpan.parse(planned))
                    .location(location)
                    .leadParty(lead == null ? null : lead.id())
                    .build()));
  }

  private static void take(
      UseCases coplan,
      Activity activity,
      Participant who,
      ParticipationRole role,
      ParticipationStatus status) {
    coplan.activities().addParticipant(new AddParticipant(activity.id(), who, role, status));
  }
}
