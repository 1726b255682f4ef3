package io.github.coplan.domain.network;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.IntroductionId;

/**
 * What produced a relationship: an activity both sides took part in, or an introduction of the
 * technology marketplace. A relationship with a source belongs to the source's plan and content
 * area.
 *
 * @since 0.4.0
 */
public sealed interface RelationshipSource
    permits RelationshipSource.Activity, RelationshipSource.Introduction {

  /**
   * An activity.
   *
   * @param activity the activity
   * @return the source
   */
  static Activity of(ActivityId activity) {
    return new Activity(activity);
  }

  /**
   * An introduction.
   *
   * @param introduction the introduction
   * @return the source
   */
  static Introduction of(IntroductionId introduction) {
    return new Introduction(introduction);
  }

  /**
   * An activity both sides took part in.
   *
   * @param id the activity
   */
  record Activity(ActivityId id) implements RelationshipSource {

    /** Checks that the id is present. */
    public Activity {
      Validation.notNull("source", id);
    }

    /** {@return {@code activity:} and the id} */
    @Override
    public String toString() {
      return "activity:" + id;
    }
  }

  /**
   * An introduction of the marketplace, between profiles of the two sides.
   *
   * @param id the introduction
   */
  record Introduction(IntroductionId id) implements RelationshipSource {

    /** Checks that the id is present. */
    public Introduction {
      Validation.notNull("source", id);
    }

    /** {@return {@code introduction:} and the id} */
    @Override
    public String toString() {
      return "introduction:" + id;
    }
  }
}
