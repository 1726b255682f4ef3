package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Replaces what describes an activity.
 *
 * @param activity which activity
 * @param details what describes it now
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record ReviseActivity(
    ActivityId activity, ActivityDetails details, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ReviseActivity {
    Validation v = new Validation();
    v.required("activity", activity);
    v.required("details", details);
    v.throwIfAny();
  }

  /**
   * Replaces the details of whatever version is stored.
   *
   * @param activity which activity
   * @param details what describes it now
   */
  public ReviseActivity(ActivityId activity, ActivityDetails details) {
    this(activity, details, null);
  }

  /**
   * This command, refused if the activity's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public ReviseActivity expecting(long version) {
    return new ReviseActivity(activity, details, version);
  }
}
