package io.github.coplan.outputs.page;

import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanStatus;
import java.util.Locale;

/**
 * The page's own words, in English, Vietnamese and Hebrew: the languages of the plans Coplan was
 * made for. A page in another language gets them in English, marked {@code lang="en"}.
 */
enum Label {
  AS_OF("As of", "Tính đến ngày", "נכון ליום"),
  CODE("Code", "Mã", "קוד"),
  PERIOD("Period", "Thời gian", "תקופה"),
  STATUS("Status", "Trạng thái", "סטטוס"),
  PARTIES("Parties", "Các bên tham gia", "הצדדים"),
  NO_PARTIES("No parties yet", "Chưa có bên tham gia", "אין עדיין צדדים"),
  SIGNED_ON("signed on", "ký ngày", "נחתם ביום"),
  CONTENT_AREAS("Content areas", "Các nội dung hợp tác", "תחומי התוכן"),
  NUMBER("No.", "STT", "מס׳"),
  CONTENT_AREA("Content area", "Nội dung", "תחום"),
  ACTIVITIES("Activities", "Hoạt động", "פעילויות"),
  COMPLETED("Completed", "Hoàn thành", "הושלמו"),
  OVERDUE("Overdue", "Quá hạn", "באיחור"),
  COMPLETED_SHARE("completed", "hoàn thành", "הושלמו"),
  TOTAL("All content areas", "Tất cả nội dung", "כל התחומים"),
  TIMELINE("Timeline", "Tiến độ theo thời gian", "ציר הזמן"),
  LEGEND_DAY("Dates known to the day", "Ngày được xác định chính xác", "תאריכים ידועים ברמת היום"),
  LEGEND_UNCERTAIN(
      "Dates known only to the month, quarter, half-year or year, or approximate: the bar spans"
          + " the whole period",
      "Ngày chỉ biết theo tháng, quý, nửa năm hoặc năm, hoặc ước chừng: thanh trải suốt cả khoảng"
          + " thời gian",
      "תאריכים ידועים רק ברמת חודש, רבעון, חצי שנה או שנה, או משוערים: הפס מכסה את כל התקופה"),
  LEGEND_OPEN(
      "No end date yet: the bar runs to the edge",
      "Chưa có ngày kết thúc: thanh kéo đến hết trục",
      "אין עדיין תאריך סיום: הפס נמשך עד הקצה"),
  LEGEND_AS_OF("The as-of day", "Ngày tính đến", "יום הדיווח"),
  LEGEND_OVERDUE(
      "planned to end before the as-of day, and neither completed nor cancelled",
      "dự kiến kết thúc trước ngày tính đến, nhưng chưa hoàn thành cũng chưa hủy",
      "תוכננה להסתיים לפני יום הדיווח, ולא הושלמה ולא בוטלה"),
  NO_ACTIVITIES("No activities yet", "Chưa có hoạt động", "אין עדיין פעילויות"),
  LEAD("Lead", "Chủ trì", "מובילה"),
  INDICATORS("Indicators", "Chỉ số", "מדדים"),
  NO_INDICATORS("No indicators yet", "Chưa có chỉ số", "אין עדיין מדדים"),
  RESULT("Result", "Kết quả", "תוצאה"),
  WHOLE_PLAN("The plan as a whole", "Toàn bộ kế hoạch", "התוכנית כולה"),
  BASELINE("Baseline", "Giá trị cơ sở", "ערך בסיס"),
  TARGET("Target", "Mục tiêu", "יעד"),
  ACTUAL("Actual", "Thực tế", "בפועל"),
  PROGRESS("Progress", "Tiến độ", "התקדמות"),
  NOT_REPORTED("not reported", "chưa báo cáo", "לא דווח"),
  NO_TARGET("no target", "chưa có mục tiêu", "אין יעד"),

  PROPOSED("Proposed", "Đề xuất", "מוצעת"),
  PLANNED("Planned", "Đã lên kế hoạch", "מתוכננת"),
  SCHEDULED("Scheduled", "Đã lên lịch", "נקבע מועד"),
  IN_PROGRESS("In progress", "Đang thực hiện", "בביצוע"),
  DONE("Completed", "Đã hoàn thành", "הושלמה"),
  POSTPONED("Postponed", "Tạm hoãn", "נדחתה"),
  CANCELLED("Cancelled", "Đã hủy", "בוטלה"),

  PLAN_DRAFT("Draft", "Dự thảo", "טיוטה"),
  PLAN_ACTIVE("Active", "Đang triển khai", "פעילה"),
  PLAN_SUSPENDED("Suspended", "Tạm dừng", "מושהית"),
  PLAN_COMPLETED("Completed", "Đã hoàn thành", "הושלמה"),
  PLAN_CANCELLED("Cancelled", "Đã hủy", "בוטלה"),

  FUNDING("funding", "tài trợ", "מממן"),
  ACCOUNTABLE("accountable", "chịu trách nhiệm", "אחראי"),
  EXTENDING("extending", "chuyển giao kinh phí", "מעביר מימון"),
  IMPLEMENTING("implementing", "thực hiện", "מבצע"),
  SIGNATORY("signatory", "bên ký kết", "חותם");

  private final String en;
  private final String vi;
  private final String he;

  Label(String en, String vi, String he) {
    this.en = en;
    this.vi = vi;
    this.he = he;
  }

  /**
   * The language the labels are given in for a page language: its own when there are labels in it,
   * English otherwise.
   */
  static String languageFor(String pageLanguage) {
    String primary = primary(pageLanguage);
    return primary.equals("vi") || primary.equals("he") ? primary : "en";
  }

  /** The label in a language {@link #languageFor} gave. */
  String in(String labelLanguage) {
    switch (labelLanguage) {
      case "vi":
        return vi;
      case "he":
        return he;
      default:
        return en;
    }
  }

  static Label of(ActivityStatus status) {
    switch (status) {
      case PROPOSED:
        return PROPOSED;
      case PLANNED:
        return PLANNED;
      case SCHEDULED:
        return SCHEDULED;
      case IN_PROGRESS:
        return IN_PROGRESS;
      case COMPLETED:
        return DONE;
      case POSTPONED:
        return POSTPONED;
      case CANCELLED:
        return CANCELLED;
    }
    throw new AssertionError(status);
  }

  static Label of(PlanStatus status) {
    switch (status) {
      case DRAFT:
        return PLAN_DRAFT;
      case ACTIVE:
        return PLAN_ACTIVE;
      case SUSPENDED:
        return PLAN_SUSPENDED;
      case COMPLETED:
        return PLAN_COMPLETED;
      case CANCELLED:
        return PLAN_CANCELLED;
    }
    throw new AssertionError(status);
  }

  static Label of(PartyRole role) {
    switch (role) {
      case FUNDING:
        return FUNDING;
      case ACCOUNTABLE:
        return ACCOUNTABLE;
      case EXTENDING:
        return EXTENDING;
      case IMPLEMENTING:
        return IMPLEMENTING;
      case SIGNATORY:
        return SIGNATORY;
    }
    throw new AssertionError(role);
  }

  /** The primary subtag of a language tag, in lower case: {@code "he"} of {@code "he-IL"}. */
  static String primary(String language) {
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /** Whether a language is written from right to left. */
  static boolean rightToLeft(String language) {
    switch (primary(language)) {
      case "he":
      case "iw":
      case "yi":
      case "ar":
      case "fa":
      case "ur":
      case "ps":
      case "sd":
      case "ug":
      case "dv":
      case "ckb":
      case "syr":
        return true;
      default:
        return false;
    }
  }
}
