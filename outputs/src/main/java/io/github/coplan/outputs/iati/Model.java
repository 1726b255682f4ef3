package io.github.coplan.outputs.iati;

import io.github.coplan.domain.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an export writes, worked out once from a plan's records: the pre-flight report checks it and
 * the writer writes it, so that what is checked is what is written.
 */
record Model(
    @Nullable String reportingRef,
    String reportingType,
    LocalizedText reportingName,
    String language,
    List<IatiOptions.Sector> sectors,
    List<IatiOptions.RecipientCountry> countries,
    List<ActivityOut> activities,
    Instant generated,
    List<Problem> problems) {

  /** One {@code iati-activity}. */
  record ActivityOut(
      String identifier,
      int hierarchy,
      LocalizedText title,
      @Nullable LocalizedText description,
      List<OrgOut> participating,
      String status,
      List<DateOut> dates,
      List<DocumentOut> documents,
      List<RelatedOut> related,
      List<ResultOut> results) {}

  /** A {@code participating-org}. */
  record OrgOut(@Nullable String ref, String type, String role, LocalizedText name) {}

  /**
   * An {@code activity-date}.
   *
   * @param stated the date as the plan states it, when the day is not all it says; otherwise null
   */
  record DateOut(String type, LocalDate day, @Nullable String stated) {}

  /** A {@code document-link}. */
  record DocumentOut(
      String url, String format, LocalizedText title, String category, @Nullable LocalDate date) {}

  /** A {@code related-activity}. */
  record RelatedOut(String ref, String type) {}

  /** A {@code result}. */
  record ResultOut(
      String type,
      LocalizedText title,
      @Nullable LocalizedText description,
      List<IndicatorOut> indicators) {}

  /** An {@code indicator}. */
  record IndicatorOut(
      String measure,
      boolean ascending,
      LocalizedText title,
      @Nullable BaselineOut baseline,
      List<PeriodOut> periods) {}

  /** A {@code baseline}: its year always, its day only when the date is day-precise. */
  record BaselineOut(int year, @Nullable LocalDate day, ValueOut value) {}

  /** A {@code period}. */
  record PeriodOut(
      LocalDate start, LocalDate end, @Nullable ValueOut target, @Nullable ValueOut actual) {}

  /**
   * A value: a number, a text in a {@code comment}, or both.
   *
   * @param value the number, or null
   * @param comment the text, or null
   */
  record ValueOut(@Nullable String value, @Nullable LocalizedText comment) {}
}
