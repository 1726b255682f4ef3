package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import org.jspecify.annotations.Nullable;
import io.github.coplan.domain.internal.Validation;

/**
 * Puts an activity under another parent, or under none.
 *
 * @param activity which activity
 * @param parent the new parent, or null
 */
public record MoveActivity(ActivityId activity, @Nullable ActivityId parent) {

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
}
