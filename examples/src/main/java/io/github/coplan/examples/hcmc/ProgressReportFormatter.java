package io.github.coplan.examples.hcmc;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Formats a {@link ProgressReport} as plain text, in the report's language where the plan's texts
 * have it and in their original language (Vietnamese titles kept intact) where they do not. Numbers
 * are written in ASCII digits whatever the JVM's default locale, so the same report gives the same
 * text everywhere. Stateless and thread-safe.
 */
public final class ProgressReportFormatter {

  private static final String COUNTS = "%-3s %8d %7d %9d %11d %9d %9d %9d %5d %7d %8d";

  private ProgressReportFormatter() {}

  /**
   * The report as text, lead parties shown by their id.
   *
   * @param report the report
   * @return the text, lines separated by {@code \n}
   * @see #format(ProgressReport, Function)
   */
  public static String format(ProgressReport report) {
    return format(report, OrganisationId::toString);
  }

  /**
   * The report as text: a line per content area with its title and the number of its activities in
   * each status, overdue and upcoming; the totals; the people and the organisations taking part;
   * and the overdue and upcoming activities, one line each ({@code 2018-Q4 area 5 SCHEDULED HCMC
   * Innovation and Startup Week lead: DOST HCMC}), with how many the list leaves out.
   *
   * @param report the report
   * @param leadName how to name a lead party
   * @return the text, lines separated by {@code \n}
   */
  public static String format(ProgressReport report, Function<OrganisationId, String> leadName) {
    return format(report, leadName, id -> null);
  }

  /**
   * The report as text, as {@link #format(ProgressReport, Function)} writes it, with each overdue
   * activity's last change at the end of its line ({@code last change:
   * ChangeActivityStatus.Schedule by system:hcmc-reference}).
   *
   * @param report the report
   * @param leadName how to name a lead party
   * @param lastChange how to describe an activity's last change, or null to say nothing of it
   * @return the text, lines separated by {@code \n}
   */
  public static String format(
      ProgressReport report,
      Function<OrganisationId, String> leadName,
      Function<ActivityId, @Nullable String> lastChange) {
    PlanProgress progress = report.progress();
    StringBuilder out = new StringBuilder();
    out.append(report.plan().code())
        .append(" — ")
        .append(report.text(report.plan().title()))
        .append('\n');
    out.append("status ")
        .append(report.plan().status())
        .append(", period ")
        .append(Objects.toString(report.plan().period(), "?"))
        .append(", as of ")
        .append(progress.asOf())
        .append(", upcoming until ")
        .append(progress.upcomingUntil())
        .append(", titles in ")
        .append(report.language() == null ? "their original language" : report.language())
        .append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%-3s %8s %7s %9s %11s %9s %9s %9s %5s %7s %8s  %s\n",
            "#",
            "proposed",
            "planned",
            "scheduled",
            "in progress",
            "completed",
            "postponed",
            "cancelled",
            "total",
            "overdue",
            "upcoming",
            "content area"));
    for (ProgressReport.Line line : report.lines()) {
      ContentAreaProgress c = line.counts();
      out.append(
              counts(
                  Integer.toString(line.area().number()),
                  c.byStatus(),
                  c.total(),
                  c.overdue(),
                  c.upcoming()))
          .append("  ")
          .append(report.text(line.area().title()))
          .append('\n');
    }
    out.append(
            counts(
                "all",
                progress.byStatus(),
                progress.total(),
                progress.overdue(),
                progress.upcoming()))
        .append('\n');
    out.append("people: ")
        .append(progress.people())
        .append(byCountry(progress.peopleByCountry()))
        .append('\n');
    out.append("organisations: ")
        .append(progress.organisations())
        .append(byCountry(progress.organisationsByCountry()));
    if (!progress.organisationsByType().isEmpty()) {
      out.append(", by type:");
      progress
          .organisationsByType()
          .forEach((type, n) -> out.append(' ').append(type).append('=').append(n));
    }
    out.append('\n');
    activities(
        out, "overdue", report.overdueActivities(), progress.overdue(), leadName, lastChange);
    activities(
        out, "upcoming", report.upcomingActivities(), progress.upcoming(), leadName, id -> null);
    return out.toString();
  }

  private static String counts(
      String label, Map<ActivityStatus, Long> byStatus, long total, long overdue, long upcoming) {
    return String.format(
        Locale.ROOT,
        COUNTS,
        label,
        byStatus.get(ActivityStatus.PROPOSED),
        byStatus.get(ActivityStatus.PLANNED),
        byStatus.get(ActivityStatus.SCHEDULED),
        byStatus.get(ActivityStatus.IN_PROGRESS),
        byStatus.get(ActivityStatus.COMPLETED),
        byStatus.get(ActivityStatus.POSTPONED),
        byStatus.get(ActivityStatus.CANCELLED),
        total,
        overdue,
        upcoming);
  }

  private static <K> String byCountry(Map<K, Long> counts) {
    StringBuilder out = new StringBuilder();
    counts.forEach(
        (country, n) ->
            out.append(out.length() == 0 ? " (" : " ").append(country).append('=').append(n));
    return out.length() == 0 ? "" : out.append(')').toString();
  }

  private static void activities(
      StringBuilder out,
      String what,
      List<ProgressReport.ActivityLine> listed,
      long all,
      Function<OrganisationId, String> leadName,
      Function<ActivityId, @Nullable String> lastChange) {
    out.append(what).append(": ").append(all).append('\n');
    for (ProgressReport.ActivityLine a : listed) {
      out.append("  ")
          .append(a.planned())
          .append("  area ")
          .append(a.contentArea())
          .append("  ")
          .append(a.status())
          .append("  ")
          .append(a.title());
      if (a.leadParty() != null) {
        out.append("  lead: ").append(leadName.apply(a.leadParty()));
      }
      String change = lastChange.apply(a.id());
      if (change != null) {
        out.append("  last change: ").append(change);
      }
      out.append('\n');
    }
    if (all > listed.size()) {
      out.append("  … and ").append(all - listed.size()).append(" more\n");
    }
  }
}
