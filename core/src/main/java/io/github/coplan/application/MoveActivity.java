package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Puts an activity under another parent in its plan ({@link #under}), or under none ({@link
 * #toTop}).
 *
 * @param activity which activity
 * @param parent the new parent, or null for none
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record MoveActivity(
    ActivityId activity, @Nullable ActivityId parent, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public MoveActivity {
    Validation v = new Validation();
    v.required("activity", activity);
    v.throwIfAny();
  }

  /**
   * Moves an activity under a parent.
   *
   * @param activity which activity
   * @param parent the new parent, an activity of the same plan that is not one of its descendants
   * @return the command
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public static MoveActivity under(ActivityId activity, ActivityId parent) {
    return new MoveActivity(activity, Validation.notNull("parent", parent), null);
  }

  /**
   * Moves an activity out from under its parent, so that it is part of no other.
   *
   * @param activity which activity
   * @return the command
   * @throws io.github.coplan.domain.error.InvalidInputException if the activity is missing
   */
  public static MoveActivity toTop(ActivityId activity) {
    return new MoveActivity(activity, null, null);
  }

  /**
   * This command, refused if the activity's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public MoveActivity expecting(long version) {
    return new MoveActivity(activity, parent, version);
  }
}
