package io.github.coplan.domain.network;

import com.google.common.collect.Sets;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind of relationship between two participants, with a label each way ("introduced to" / "was
 * introduced by") and the kinds of participant each side may be. Types are reference data: the
 * {@link #STANDARD} ones, and any an application defines.
 *
 * <p>A symmetric type ("partner of") reads the same both ways: its two labels are equal, and so are
 * the kinds of its two sides.
 *
 * @param code the code
 * @param label the label read from the first side to the second ("investor in")
 * @param reverseLabel the label read from the second side to the first ("invested in by")
 * @param fromKinds the kinds the first side may be, at least one
 * @param toKinds the kinds the second side may be, at least one
 * @param symmetric whether it reads the same both ways
 * @since 0.4.0
 */
public record RelationshipType(
    RelationshipTypeCode code,
    LocalizedText label,
    LocalizedText reverseLabel,
    Set<ParticipantKind> fromKinds,
    Set<ParticipantKind> toKinds,
    boolean symmetric) {

  /** Anyone: a person or an organisation. */
  private static final Set<ParticipantKind> ANY = EnumSet.allOf(ParticipantKind.class);

  /** "introduced to" / "was introduced by": anyone to anyone. */
  public static final RelationshipType INTRODUCED_TO =
      new RelationshipType(
          RelationshipTypeCode.of("introduced_to"),
          both("introduced to", "được giới thiệu với"),
          both("was introduced by", "được giới thiệu bởi"),
          ANY,
          ANY,
          false);

  /** "partner of", both ways: an organisation and an organisation. */
  public static final RelationshipType PARTNER_OF =
      new RelationshipType(
          RelationshipTypeCode.of("partner_of"),
          both("partner of", "đối tác của"),
          both("partner of", "đối tác của"),
          EnumSet.of(ParticipantKind.ORGANISATION),
          EnumSet.of(ParticipantKind.ORGANISATION),
          true);

  /** "investor in" / "invested in by": anyone in an organisation. */
  public static final RelationshipType INVESTOR_IN =
      new RelationshipType(
          RelationshipTypeCode.of("investor_in"),
          both("investor in", "nhà đầu tư vào"),
          both("invested in by", "được đầu tư bởi"),
          ANY,
          EnumSet.of(ParticipantKind.ORGANISATION),
          false);

  /** "mentor of" / "mentored by": a person of anyone. */
  public static final RelationshipType MENTOR_OF =
      new RelationshipType(
          RelationshipTypeCode.of("mentor_of"),
          both("mentor of", "cố vấn của"),
          both("mentored by", "được cố vấn bởi"),
          EnumSet.of(ParticipantKind.PERSON),
          ANY,
          false);

  /** The standard types, in code order. */
  public static final List<RelationshipType> STANDARD =
      List.of(INTRODUCED_TO, INVESTOR_IN, MENTOR_OF, PARTNER_OF);

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: a missing
   *     part, a label that is not one line, no kind on a side, or a symmetric type whose labels or
   *     sides differ ({@code out-of-range})
   */
  public RelationshipType {
    Validation v = new Validation();
    v.required("code", code);
    LocalizedText rawLabel = label;
    LocalizedText rawReverse = reverseLabel;
    if (v.required("label", label) != null) {
      label = v.check("label", () -> rawLabel.requireLine("", Texts.LINE_LIMIT));
    }
    if (v.required("reverseLabel", reverseLabel) != null) {
      reverseLabel = v.check("reverseLabel", () -> rawReverse.requireLine("", Texts.LINE_LIMIT));
    }
    kinds(v, "fromKinds", fromKinds);
    kinds(v, "toKinds", toKinds);
    if (symmetric) {
      v.require(
          label == null || label.equals(reverseLabel),
          "reverseLabel",
          Violation.OUT_OF_RANGE,
          "a symmetric type reads the same both ways");
      v.require(
          fromKinds == null || fromKinds.equals(toKinds),
          "toKinds",
          Violation.OUT_OF_RANGE,
          "a symmetric type has the same kinds on both sides");
    }
    v.throwIfAny();
    fromKinds = Sets.immutableEnumSet(fromKinds);
    toKinds = Sets.immutableEnumSet(toKinds);
  }

  private static void kinds(Validation v, String path, Set<ParticipantKind> kinds) {
    if (v.elements(path, kinds) != null) {
      v.require(!kinds.isEmpty(), path, Violation.REQUIRED, "at least one kind of participant");
    }
  }

  /**
   * Whether a relationship of this type may join two participants, each side being of an allowed
   * kind.
   *
   * @param from the first side
   * @param to the second side
   * @return true if both sides are allowed
   */
  public boolean allows(Participant from, Participant to) {
    return fromKinds.contains(from.kind()) && toKinds.contains(to.kind());
  }

  private static LocalizedText both(String english, String vietnamese) {
    return LocalizedText.of("en", Map.of("en", english, "vi", vietnamese));
  }
}
