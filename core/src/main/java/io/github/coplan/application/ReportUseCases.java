package io.github.coplan.application;

import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ProgressQuery;
import java.time.LocalDate;

/** Progress reports. Implementations are thread-safe. */
public interface ReportUseCases {

  /** The length of the upcoming window when none is given, in days. */
  int DEFAULT_UPCOMING_DAYS = 90;

  /**
   * A plan's progress as of a day, with an upcoming window of {@link #DEFAULT_UPCOMING_DAYS}.
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
   * A plan's progress.
   *
   * @param query the plan, report day and upcoming window
   * @return the report
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   */
  ProgressReport progress(ProgressQuery query);
}
