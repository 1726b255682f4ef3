package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plan's progress report: the plan, and the store's counts and lists for it, with every content
 * area of the plan listed (zero counts included) in number order, and the overdue and upcoming
 * activities named in the report's language. Immutable.
 *
 * <p>Titles are given in the report's {@linkplain #language() language} where a text has it, and in
 * the text's original language otherwise; a report without a language gives every title in its
 * original language.
 *
 * @param plan the plan as it was when the report was made
 * @param progress the counts and the lists
 * @param language the canonical BCP 47 tag of the language asked for, or null for the original
 *     language of each text
 * @param indicators the progress of every period of every indicator of the plan's results, as
 *     {@link ResultUseCases#progressOf} gives it (since 0.5.0)
 */
public record ProgressReport(
    CooperationPlan plan,
    PlanProgress progress,
    @Nullable String language,
    List<IndicatorProgress> indicators) {

  /**
   * Checks the parts and puts the language tag in its canonical form ({@code "EN"} becomes {@code
   * "en"}).
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if the plan or the progress is
   *     missing, or the language is not a BCP 47 tag
   */
  public ProgressReport {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("progress", progress);
    List<IndicatorProgress> lines = v.elements("indicators", indicators);
    String given = language;
    String tag = given == null ? null : v.check("", () -> LocalizedText.languageTag(given));
    v.throwIfAny();
    language = tag;
    indicators = List.copyOf(Validation.notNull("indicators", lines));
  }

  /**
   * A report without indicators.
   *
   * @param plan the plan
   * @param progress the counts and the lists
   * @param language the language asked for, or null
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing or the
   *     language is not a BCP 47 tag
   */
  public ProgressReport(CooperationPlan plan, PlanProgress progress, @Nullable String language) {
    this(plan, progress, language, List.of());
  }

  /**
   * A report that gives every title in its original language.
   *
   * @param plan the plan
   * @param progress the counts and the lists
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public ProgressReport(CooperationPlan plan, PlanProgress progress) {
    this(plan, progress, null, List.of());
  }

  /**
   * One line of the report per content area.
   *
   * @param area the content area
   * @param counts its counts
   * @param indicators the progress of the periods of the indicators of the content area's results
   *     (since 0.5.0)
   */
  public record Line(
      ContentArea area, ContentAreaProgress counts, List<IndicatorProgress> indicators) {

    /**
     * Copies the indicators.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
     */
    public Line {
      Validation v = new Validation();
      v.required("area", area);
      v.required("counts", counts);
      List<IndicatorProgress> given = v.elements("indicators", indicators);
      v.throwIfAny();
      indicators = List.copyOf(Validation.notNull("indicators", given));
    }

    /**
     * A line without indicators.
     *
     * @param area the content area
     * @param counts its counts
     */
    public Line(ContentArea area, ContentAreaProgress counts) {
      this(area, counts, List.of());
    }
  }

  /**
   * The progress of the indicators of the results of the plan as a whole, in no content area.
   *
   * @return the lines, in the order of {@link #indicators()}
   * @since 0.5.0
   */
  public List<IndicatorProgress> planIndicators() {
    return indicators.stream().filter(i -> i.contentArea() == null).toList();
  }

  /**
   * An activity the report names, overdue or upcoming, in the report's language.
   *
   * @param id the activity
   * @param title its title in the report's language, or in its original language when it has none
   *     in that language
   * @param titleLanguage the language {@code title} is in
   * @param planned the planned span as the plan states it ({@code 2018-Q4}, {@code 2018-11/..}):
   *     {@link ActivitySummary#plannedText()}
   * @param contentArea the number of its content area
   * @param contentAreaTitle the content area's title in the report's language (or its original), or
   *     null when the plan has no content area of that number
   * @param leadParty the organisation that leads it, or null when none is named
   * @param status its status
   */
  public record ActivityLine(
      ActivityId id,
      String title,
      String titleLanguage,
      String planned,
      int contentArea,
      @Nullable String contentAreaTitle,
      @Nullable OrganisationId leadParty,
      ActivityStatus status) {}

  /**
   * One line per content area of the plan, in number order.
   *
   * @return the lines
   */
  public List<Line> lines() {
    return plan.contentAreas().stream()
        .map(
            a ->
                new Line(
                    a,
                    progress.contentArea(a.number()),
                    indicators.stream()
                        .filter(
                            i -> {
                              Integer area = i.contentArea();
                              return area != null && area == a.number();
                            })
                        .toList()))
        .toList();
  }

  /**
   * The overdue activities the store listed, in the order it listed them (earliest planned day,
   * then id); {@link PlanProgress#overdue()} counts them all.
   *
   * @return the lines, at most the query's list limit
   */
  public List<ActivityLine> overdueActivities() {
    return progress.overdueActivities().stream().map(this::line).toList();
  }

  /**
   * The upcoming activities the store listed, in the order it listed them (earliest planned day,
   * then id); {@link PlanProgress#upcoming()} counts them all.
   *
   * @return the lines, at most the query's list limit
   */
  public List<ActivityLine> upcomingActivities() {
    return progress.upcomingActivities().stream().map(this::line).toList();
  }

  /**
   * A text in the report's language, or in its original language when it has none in that language
   * or the report has no language.
   *
   * @param text the text
   * @return the text to show
   */
  public String text(LocalizedText text) {
    return text.best(languageOf(text));
  }

  /**
   * The language in which {@link #text} gives a text.
   *
   * @param text the text
   * @return the report's language if the text has it, otherwise the text's original language
   */
  public String languageOf(LocalizedText text) {
    return language != null && text.in(language).isPresent() ? language : text.originalLanguage();
  }

  private ActivityLine line(ActivitySummary a) {
    Optional<ContentArea> area = plan.contentArea(a.contentArea());
    return new ActivityLine(
        a.id(),
        text(a.title()),
        languageOf(a.title()),
        a.plannedText(),
        a.contentArea(),
        area.map(c -> text(c.title())).orElse(null),
        a.leadParty(),
        a.status());
  }
}
