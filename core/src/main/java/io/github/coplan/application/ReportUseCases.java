package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ProgressQuery;
import java.time.LocalDate;

/**
 * Progress reports: how many activities of a plan are in each status, overdue and upcoming, which
 * ones are overdue and upcoming, and who takes part. Implementations are thread-safe.
 */
public interface ReportUseCases {

  /** The length of the upcoming window when none is given, in days. */
  int DEFAULT_UPCOMING_DAYS = 90;

  /**
   * A plan's progress as of a day, with an upcoming window of {@link #DEFAULT_UPCOMING_DAYS} and
   * lists of at most {@link ProgressQuery#DEFAULT_LIST_LIMIT}, every title in its original
   * language.
   *
   * @param plan the plan
   * @param asOf the report day
   * @return the report
   * @throws io.github.coplan.domain.error.InvalidInputException if the plan or day is missing, or
   *     the day's year lies outside 1 to 9999 (the window is cut at 9999-12-31)
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   */
  ProgressReport progress(PlanId plan, LocalDate asOf);

  /**
   * A plan's progress as of a day, as {@link #progress(PlanId, LocalDate)} gives it, with titles in
   * a language where they have it and in their original language where they do not.
   *
   * @param plan the plan
   * @param asOf the report day
   * @param language a BCP 47 language tag, in any case ({@code "en"}, {@code "vi"}, {@code
   *     "pt-BR"})
   * @return the report
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: the plan
   *     or day is missing, the day's year lies outside 1 to 9999, the language is missing ({@code
   *     language:required}) or no BCP 47 tag ({@code language:malformed})
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   */
  ProgressReport progress(PlanId plan, LocalDate asOf, String language);

  /**
   * A plan's progress, every title in its original language.
   *
   * @param query the plan, report day, upcoming window and list limit
   * @return the report
   * @throws io.github.coplan.domain.error.InvalidInputException if the query is missing
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   */
  ProgressReport progress(ProgressQuery query);

  /**
   * A plan's progress, with titles in a language where they have it and in their original language
   * where they do not.
   *
   * @param query the plan, report day, upcoming window and list limit
   * @param language a BCP 47 language tag, in any case
   * @return the report
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: the query
   *     is missing, the language is missing or no BCP 47 tag
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   */
  ProgressReport progress(ProgressQuery query, String language);

  /**
   * The report of a tour: the members of its delegation and its itinerary by local day, every name
   * in its original language. Any activity has one; an activity without stops gives an empty
   * itinerary.
   *
   * @param activity the activity
   * @return the report
   * @throws io.github.coplan.domain.error.InvalidInputException if the id is missing
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such activity the actor
   *     may see
   * @since 0.4.0
   */
  TourReport tour(ActivityId activity);

  /**
   * The report of a tour, with names in a language where they have it and in their original
   * language where they do not.
   *
   * @param activity the activity
   * @param language a BCP 47 language tag, in any case
   * @return the report
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: the id is
   *     missing, the language is missing or no BCP 47 tag
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such activity the actor
   *     may see
   * @since 0.4.0
   */
  TourReport tour(ActivityId activity, String language);
}
