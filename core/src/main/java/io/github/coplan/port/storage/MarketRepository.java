package io.github.coplan.port.storage;

import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.plan.PlanId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the technology marketplace: the taxonomy of categories, technology profiles and
 * introductions.
 *
 * <p>Every method refuses a missing argument with {@link
 * io.github.coplan.domain.error.InvalidInputException} (code {@code required}, its path the
 * argument's name, and {@code id} for a single id) and changes nothing.
 *
 * @since 0.3.0
 */
public interface MarketRepository {

  /**
   * Stores a category, or renames a stored one. The use case checks the rules first: the parent is
   * stored, and a stored category keeps its parent.
   *
   * @param category the category
   */
  void saveCategory(Category category);

  /**
   * The stored categories among some codes, with their lineages.
   *
   * @param codes the codes
   * @return the lineage of each stored one, by code
   */
  Map<CategoryCode, CategoryLineage> lineages(Collection<CategoryCode> codes);

  /**
   * Every stored category, by depth (the roots first, then their children, then theirs), then by
   * code.
   *
   * @return the taxonomy
   */
  List<Category> taxonomy();

  /**
   * Finds a profile.
   *
   * @param id the id
   * @return the profile, or empty
   */
  Optional<TechnologyProfile> findProfile(ProfileId id);

  /**
   * Stores a new profile. Every category it is filed under is stored (the use case checks).
   *
   * @param profile a profile of version 0
   * @return the stored profile, version 1
   * @throws io.github.coplan.domain.error.DuplicateException if the id is taken
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   */
  TechnologyProfile insertProfile(TechnologyProfile profile);

  /**
   * Replaces a stored profile, if its stored version is the given one.
   *
   * @param profile the changed profile, with the version it was read at
   * @return the stored profile, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   */
  TechnologyProfile updateProfile(TechnologyProfile profile);

  /**
   * The profiles that meet a query, in its order.
   *
   * @param query the query
   * @return the profiles
   */
  List<TechnologyProfile> searchProfiles(ProfileQuery query);

  /**
   * The candidates for matching a profile, retrieved inside the store with indexes as {@link
   * CandidateQuery} describes; never by reading every profile.
   *
   * @param query the retrieval
   * @return the candidates, in the query's rank order
   */
  List<TechnologyProfile> candidates(CandidateQuery query);

  /**
   * Finds an introduction.
   *
   * @param id the id
   * @return the introduction, or empty
   */
  Optional<Introduction> findIntroduction(IntroductionId id);

  /**
   * Finds the introduction of a request to an offer.
   *
   * @param request the request
   * @param offer the offer
   * @return the introduction, or empty
   */
  Optional<Introduction> findIntroductionBetween(ProfileId request, ProfileId offer);

  /**
   * Stores a new introduction.
   *
   * @param introduction an introduction of version 0
   * @return the stored introduction, version 1
   * @throws io.github.coplan.domain.error.DuplicateException with {@code what} {@link
   *     io.github.coplan.domain.error.DuplicateException#ID} if the id is taken, or {@link
   *     io.github.coplan.domain.error.DuplicateException#INTRODUCTION} if the request and the offer
   *     were introduced before
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   */
  Introduction insertIntroduction(Introduction introduction);

  /**
   * Replaces a stored introduction, if its stored version is the given one.
   *
   * @param introduction the changed introduction, with the version it was read at
   * @return the stored introduction, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   */
  Introduction updateIntroduction(Introduction introduction);

  /**
   * The introductions of a profile, as the request or the offer, in the order of their ids' text.
   *
   * @param profile the profile
   * @return the introductions
   */
  List<Introduction> introductionsOf(ProfileId profile);

  /**
   * What the marketplace produced for a plan between two days, both included, per content area: the
   * profiles of the plan published in the period, and the introductions of the plan at each stage
   * whose step is dated in the period (see {@link MarketCounts}). Answered inside the store.
   *
   * @param plan the plan
   * @param from the first day
   * @param to the last day, not before the first
   * @return one row per content area with a profile or an introduction of the plan (whatever its
   *     counts), the content area null last, in content area order
   */
  List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to);
}
