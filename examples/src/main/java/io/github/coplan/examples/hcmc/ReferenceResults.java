package io.github.coplan.examples.hcmc;

import io.github.coplan.application.AddPeriod;
import io.github.coplan.application.DefineIndicator;
import io.github.coplan.application.DefineResult;
import io.github.coplan.application.ReportObservation;
import io.github.coplan.application.ReviewObservation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.Progress;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The plan's results framework: one result per content area, with the indicators a city department
 * would set, most of them derived from what the plan records, and one reported by hand.
 *
 * <ul>
 *   <li>1: officials from Vietnam who attended study tours as head of delegation or delegate
 *       (derived; target 60 by 2021);
 *   <li>2: university staff trained in managing intellectual property (derived from trainings and
 *       workshops of the content area);
 *   <li>3: incubator managers trained (derived from training courses of the content area);
 *   <li>4: start-up founders exchanged (derived from start-up exchanges);
 *   <li>5: the countries' big annual events the plan took part in (derived from completed events);
 *   <li>6: technology transfer agreements (derived from the marketplace's agreed introductions),
 *       and the months from a request's publication to its first pilot, descending, with a baseline
 *       of 18 months in 2018 and a target of 12, reported by hand (15 in 2019);
 *   <li>7: expert missions to the city (derived from completed expert missions).
 * </ul>
 *
 * <p>The targets are invented for the example; the plan itself sets none. Running the example again
 * records nothing twice.
 */
public final class ReferenceResults {

  private static final PartialDate START = PartialDate.ofMonth(2018, 8);
  private static final PartialDate END = PartialDate.ofYear(2021);

  private ReferenceResults() {}

  /**
   * Records the results framework, unless the plan has results already.
   *
   * @param coplan the use cases, acting as the actor who records
   * @param plan the plan of {@link ReferencePlan}
   */
  public static void record(UseCases coplan, CooperationPlan plan) {
    if (!coplan.results().resultsOf(plan.id()).isEmpty()) {
      return;
    }
    derived(
        coplan,
        plan,
        1,
        ResultType.OUTCOME,
        text(
            "Cán bộ thành phố học hỏi hệ sinh thái ĐMST Israel",
            "City officials learn from Israel's innovation system"),
        text("Cán bộ tham gia đoàn học tập tại Israel", "Officials who attended study tours"),
        "officials",
        Rule.Attendees.ofTypes(ActivityType.STUDY_TOUR)
            .withRoles(ParticipationRole.HEAD_OF_DELEGATION, ParticipationRole.DELEGATE)
            .from(CountryCode.VN),
        60);
    derived(
        coplan,
        plan,
        2,
        ResultType.OUTPUT,
        text("Trường ĐH quản trị tài sản trí tuệ", "Universities manage intellectual property"),
        text("Cán bộ trường ĐH được đào tạo", "University staff trained"),
        "people",
        Rule.Attendees.ofTypes(ActivityType.TRAINING_COURSE, ActivityType.WORKSHOP)
            .inAreas(2)
            .withRoles(ParticipationRole.ATTENDEE),
        100);
    derived(
        coplan,
        plan,
        3,
        ResultType.OUTPUT,
        text("Vườn ươm được quản trị chuyên nghiệp", "Incubators managed professionally"),
        text("Quản lý vườn ươm được đào tạo", "Incubator managers trained"),
        "managers",
        Rule.Attendees.ofTypes(ActivityType.TRAINING_COURSE)
            .inAreas(3)
            .withRoles(ParticipationRole.ATTENDEE),
        30);
    derived(
        coplan,
        plan,
        4,
        ResultType.OUTPUT,
        text("Startup hai nước trao đổi", "Start-ups of both countries exchanged"),
        text("Nhà sáng lập startup được trao đổi", "Start-up founders exchanged"),
        "founders",
        Rule.Attendees.ofTypes(ActivityType.STARTUP_EXCHANGE).inAreas(4),
        20);
    derived(
        coplan,
        plan,
        5,
        ResultType.OUTPUT,
        text("Tham gia sự kiện lớn hằng năm", "The big annual events attended"),
        text("Sự kiện lớn đã tham gia", "Big annual events taken part in"),
        "events",
        Rule.CompletedActivities.ofTypes(ActivityType.EVENT_SHOWCASE).inAreas(5),
        8);
    Result market =
        derived(
            coplan,
            plan,
            6,
            ResultType.OUTCOME,
            text("Công nghệ được chuyển giao", "Technologies transferred"),
            text("Hợp đồng chuyển giao công nghệ", "Technology transfer agreements"),
            "agreements",
            Rule.AgreedIntroductions.inAreas(6),
            10);
    Result withPilot =
        coplan
            .results()
            .defineIndicator(
                DefineIndicator.of(
                        market.id(),
                        text(
                            "Số tháng từ khi đăng yêu cầu đến thí điểm đầu tiên",
                            "Months from a request's publication to its first pilot"),
                        Measure.UNIT)
                    .withUnit("months")
                    .descending()
                    .aggregatedBy(Aggregation.LATEST)
                    .withBaseline(
                        new Baseline(
                            PartialDate.ofYear(2018),
                            Value.quantity(18),
                            "the city's technology exchange before the plan")));
    IndicatorId months = withPilot.indicators().get(1).id();
    Indicator pilot =
        coplan
            .results()
            .addPeriod(new AddPeriod(months, START, END, Value.quantity(12)))
            .indicator(months);
    Observation observed =
        coplan
            .results()
            .report(
                ReportObservation.of(
                    months,
                    pilot.periods().get(0).id(),
                    Value.quantity(15),
                    LocalDate.of(2019, 6, 3)));
    coplan.results().review(ReviewObservation.submit(observed.id()));
    coplan.results().review(ReviewObservation.approve(observed.id()));
    derived(
        coplan,
        plan,
        7,
        ResultType.OUTPUT,
        text("Chuyên gia Israel hỗ trợ thành phố", "Israeli experts support the city"),
        text("Đoàn chuyên gia đến thành phố", "Expert missions to the city"),
        "missions",
        Rule.CompletedActivities.ofTypes(ActivityType.EXPERT_MISSION).inAreas(7),
        6);
  }

  /** A result of a content area with one derived indicator, over the plan's span, and a target. */
  private static Result derived(
      UseCases coplan,
      CooperationPlan plan,
      int area,
      ResultType type,
      LocalizedText title,
      LocalizedText indicatorTitle,
      String unit,
      Rule rule,
      long target) {
    Result result = coplan.results().define(DefineResult.of(plan.id(), area, type, title));
    Result defined =
        coplan
            .results()
            .defineIndicator(
                DefineIndicator.of(result.id(), indicatorTitle, Measure.UNIT)
                    .withUnit(unit)
                    .derivedBy(rule));
    IndicatorId id = defined.indicators().get(0).id();
    return coplan.results().addPeriod(new AddPeriod(id, START, END, Value.quantity(target)));
  }

  private static LocalizedText text(String vi, String en) {
    return LocalizedText.of("vi", Map.of("vi", vi, "en", en));
  }

  /**
   * The results and their indicators, as the example prints them: per indicator its period, its
   * actual against its target, its progress, and the working.
   *
   * @param coplan the use cases, acting as the actor who reads
   * @param plan the plan
   * @param language the language of the titles
   * @return the text
   */
  public static String format(UseCases coplan, CooperationPlan plan, String language) {
    StringBuilder out = new StringBuilder("\nResults and indicators\n");
    List<Result> results = coplan.results().resultsOf(plan.id());
    List<IndicatorProgress> lines = coplan.results().progressOf(plan.id());
    for (Result result : results) {
      out.append("  ")
          .append(result.contentArea() == null ? "plan" : "area " + result.contentArea())
          .append(" · ")
          .append(result.type().name().toLowerCase(Locale.ROOT))
          .append(": ")
          .append(result.title().best(language))
          .append('\n');
      for (IndicatorProgress line : lines) {
        if (line.result().equals(result.id())) {
          out.append(indicatorLine(line, language));
        }
      }
    }
    return out.toString();
  }

  private static String indicatorLine(IndicatorProgress line, String language) {
    Indicator indicator = line.indicator();
    Progress progress = line.progress();
    Actual actual = progress.actual();
    Value target = line.period().target();
    StringBuilder out =
        new StringBuilder("    ")
            .append(indicator.title().best(language))
            .append(indicator.derived() ? " (derived)" : "")
            .append(indicator.ascending() ? "" : " (lower is better)")
            .append(", ")
            .append(line.period().start())
            .append("–")
            .append(line.period().end())
            .append(": ")
            .append(number(actual.value()))
            .append(" of ")
            .append(target == null ? "no target" : number(target.number()));
    BigDecimal percent = progress.percent();
    out.append(" · ")
        .append(percent == null ? "not computable: " + progress.reason() : percent + " %")
        .append('\n');
    out.append("      ").append(actual.formula()).append('\n');
    if (percent != null) {
      out.append("      ").append(progress.formula()).append('\n');
    }
    return out.toString();
  }

  private static String number(@Nullable BigDecimal value) {
    return value == null ? "not reported" : value.toPlainString();
  }
}
