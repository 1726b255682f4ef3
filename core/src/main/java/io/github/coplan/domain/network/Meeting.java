package io.github.coplan.domain.network;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.PartialDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One occasion on which two participants met: both attended an activity, or one hosted a completed
 * stop of its itinerary that the other attended. Derived from the participations and stops, never
 * stored apart from them.
 *
 * @param activity the activity
 * @param stop the stop, or null for the activity as a whole
 * @param day when: the stop's first day, else the activity's actual start, else its planned start
 * @param firstRole the role of the connection's first participant
 * @param secondRole the role of the connection's second participant
 * @since 0.4.0
 */
public record Meeting(
    ActivityId activity,
    @Nullable StopId stop,
    PartialDate day,
    ParticipationRole firstRole,
    ParticipationRole secondRole) {

  /**
   * The order of meetings: by the earliest day each may mean, then the activity's id, then the
   * meeting at the activity as a whole before the meetings at its stops, these by stop id.
   */
  public static final Comparator<Meeting> ORDER =
      Comparator.comparing((Meeting m) -> m.day().earliestDay())
          .thenComparing(m -> m.activity().toString())
          .thenComparing(m -> java.util.Objects.toString(m.stop(), ""));

  /**
   * Checks the parts.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public Meeting {
    Validation v = new Validation();
    v.required("activity", activity);
    v.required("day", day);
    v.required("firstRole", firstRole);
    v.required("secondRole", secondRole);
    v.throwIfAny();
  }
}
