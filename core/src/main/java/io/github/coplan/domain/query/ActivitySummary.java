package io.github.coplan.domain.query;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * What a progress report tells of an activity it names, overdue or upcoming: enough to act on it
 * without reading it whole. Immutable.
 *
 * @param id the activity
 * @param title its title, every language
 * @param planned its planned span
 * @param contentArea the number of its content area
 * @param leadParty the organisation that leads it, or null when none is named
 * @param status its status
 */
public record ActivitySummary(
    ActivityId id,
    LocalizedText title,
    DateSpan planned,
    int contentArea,
    @Nullable OrganisationId leadParty,
    ActivityStatus status) {

  /**
   * The order of a report's lists: the earliest planned day first, then the id as an unsigned
   * number, as {@link ActivitySort#DEFAULT} orders a search.
   */
  public static final Comparator<ActivitySummary> ORDER =
      Comparator.comparing((ActivitySummary s) -> s.planned().earliestDay())
          .thenComparing((a, b) -> ActivitySort.compareIds(a.id().value(), b.id().value()));

  /**
   * Checks that every part but the lead party is present.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every missing part
   */
  public ActivitySummary {
    Validation v = new Validation();
    v.required("id", id);
    v.required("title", title);
    v.required("planned", planned);
    v.required("status", status);
    v.throwIfAny();
  }

  /**
   * The summary of an activity.
   *
   * @param activity the activity
   * @return its summary
   */
  public static ActivitySummary of(Activity activity) {
    ActivityDetails d = activity.details();
    return new ActivitySummary(
        activity.id(), d.title(), d.planned(), d.contentArea(), d.leadParty(), activity.status());
  }

  /**
   * The planned span as a plan states it, its text form: one partial date when the span starts and
   * ends with the same one ({@code 2018-Q4}), otherwise both ends ({@code 2018-11/..}, {@code
   * 2018-12-01/2018-12-31}). {@link DateSpan#parse} reads it back to {@link #planned()}.
   *
   * @return the text
   */
  public String plannedText() {
    return planned.toString();
  }
}
