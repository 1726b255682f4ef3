package io.github.coplan.examples.hcmc;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats a {@link ProgressReport} as plain text, keeping Vietnamese titles intact. Numbers are
 * written in ASCII digits whatever the JVM's default locale, so the same report gives the same text
 * everywhere.
 */
public final class ProgressReportFormatter {

  private ProgressReportFormatter() {}

  /**
   * The report as text: one line per content area with its original-language title, then the
   * participants by country and by organisation type.
   *
   * @param report the report
   * @return the text, lines separated by {@code \n}
   */
  public static String format(ProgressReport report) {
    PlanProgress progress = report.progress();
    StringBuilder out = new StringBuilder();
    out.append(report.plan().code()).append(" — ").append(report.plan().title().original()).append('\n');
    out.append("status ").append(report.plan().status())
        .append(", period ").append(Objects.toString(report.plan().period(), "?"))
        .append(", as of ").append(progress.asOf())
        .append(", upcoming until ").append(progress.upcomingUntil()).append('\n');
    out.append(String.format(Locale.ROOT, "%-3s %8s %8s %9s %5s %7s %8s  %s\n",
        "#", "proposed", "planned", "scheduled", "done", "overdue", "upcoming", "content area"));
    for (ProgressReport.Line line : report.lines()) {
      ContentAreaProgress c = line.counts();
      out.append(String.format(Locale.ROOT, "%-3d %8d %8d %9d %5d %7d %8d  %s\n",
          line.area().number(),
          c.count(ActivityStatus.PROPOSED),
          c.count(ActivityStatus.PLANNED),
          c.count(ActivityStatus.SCHEDULED) + c.count(ActivityStatus.IN_PROGRESS),
          c.count(ActivityStatus.COMPLETED),
          c.overdue(),
          c.upcoming(),
          line.area().title().original()));
    }
    out.append(String.format(Locale.ROOT, "%-3s %8d %8d %9d %5d %7d %8d\n", "all",
        progress.count(ActivityStatus.PROPOSED),
        progress.count(ActivityStatus.PLANNED),
        progress.count(ActivityStatus.SCHEDULED) + progress.count(ActivityStatus.IN_PROGRESS),
        progress.count(ActivityStatus.COMPLETED),
        progress.overdue(),
        progress.upcoming()));
    out.append("participants by country:");
    progress.participantsByCountry().forEach((country, n) -> out.append(' ').append(country).append('=').append(n));
    out.append('\n');
    out.append("organisations by type:");
    progress.organisationsByType().forEach((type, n) -> out.append(' ').append(type).append('=').append(n));
    out.append('\n');
    return out.toString();
  }
}
