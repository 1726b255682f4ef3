package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.Side;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Moves an introduction to its next stage (see {@link
 * io.github.coplan.domain.market.IntroductionStage}), on the clock's day: one record per step.
 * Build them with the factories and add {@code .expecting(version)} where needed. Whether the step
 * is allowed is decided when the command runs ({@link
 * io.github.coplan.domain.error.RuleViolationException}).
 *
 * @since 0.3.0
 */
public sealed interface AdvanceIntroduction
    permits AdvanceIntroduction.ExpressInterest,
        AdvanceIntroduction.RecordMeeting,
        AdvanceIntroduction.RecordAgreement,
        AdvanceIntroduction.Decline {

  /**
   * Which introduction.
   *
   * @return its id
   */
  IntroductionId introduction();

  /**
   * The version the change is based on.
   *
   * @return the version, or null to change whatever version is stored
   */
  @Nullable Long expectedVersion();

  /**
   * A side expresses interest; its profile's counterpart must accept expressions of interest.
   *
   * @param introduction which introduction
   * @param side which side
   * @return the command
   */
  static ExpressInterest expressInterest(IntroductionId introduction, Side side) {
    return new ExpressInterest(introduction, side, null);
  }

  /**
   * The two sides met at an activity.
   *
   * @param introduction which introduction
   * @param activity the activity
   * @return the command
   */
  static RecordMeeting recordMeeting(IntroductionId introduction, ActivityId activity) {
    return new RecordMeeting(introduction, activity, null);
  }

  /**
   * The two sides reached an agreement, recorded as a document of the introduction's plan.
   *
   * @param introduction which introduction
   * @param kind what the agreement is
   * @param document the link of the plan's document
   * @return the command
   */
  static RecordAgreement recordAgreement(
      IntroductionId introduction, AgreementKind kind, URI document) {
    return new RecordAgreement(introduction, kind, document, null);
  }

  /**
   * A side declines.
   *
   * @param introduction which introduction
   * @param side which side
   * @param reason why; required
   * @return the command
   */
  static Decline decline(IntroductionId introduction, Side side, String reason) {
    return new Decline(introduction, side, reason, null);
  }

  /**
   * A side expresses interest.
   *
   * @param introduction which introduction
   * @param side which side
   * @param expectedVersion the version the change is based on, or null
   */
  record ExpressInterest(IntroductionId introduction, Side side, @Nullable Long expectedVersion)
      implements AdvanceIntroduction {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public ExpressInterest {
      Validation v = new Validation();
      v.required("introduction", introduction);
      v.required("side", side);
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
    }

    /**
     * This command, refused if the introduction's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public ExpressInterest expecting(long version) {
      return new ExpressInterest(introduction, side, version);
    }
  }

  /**
   * The two sides met at an activity.
   *
   * @param introduction which introduction
   * @param activity the activity
   * @param expectedVersion the version the change is based on, or null
   */
  record RecordMeeting(
      IntroductionId introduction, ActivityId activity, @Nullable Long expectedVersion)
      implements AdvanceIntroduction {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public RecordMeeting {
      Validation v = new Validation();
      v.required("introduction", introduction);
      v.required("activity", activity);
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
    }

    /**
     * This command, refused if the introduction's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public RecordMeeting expecting(long version) {
      return new RecordMeeting(introduction, activity, version);
    }
  }

  /**
   * The two sides reached an agreement.
   *
   * @param introduction which introduction
   * @param kind what the agreement is
   * @param document the link of the plan's document that records it
   * @param expectedVersion the version the change is based on, or null
   */
  record RecordAgreement(
      IntroductionId introduction, AgreementKind kind, URI document, @Nullable Long expectedVersion)
      implements AdvanceIntroduction {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public RecordAgreement {
      Validation v = new Validation();
      v.required("introduction", introduction);
      v.required("kind", kind);
      v.required("document", document);
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
    }

    /**
     * This command, refused if the introduction's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public RecordAgreement expecting(long version) {
      return new RecordAgreement(introduction, kind, document, version);
    }
  }

  /**
   * A side declines.
   *
   * @param introduction which introduction
   * @param side which side
   * @param reason why: one line, trimmed and normalised; required
   * @param expectedVersion the version the change is based on, or null
   */
  record Decline(
      IntroductionId introduction, Side side, String reason, @Nullable Long expectedVersion)
      implements AdvanceIntroduction {

    /**
     * Validates the command and normalises the reason.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Decline {
      Validation v = new Validation();
      v.required("introduction", introduction);
      v.required("side", side);
      reason = v.line("reason", reason);
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
    }

    /**
     * This command, refused if the introduction's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Decline expecting(long version) {
      return new Decline(introduction, side, reason, version);
    }
  }
}
