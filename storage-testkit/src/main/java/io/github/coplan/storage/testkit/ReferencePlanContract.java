package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.organisation.Organisation;
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
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference case, written through the public {@link io.github.coplan.Coplan} API only: the
 * 2018–2021 cooperation plan of Ho Chi Minh City's Department of Science and Technology (DOST HCMC)
 * and the Israel Innovation Authority (IIA), with the Embassy of Israel taking part, its seven
 * content areas in Vietnamese and English, the study tours "from November 2018", the HCMC
 * Innovation and Startup Week planned for Q4 2018, and the Israeli experts' workshops.
 */
public abstract class ReferencePlanContract extends StorageContract {

  /** The plan's code. */
  protected static final String CODE = "HCMC-IIA-2018";

  /** The plan's Vietnamese title, as the article names it. */
  protected static final String TITLE_VI =
      "Kế hoạch hợp tác giữa TP.HCM với Cơ quan Đổi mới Sáng tạo Israel (IIA) nhằm thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo (ĐMST)"
          + " giai đoạn 2018 - 2021";

  /** The plan's English title. */
  protected static final String TITLE_EN =
      "Cooperation plan of HCMC and the Israel Innovation Authority (IIA) to promote innovative start-ups, 2018–2021";

  /** The day of the progress report. */
  protected static final LocalDate REPORT_DAY = LocalDate.of(2019, 1, 1);

  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;
  private Person director;
  private Person deputyAmbassador;
  private CooperationPlan plan;
  private Activity meeting;
  private Activity studyTours;
  private Activity innovationWeek;
  private Activity expertWorkshops;

  /** For subclasses. */
  protected ReferencePlanContract() {}

  /** Models the plan through the public API. */
  @BeforeEach
  protected void modelTheReferencePlan() {
    dost = coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    iia =
        coplan()
            .organisations()
            .register(new RegisterOrganisation(israelInnovationAuthorityProfile()));
    embassy = coplan().organisations().register(new RegisterOrganisation(embassyOfIsraelProfile()));
    director =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    new PersonProfile(
                        "Nguyễn Việt Dũng",
                        CountryCode.VN,
                        Set.of("đổi mới sáng tạo", "khởi nghiệp"),
                        null,
                        true),
                    List.of(new Affiliation(dost.id(), "Giám đốc Sở KH&CN TP.HCM", null, null))));
    deputyAmbassador =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    new PersonProfile("Doron Lebovich", CountryCode.IL, Set.of(), null, true),
                    List.of(
                        new Affiliation(
                            embassy.id(), "Phó Đại sứ Israel tại Việt Nam", null, null))));

    plan =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of(CODE), viEn(TITLE_VI, TITLE_EN))
                    .withSummary(
                        viEn(
                            "Thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo (ĐMST).",
                            "Promote innovative start-up activity."))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan()
        .plans()
        .addParty(
            new AddParty(
                plan.id(), Party.of(dost.id(), PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING)));
    coplan().plans().addParty(new AddParty(plan.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING)));
    for (int n = 1; n <= 7; n++) {
      coplan()
          .plans()
          .addContentArea(new AddContentArea(plan.id(), new ContentArea(n, contentAreaTitle(n))));
    }
    coplan()
        .plans()
        .addDocument(
            new AddDocument(
                plan.id(),
                new PlanDocument(
                    DocumentType.ARTICLE,
                    viEn(
                        "Thành phố Hồ Chí Minh và Israel hợp tác thúc đẩy hoạt động khởi nghiệp đổi mới sáng tạo",
                        "Ho Chi Minh City and Israel cooperate to promote innovative start-ups"),
                    URI.create("https://dost.hochiminhcity.gov.vn/"),
                    LocalDate.of(2018, 8, 15))));
    plan = coplan().plans().changeStatus(ChangePlanStatus.activate(plan.id()));

    meeting =
        propose(
            ActivityDetails.builder()
                .contentArea(1)
                .type(ActivityType.MEETING)
                .title(
                    viEn(
                        "Buổi làm việc giữa Sở KH&CN và Phó Đại sứ Israel tại Thành phố Hồ Chí Minh",
                        "Working meeting of DOST HCMC and the Deputy Ambassador of Israel"))
                .planned(DateSpan.parse("2018-08-15"))
                .location(Location.city(CountryCode.VN, "Thành phố Hồ Chí Minh"))
                .leadParty(dost.id())
                .build());
    take(
        meeting,
        Participant.of(director.id()),
        ParticipationRole.HOST,
        ParticipationStatus.ATTENDED);
    take(
        meeting,
        Participant.of(deputyAmbassador.id()),
        ParticipationRole.HEAD_OF_DELEGATION,
        ParticipationStatus.ATTENDED);
    take(
        meeting,
        Participant.of(embassy.id()),
        ParticipationRole.ATTENDEE,
        ParticipationStatus.ATTENDED);
    change(ChangeActivityStatus.plan(meeting.id()));
    change(ChangeActivityStatus.schedule(meeting.id()));
    meeting =
        change(
            ChangeActivityStatus.complete(
                meeting.id(), PartialDate.parse("2018-08-15"), PartialDate.parse("2018-08-15")));

    studyTours =
        propose(
            ActivityDetails.builder()
                .contentArea(1)
                .type(ActivityType.STUDY_TOUR)
                .title(
                    viEn(
                        "Chuyến học tập kinh nghiệm, chính sách, mô hình thực tế về đổi mới sáng tạo tại Israel",
                        "Study tours to Israel on innovation experience, policy and practical models"))
                .description(
                    viEn(
                        "Cho các cán bộ, công chức các Sở, ban, ngành của TP.",
                        "For officials of the city's departments and agencies."))
                .planned(DateSpan.from(PartialDate.parse("2018-11")))
                .location(new Location(CountryCode.IL, null, null, false))
                .leadParty(dost.id())
                .build());
    take(
        studyTours,
        Participant.of(dost.id()),
        ParticipationRole.ORGANISER,
        ParticipationStatus.CONFIRMED);
    take(
        studyTours,
        Participant.of(iia.id()),
        ParticipationRole.HOST,
        ParticipationStatus.CONFIRMED);
    studyTours = change(ChangeActivityStatus.plan(studyTours.id()));

    innovationWeek =
        propose(
            ActivityDetails.builder()
                .contentArea(5)
                .type(ActivityType.EVENT_SHOWCASE)
                .title(
                    viEn(
                        "Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM",
                        "HCMC Innovation and Startup Week"))
                .planned(DateSpan.parse("2018-Q4"))
                .location(Location.city(CountryCode.VN, "Thành phố Hồ Chí Minh"))
                .leadParty(dost.id())
                .build());
    take(
        innovationWeek,
        Participant.of(iia.id()),
        ParticipationRole.EXHIBITOR,
        ParticipationStatus.CONFIRMED);
    change(ChangeActivityStatus.plan(innovationWeek.id()));
    innovationWeek = change(ChangeActivityStatus.schedule(innovationWeek.id()));

    expertWorkshops =
        propose(
            ActivityDetails.builder()
                .contentArea(7)
                .type(ActivityType.WORKSHOP)
                .title(
                    viEn(
                        "Chuyên gia Israel tổ chức các hội thảo, khóa đào tạo cho cộng đồng khởi nghiệp ĐMST",
                        "Israeli experts run workshops and training courses for the city's start-up community"))
                .planned(DateSpan.parse("2018/2021"))
                .leadParty(iia.id())
                .build());
    expertWorkshops = change(ChangeActivityStatus.plan(expertWorkshops.id()));
  }

  /**
   * The plan holds both parties, all seven content areas in Vietnamese and English, and the
   * article.
   */
  @Test
  protected void planHoldsBothPartiesAndAllSevenContentAreas() {
    CooperationPlan read = coplan().plans().findByCode(PlanCode.of(CODE)).orElseThrow();

    assertThat(read).isEqualTo(coplan().plans().get(plan.id()));
    assertThat(read.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(read.title().original()).isEqualTo(TITLE_VI);
    assertThat(read.title().in("en")).contains(TITLE_EN);
    assertThat(read.period()).hasToString("2018/2021");
    assertThat(read.parties())
        .containsExactly(
            Party.of(dost.id(), PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING),
            Party.of(iia.id(), PartyRole.IMPLEMENTING));
    assertThat(read.contentAreas())
        .extracting(ContentArea::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    for (ContentArea area : read.contentAreas()) {
      assertThat(area.title().texts())
          .as("content area %d", area.number())
          .containsOnlyKeys("en", "vi");
      assertThat(area.title()).isEqualTo(contentAreaTitle(area.number()));
    }
    assertThat(read.contentArea(6).orElseThrow().title().original())
        .isEqualTo("Kết nối cung cầu công nghệ trên Sàn giao dịch công nghệ và các Chợ công nghệ");
    assertThat(read.documents())
        .extracting(PlanDocument::type)
        .containsExactly(DocumentType.ARTICLE);
    assertThat(read.documents().get(0).date()).isEqualTo(LocalDate.of(2018, 8, 15));
    // Drafted, then two parties, seven areas, one document and the activation: version 12.
    assertThat(read.version()).isEqualTo(12);
  }

  /** The organisations keep their names in every language, the original one included. */
  @Test
  protected void organisationsKeepTheirNamesInEveryLanguage() {
    assertThat(coplan().organisations().get(dost.id()).profile().name().original())
        .isEqualTo("Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh");
    assertThat(coplan().organisations().get(iia.id()).profile().name().original())
        .isEqualTo("רשות החדשנות");
    assertThat(coplan().organisations().get(iia.id()).profile().name().in("vi"))
        .contains("Cơ quan Đổi mới Sáng tạo Israel");
    assertThat(coplan().organisations().get(embassy.id()).profile().name().texts())
        .isEqualTo(
            Map.of(
                "he",
                "שגרירות ישראל בווייטנאם",
                "en",
                "Embassy of Israel in Viet Nam",
                "vi",
                "Đại sứ quán Israel tại Việt Nam"));
    assertThat(coplan().organisations().get(embassy.id()).profile().type())
        .isEqualTo(OrganisationType.GOVERNMENT);
  }

  /** The study tours run from November 2018 with no stated end. */
  @Test
  protected void studyToursRunFromNovember2018WithoutEnd() {
    Activity read = coplan().activities().get(studyTours.id());

    assertThat(read.details().planned().toString()).isEqualTo("2018-11/..");
    assertThat(read.details().planned().start().precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(read.details().planned().earliestDay()).isEqualTo(LocalDate.of(2018, 11, 1));
    assertThat(read.details().planned().end()).isNull();
    assertThat(read.details().planned().latestDay()).isEqualTo(DateSpan.OPEN_END);
    assertThat(read.status()).isEqualTo(ActivityStatus.PLANNED);
    assertThat(read.participations())
        .extracting(p -> p.participant())
        .containsExactly(Participant.of(dost.id()), Participant.of(iia.id()));
  }

  /** The Innovation Week is planned for the fourth quarter of 2018. */
  @Test
  protected void innovationWeekIsPlannedForTheFourthQuarterOf2018() {
    Activity read = coplan().activities().get(innovationWeek.id());

    assertThat(read.details().planned().start()).isEqualTo(PartialDate.parse("2018-Q4"));
    assertThat(read.details().planned().end()).isEqualTo(PartialDate.parse("2018-Q4"));
    assertThat(read.details().planned().earliestDay()).isEqualTo(LocalDate.of(2018, 10, 1));
    assertThat(read.details().planned().latestDay()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(read.details().title().original())
        .isEqualTo("Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM");
    assertThat(read.status()).isEqualTo(ActivityStatus.SCHEDULED);
  }

  /**
   * The Deputy Ambassador takes part with the position he held then, kept even when he moves on.
   */
  @Test
  protected void deputyAmbassadorTakesPartWithThePositionHeHeldThen() {
    coplan()
        .people()
        .addAffiliation(
            new AddAffiliation(
                deputyAmbassador.id(),
                new Affiliation(iia.id(), "Cố vấn", LocalDate.of(2022, 1, 1), null)));

    Activity read = coplan().activities().get(meeting.id());

    assertThat(
            read.participation(
                    Participant.of(deputyAmbassador.id()), ParticipationRole.HEAD_OF_DELEGATION)
                .orElseThrow()
                .affiliation())
        .isEqualTo(new AffiliationSnapshot(embassy.id(), "Phó Đại sứ Israel tại Việt Nam"));
    assertThat(
            read.participation(Participant.of(director.id()), ParticipationRole.HOST)
                .orElseThrow()
                .affiliation())
        .isEqualTo(new AffiliationSnapshot(dost.id(), "Giám đốc Sở KH&CN TP.HCM"));
    assertThat(
            read.participation(Participant.of(embassy.id()), ParticipationRole.ATTENDEE)
                .orElseThrow()
                .affiliation())
        .isNull();
    assertThat(read.status()).isEqualTo(ActivityStatus.COMPLETED);
    assertThat(read.actualStart()).isEqualTo(PartialDate.parse("2018-08-15"));
  }

  /** As of 2019-01-01 the Q4 2018 Innovation Week, not yet completed, is overdue. */
  @Test
  protected void progressAsOf2019ShowsTheQ4WeekOverdue() {
    ProgressReport report = coplan().reports().progress(plan.id(), REPORT_DAY);

    assertThat(report.progress().overdue()).isEqualTo(1);
    assertThat(report.lines())
        .extracting(l -> l.area().number())
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(report.lines())
        .extracting(l -> l.counts())
        .containsExactly(
            new ContentAreaProgress(
                1, Map.of(ActivityStatus.COMPLETED, 1L, ActivityStatus.PLANNED, 1L), 0, 0),
            ContentAreaProgress.empty(2),
            ContentAreaProgress.empty(3),
            ContentAreaProgress.empty(4),
            new ContentAreaProgress(5, Map.of(ActivityStatus.SCHEDULED, 1L), 1, 0),
            ContentAreaProgress.empty(6),
            new ContentAreaProgress(7, Map.of(ActivityStatus.PLANNED, 1L), 0, 0));
    // The director and the deputy ambassador; DOST, the embassy (in Vietnam) and the IIA.
    assertThat(report.progress().peopleByCountry())
        .isEqualTo(Map.of(CountryCode.VN, 1L, CountryCode.IL, 1L));
    assertThat(report.progress().organisationsByCountry())
        .isEqualTo(Map.of(CountryCode.VN, 2L, CountryCode.IL, 1L));
    assertThat(report.progress().organisationsByType())
        .isEqualTo(Map.of(OrganisationType.LOCAL_GOVERNMENT, 1L, OrganisationType.GOVERNMENT, 2L));
    assertThat(coplan().reports().progress(plan.id(), REPORT_DAY, "en").overdueActivities())
        .containsExactly(
            new ProgressReport.ActivityLine(
                innovationWeek.id(),
                "HCMC Innovation and Startup Week",
                "en",
                "2018-Q4",
                5,
                contentAreaTitle(5).best("en"),
                dost.id(),
                ActivityStatus.SCHEDULED));
    assertThat(report.upcomingActivities()).isEmpty();
    assertThat(
            coplan().reports().progress(plan.id(), LocalDate.of(2018, 12, 31)).progress().overdue())
        .isZero();
  }

  /** Once completed, the Innovation Week is no longer overdue. */
  @Test
  protected void completedWeekIsNoLongerOverdue() {
    change(
        ChangeActivityStatus.complete(
            innovationWeek.id(), PartialDate.parse("2018-Q4"), PartialDate.parse("2018-Q4")));

    ProgressReport report = coplan().reports().progress(plan.id(), REPORT_DAY);

    assertThat(report.progress().overdue()).isZero();
    assertThat(report.progress().contentArea(5))
        .isEqualTo(new ContentAreaProgress(5, Map.of(ActivityStatus.COMPLETED, 1L), 0, 0));
    assertThat(coplan().activities().get(innovationWeek.id()).actualEnd())
        .isEqualTo(PartialDate.parse("2018-Q4"));
  }

  /** Searching without diacritics finds the Vietnamese titles. */
  @Test
  protected void searchingWithoutDiacriticsFindsTheVietnameseTitles() {
    assertThat(search(ActivityQuery.builder().plan(plan.id()).text("doi moi sang tao")))
        .containsExactly(innovationWeek.id(), studyTours.id());
    assertThat(search(ActivityQuery.builder().plan(plan.id()).text("HO CHI MINH")))
        .containsExactly(meeting.id());
    assertThat(search(ActivityQuery.builder().plan(plan.id()).text("khoi nghiep")))
        .containsExactly(expertWorkshops.id(), innovationWeek.id());
    assertThat(
            search(ActivityQuery.builder().text("Tuan le doi moi sang tao va khoi nghiep TP.HCM")))
        .containsExactly(innovationWeek.id());
  }

  /** Who took part in what is found by participant, content area and window. */
  @Test
  protected void whoTookPartIsFoundByParticipantAreaAndWindow() {
    assertThat(search(ActivityQuery.builder().participant(Participant.of(iia.id()))))
        .containsExactly(innovationWeek.id(), studyTours.id());
    assertThat(search(ActivityQuery.builder().participant(Participant.of(embassy.id()))))
        .containsExactly(meeting.id());
    assertThat(search(ActivityQuery.builder().participant(Participant.of(deputyAmbassador.id()))))
        .containsExactly(meeting.id());
    assertThat(search(ActivityQuery.builder().plan(plan.id()).contentAreas(1, 5)))
        .containsExactly(meeting.id(), innovationWeek.id(), studyTours.id());
    assertThat(
            search(ActivityQuery.builder().plan(plan.id()).window(LocalDate.of(2025, 1, 1), null)))
        .containsExactly(studyTours.id());
    assertThat(
            search(
                ActivityQuery.builder()
                    .plan(plan.id())
                    .types(ActivityType.WORKSHOP, ActivityType.EXPERT_MISSION)))
        .containsExactly(expertWorkshops.id());
  }

  private Activity propose(ActivityDetails details) {
    return coplan().activities().propose(new ProposeActivity(plan.id(), details));
  }

  private void take(
      Activity activity, Participant who, ParticipationRole role, ParticipationStatus status) {
    coplan().activities().addParticipant(new AddParticipant(activity.id(), who, role, status));
  }

  private Activity change(ChangeActivityStatus command) {
    return coplan().activities().changeStatus(command);
  }

  private List<ActivityId> search(ActivityQuery.Builder query) {
    return coplan().activities().search(query.build()).items().stream().map(Activity::id).toList();
  }
}
