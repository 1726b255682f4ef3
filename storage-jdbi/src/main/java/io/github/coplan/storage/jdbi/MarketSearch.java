package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.CandidateQuery;
import io.github.coplan.storage.jdbi.ActivitySearch.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of the market's two searches, put together from the named parts of {@code market.sql}: a
 * search of profiles ({@link ProfileQuery}) and the retrieval of candidates ({@link
 * CandidateQuery}). What is put together depends only on which filters a query has and how many
 * keys, kinds and countries it holds; every value, the text included, is a bound parameter. Both
 * return their rows in the columns of {@code market.profile.select}.
 */
final class MarketSearch {

  private MarketSearch() {}

  /**
   * A search of profiles: {@link ProfileQuery#matches} in SQL, in the order of the ids' text (which
   * is the order of the stored ids on both databases), after {@code after}, at most {@code limit}.
   */
  static ActivitySearch profiles(Sql sql, ProfileQuery query) {
    StringBuilder text = new StringBuilder(sql.get("market.profile.select"));
    List<Value> values = new ArrayList<>();
    Where where = new Where(text);
    if (query.text() != null) {
      where.and(sql.get("market.search.text"));
      values.add(new Value(query.text(), String.class));
    }
    if (query.kind() != null) {
      where.and(sql.get("market.search.kind"));
      values.add(new Value(query.kind(), ProfileKind.class));
    }
    if (query.owner() != null) {
      where.and(sql.get("market.search.owner"));
      values.add(new Value(query.owner(), OrganisationId.class));
    }
    if (query.plan() != null) {
      where.and(sql.get("market.search.plan"));
      values.add(new Value(query.plan(), PlanId.class));
    }
    LocalDate liveOn = query.liveOn();
    if (liveOn != null) {
      where.and(sql.get("market.search.live"));
      values.add(new Value(ProfileStatus.PUBLISHED, ProfileStatus.class));
      values.add(new Value(liveOn, LocalDate.class));
      values.add(new Value(liveOn, LocalDate.class));
    }
    if (query.after() != null) {
      where.and(sql.get("market.search.after"));
      values.add(new Value(query.after(), ProfileId.class));
    }
    text.append('\n').append(sql.get("market.search.order"));
    values.add(new Value(query.limit(), Integer.class));
    return new ActivitySearch(text.toString(), "p.id ASC", List.copyOf(values));
  }

  /**
   * The retrieval of candidates, as {@link CandidateQuery} describes it, in one statement; null
   * when it has no key or no kind, and so no candidate.
   *
   * <p>Per key (each distinct category, then each distinct keyword) and per kind, the key's
   * postings of that kind ({@code market.candidates.categoryPostings} or {@code keywordPostings}):
   * one range of the posting index, the most recently confirmed first, then by id, live on the day
   * and not of the excluded owner, at most {@code perKey}. With several kinds, those of each kind
   * are put together and cut to {@code perKey} again ({@code market.candidates.kinds}): the first
   * {@code perKey} of all kinds are among the first {@code perKey} of each. Each key then adds its
   * weight to each profile it posted ({@code market.candidates.key}); the keys are put together
   * with {@code UNION ALL} and summed per profile into its score ({@code market.candidates}). The
   * profiles are then filtered (not the subject, the partnership sought, the country targeted, the
   * owner's country), ordered by score, confirmation day (newest first) and id, and limited: all of
   * it read from the profiles' match index (migration 8), not their rows. Only the rows of the
   * profiles kept are then read, in that order.
   */
  static @Nullable ActivitySearch candidates(Sql sql, CandidateQuery query) {
    Set<CategoryCode> categories = new LinkedHashSet<>(query.categories());
    Set<String> keywords = new LinkedHashSet<>(query.keywords());
    if (query.kinds().isEmpty() || (categories.isEmpty() && keywords.isEmpty())) {
      return null;
    }
    EnumSet<ProfileKind> kinds = EnumSet.noneOf(ProfileKind.class);
    kinds.addAll(query.kinds());
    List<Value> values = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (CategoryCode code : categories) {
      keys.add(
          key(
              sql,
              "market.candidates.categoryPostings",
              new Value(code, CategoryCode.class),
              CandidateQuery.CATEGORY_WEIGHT,
              kinds,
              query,
              values));
    }
    for (String keyword : keywords) {
      keys.add(
          key(
              sql,
              "market.candidates.keywordPostings",
              new Value(keyword, String.class),
              CandidateQuery.KEYWORD_WEIGHT,
              kinds,
              query,
              values));
    }
    StringBuilder text =
        new StringBuilder(
            sql.get("market.candidates").replace("KEYS", String.join("\nUNION ALL\n", keys)));
    boolean byOwnerCountry = !query.ownerCountries().isEmpty();
    if (byOwnerCountry) {
      text.append('\n').append(sql.get("market.candidates.owners"));
    }
    Where where = new Where(text);
    where.and(sql.get("market.candidates.notSubject"));
    values.add(new Value(query.subject(), ProfileId.class));
    PartnershipType partnership = query.requiredPartnership();
    if (partnership != null) {
      where.and(sql.get("market.candidates.partnership"));
      values.add(new Value("," + partnership.name() + ",", String.class));
    }
    CountryCode requester = query.requesterCountry();
    if (requester != null) {
      where.and(sql.get("market.candidates.targets"));
      values.add(new Value("," + requester.code() + ",", String.class));
    }
    if (byOwnerCountry) {
      Set<CountryCode> countries = new TreeSet<>(query.ownerCountries());
      where.and(
          sql.get("market.candidates.ownerCountries")
              .replace("COUNTRIES", ActivitySearch.placeholders(countries.size()).strip()));
      for (CountryCode country : countries) {
        values.add(new Value(country, CountryCode.class));
      }
    }
    text.append('\n').append(sql.get("market.candidates.order"));
    values.add(new Value(query.limit(), Integer.class));
    return new ActivitySearch(
        text.toString(), "t.score DESC, t.confirmed_on DESC, t.id ASC", List.copyOf(values));
  }

  /** What one key adds: its weight, and its postings of each kind, capped at {@code perKey}. */
  private static String key(
      Sql sql,
      String postings,
      Value key,
      int weight,
      Set<ProfileKind> kinds,
      CandidateQuery query,
      List<Value> values) {
    values.add(new Value(weight, Integer.class));
    String ofKey;
    if (kinds.size() == 1) {
      ofKey = postings(sql, postings, key, kinds.iterator().next(), query, values);
    } else {
      List<String> ofKinds = new ArrayList<>(kinds.size());
      for (ProfileKind kind : kinds) {
        ofKinds.add(
            sql.get("market.candidates.ofKind")
                .replace("POSTINGS", postings(sql, postings, key, kind, query, values)));
      }
      ofKey = String.join("\nUNION ALL\n", ofKinds) + "\n" + sql.get("market.candidates.kinds");
      values.add(new Value(query.perKey(), Integer.class));
    }
    return sql.get("market.candidates.key").replace("KEY", ofKey);
  }

  /** The postings of one key and one kind, with their parameters added. */
  private static String postings(
      Sql sql,
      String statement,
      Value key,
      ProfileKind kind,
      CandidateQuery query,
      List<Value> values) {
    values.add(key);
    values.add(new Value(kind, ProfileKind.class));
    values.add(new Value(query.asOf(), LocalDate.class));
    values.add(new Value(query.asOf(), LocalDate.class));
    values.add(new Value(query.excludedOwner(), OrganisationId.class));
    values.add(new Value(query.perKey(), Integer.class));
    return sql.get(statement);
  }

  /** Joins conditions with WHERE, then AND. */
  private static final class Where {
    private final StringBuilder text;
    private boolean first = true;

    Where(StringBuilder text) {
      this.text = text;
    }

    void and(String condition) {
      text.append(first ? "\nWHERE " : "\n  AND ").append(condition);
      first = false;
    }
  }
}
