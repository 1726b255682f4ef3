package io.github.coplan.domain.market;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.SearchFolding;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search of technology profiles: every criterion given must hold. Results come in the order of
 * their ids' text, after {@code after}, at most {@code limit} of them; to page, pass the last id of
 * a page as the next query's {@code after}.
 *
 * @param text folded text that must occur in the profile's {@linkplain ProfileContent#searchText
 *     search text} (its title, summary and keywords in every language), or null; accents, case and
 *     compatibility forms aside, so that {@code "cong nghe xu ly nuoc"} finds {@code "Công nghệ xử
 *     lý nước"}
 * @param kind the kind, or null for any
 * @param owner the owner, or null for any
 * @param plan the plan, or null for any
 * @param liveOn a day the profile must be {@linkplain TechnologyProfile#isLiveOn live} on, or null
 *     for profiles in any status
 * @param after the id after which to start, or null for the first
 * @param limit how many at most, 1 to {@value #MAX_LIMIT}
 * @since 0.3.0
 */
public record ProfileQuery(
    @Nullable String text,
    @Nullable ProfileKind kind,
    @Nullable OrganisationId owner,
    @Nullable PlanId plan,
    @Nullable LocalDate liveOn,
    @Nullable ProfileId after,
    int limit) {

  /** The most results of one query. */
  public static final int MAX_LIMIT = 1_000;

  /**
   * Validates the limit and folds the text.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ProfileQuery {
    Validation v = new Validation();
    if (text != null) {
      String line = v.text("text", text, Texts.LINE_LIMIT, false);
      text = line == null ? text : SearchFolding.fold(line);
    }
    v.require(
        limit >= 1 && limit <= MAX_LIMIT,
        "limit",
        Violation.OUT_OF_RANGE,
        "1 to " + MAX_LIMIT + ", was " + limit);
    v.throwIfAny();
  }

  /**
   * A query of every profile, {@code limit} at a time.
   *
   * @param limit how many at most
   * @return the query
   */
  public static ProfileQuery all(int limit) {
    return new ProfileQuery(null, null, null, null, null, null, limit);
  }

  /**
   * Whether a profile meets every criterion but the paging.
   *
   * @param profile the profile
   * @return whether it matches
   */
  public boolean matches(TechnologyProfile profile) {
    return (text == null || profile.content().searchText().contains(text))
        && (kind == null || profile.content().kind() == kind)
        && (owner == null || profile.owner().equals(owner))
        && (plan == null || plan.equals(profile.plan()))
        && (liveOn == null || profile.isLiveOn(liveOn))
        && (after == null || profile.id().toString().compareTo(after.toString()) > 0);
  }
}
