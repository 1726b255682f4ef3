package io.github.coplan.testing;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.UUID;

/** Values of the reference plan (HCMC – Israel, 2018–2021) shared by the unit tests. */
public final class Fixtures {

  /** Sở Khoa học và Công nghệ TP.HCM. */
  public static final OrganisationId DOST =
      new OrganisationId(UUID.fromString("01890000-0000-7000-8000-000000000001"));

  /** Israel Innovation Authority. */
  public static final OrganisationId IIA =
      new OrganisationId(UUID.fromString("01890000-0000-7000-8000-000000000002"));

  /** Embassy of Israel in Vietnam. */
  public static final OrganisationId EMBASSY =
      new OrganisationId(UUID.fromString("01890000-0000-7000-8000-000000000003"));

  /** The Director of DOST HCMC. */
  public static final PersonId DIRECTOR =
      new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000101"));

  /** The Deputy Ambassador of Israel. */
  public static final PersonId DEPUTY_AMBASSADOR =
      new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000102"));

  /** The plan's id. */
  public static final PlanId PLAN =
      new PlanId(UUID.fromString("01890000-0000-7000-8000-000000000201"));

  /** Another plan's id. */
  public static final PlanId OTHER_PLAN =
      new PlanId(UUID.fromString("01890000-0000-7000-8000-000000000202"));

  private Fixtures() {}

  /**
   * Vietnamese text.
   *
   * @param text the text
   * @return text with Vietnamese as the original
   */
  public static LocalizedText vi(String text) {
    return LocalizedText.of("vi", text);
  }

  /**
   * Vietnamese text with an English translation.
   *
   * @param vi the Vietnamese original
   * @param en the English translation
   * @return the localized text
   */
  public static LocalizedText viEn(String vi, String en) {
    return LocalizedText.of("vi", vi).with("en", en);
  }

  /**
   * The n-th activity id; ids grow with {@code n}.
   *
   * @param n a number
   * @return the id
   */
  public static ActivityId activityId(long n) {
    return new ActivityId(new UUID(0x0189_0000_0000_7000L, 0x8000_0000_0000_0000L | n));
  }

  /**
   * The reference plan as a draft without parties or content areas, period 2018/2021.
   *
   * @return the draft
   */
  public static CooperationPlan draftPlan() {
    return CooperationPlan.draft(
        PLAN,
        PlanCode.of("HCMC-IIA-2018"),
        viEn("Kế hoạch hợp tác ĐMST TP.HCM – Israel", "HCMC – Israel innovation cooperation plan"),
        null,
        DateSpan.parse("2018/2021"));
  }

  /**
   * The reference plan as a draft that may be activated: both parties, content areas 1 and 5.
   *
   * @return the draft
   */
  public static CooperationPlan readyPlan() {
    return draftPlan()
        .addParty(Party.of(DOST, PartyRole.SIGNATORY, PartyRole.IMPLEMENTING))
        .addParty(Party.of(IIA, PartyRole.SIGNATORY, PartyRole.FUNDING))
        .addContentArea(
            new ContentArea(
                1,
                viEn(
                    "Nghiên cứu xây dựng chính sách thúc đẩy hoạt động ĐMST", "Innovation policy")))
        .addContentArea(
            new ContentArea(5, viEn("Tham gia các sự kiện khởi nghiệp lớn", "Start-up events")));
  }

  /**
   * Details of an activity.
   *
   * @param contentArea the content-area number
   * @param planned the planned span's text form
   * @param title the Vietnamese title
   * @return the details
   */
  public static ActivityDetails details(int contentArea, String planned, String title) {
    return ActivityDetails.builder()
        .contentArea(contentArea)
        .type(ActivityType.STUDY_TOUR)
        .title(vi(title))
        .planned(DateSpan.parse(planned))
        .build();
  }

  /**
   * The study tours "from 2018-11", proposed.
   *
   * @return the activity
   */
  public static Activity studyTour() {
    return Activity.propose(
        activityId(1),
        PLAN,
        details(1, "2018-11/..", "Đoàn khảo sát học tập kinh nghiệm ĐMST tại Israel"),
        null);
  }

  /**
   * The HCMC Innovation and Startup Week, planned for 2018-Q4, proposed.
   *
   * @return the activity
   */
  public static Activity innovationWeek() {
    ActivityDetails details =
        ActivityDetails.builder()
            .contentArea(5)
            .type(ActivityType.EVENT_SHOWCASE)
            .title(
                viEn(
                    "Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM",
                    "HCMC Innovation and Startup Week"))
            .planned(DateSpan.parse("2018-Q4"))
            .leadParty(DOST)
            .build();
    return Activity.propose(activityId(2), PLAN, details, null);
  }
}
