package io.github.coplan.domain.market;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.SearchFolding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a technology profile says: its kind, its texts, what it is filed under and what it seeks.
 * Immutable and validated on construction; build one with {@link #builder}.
 *
 * @param kind what it offers or asks for
 * @param title its title, one line of at most {@value #TITLE_LIMIT} code points per language
 * @param summary its summary, at most {@value #SUMMARY_LIMIT} code points per language
 * @param description its description, at most {@value #DESCRIPTION_LIMIT} code points per language
 * @param advantages its advantages and innovation, or null; as long as a description
 * @param sought what it seeks in a partner, or null; as long as a description
 * @param categories the technology categories it is filed under, distinct, at most {@value
 *     #CATEGORY_LIMIT}, in the order given
 * @param keywords its market keywords, at most {@value #KEYWORD_LIMIT}, each one line of at most
 *     {@value #KEYWORD_LENGTH} code points, distinct once {@linkplain SearchFolding folded}
 * @param stage the technology's stage of development (on a request: the least stage accepted), or
 *     null when unknown
 * @param ipr the technology's intellectual-property status (on a request: the protection needed),
 *     or null when unknown
 * @param partnerships the partnership types it seeks, one to {@value #PARTNERSHIP_LIMIT}
 * @param partnerTypes the types of partner organisation it seeks; empty for any
 * @param partnerSizes the sizes of partner organisation it seeks; empty for any
 * @param targetCountries the countries of the partners it seeks; empty for any
 * @param openForInterest whether it accepts expressions of interest
 * @since 0.3.0
 */
public record ProfileContent(
    ProfileKind kind,
    LocalizedText title,
    LocalizedText summary,
    LocalizedText description,
    @Nullable LocalizedText advantages,
    @Nullable LocalizedText sought,
    List<CategoryCode> categories,
    List<String> keywords,
    @Nullable DevelopmentStage stage,
    @Nullable IprStatus ipr,
    Set<PartnershipType> partnerships,
    Set<OrganisationType> partnerTypes,
    Set<CompanySize> partnerSizes,
    SortedSet<CountryCode> targetCountries,
    boolean openForInterest) {

  /** The longest title, in code points. */
  public static final int TITLE_LIMIT = 256;

  /** The longest summary, in code points. */
  public static final int SUMMARY_LIMIT = 500;

  /** The longest description, advantages or sought section, in code points. */
  public static final int DESCRIPTION_LIMIT = 4_000;

  /** The most categories. */
  public static final int CATEGORY_LIMIT = 10;

  /** The most keywords. */
  public static final int KEYWORD_LIMIT = 5;

  /** The longest keyword, in code points. */
  public static final int KEYWORD_LENGTH = 64;

  /** The most partnership types. */
  public static final int PARTNERSHIP_LIMIT = 3;

  /**
   * Validates every part and copies the collections.
   *
   * @throws InvalidInputException listing every violation
   */
  public ProfileContent {
    Validation v = new Validation();
    v.required("kind", kind);
    if (v.required("title", title) != null) {
      v.check("title", () -> title.requireLine("", TITLE_LIMIT));
    }
    if (v.required("summary", summary) != null) {
      v.check("summary", () -> paragraph(summary, SUMMARY_LIMIT));
    }
    if (v.required("description", description) != null) {
      v.check("description", () -> paragraph(description, DESCRIPTION_LIMIT));
    }
    if (advantages != null) {
      v.check("advantages", () -> paragraph(advantages, DESCRIPTION_LIMIT));
    }
    if (sought != null) {
      v.check("sought", () -> paragraph(sought, DESCRIPTION_LIMIT));
    }
    categories = distinct(v, "categories", categories, CATEGORY_LIMIT);
    keywords = keywords(v, keywords);
    Collection<PartnershipType> p = v.elements("partnerships", partnerships);
    if (p != null) {
      v.require(
          !p.isEmpty() && p.size() <= PARTNERSHIP_LIMIT,
          "partnerships",
          Violation.OUT_OF_RANGE,
          "a profile seeks 1 to " + PARTNERSHIP_LIMIT + " partnership types, was " + p.size());
    }
    v.elements("partnerTypes", partnerTypes);
    v.elements("partnerSizes", partnerSizes);
    v.elements("targetCountries", targetCountries);
    v.throwIfAny();
    partnerships = Set.copyOf(EnumSet.copyOf(partnerships));
    partnerTypes = partnerTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(partnerTypes));
    partnerSizes = partnerSizes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(partnerSizes));
    targetCountries = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(targetCountries));
  }

  private static LocalizedText paragraph(LocalizedText text, int limit) {
    text.texts().forEach((tag, t) -> Texts.check(tag, t, limit, true));
    return text;
  }

  private static List<CategoryCode> distinct(
      Validation v, String path, @Nullable List<CategoryCode> values, int limit) {
    List<CategoryCode> given = v.elements(path, values);
    if (given == null) {
      return List.of();
    }
    List<CategoryCode> present = given.stream().filter(java.util.Objects::nonNull).toList();
    Set<CategoryCode> seen = new LinkedHashSet<>(present);
    v.require(
        seen.size() == present.size(), path, Violation.DUPLICATE, "a category is given twice");
    v.require(
        given.size() <= limit,
        path,
        Violation.OUT_OF_RANGE,
        "at most " + limit + " categories, was " + given.size());
    return List.copyOf(seen);
  }

  private static List<String> keywords(Validation v, @Nullable List<String> values) {
    if (values == null) {
      v.required("keywords", values);
      return List.of();
    }
    v.require(
        values.size() <= KEYWORD_LIMIT,
        "keywords",
        Violation.OUT_OF_RANGE,
        "at most " + KEYWORD_LIMIT + " keywords, was " + values.size());
    List<String> out = new ArrayList<>();
    Set<String> folded = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String path = "keywords[" + i + "]";
      String k = v.text(path, values.get(i), KEYWORD_LENGTH, false);
      if (k != null) {
        v.require(
            folded.add(SearchFolding.fold(k)),
            path,
            Violation.DUPLICATE,
            "the keyword is given twice, accents and case aside");
        out.add(k);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The keywords, {@linkplain SearchFolding folded}, in order: what matching compares.
   *
   * @return the folded keywords
   */
  public List<String> foldedKeywords() {
    return keywords.stream().map(SearchFolding::fold).toList();
  }

  /**
   * The text a profile search's text filter matches: the folded title, summary and keywords in
   * every language, joined by line feeds.
   *
   * @return the folded search text
   */
  public String searchText() {
    StringBuilder text = new StringBuilder(title.folded()).append('\n').append(summary.folded());
    for (String k : foldedKeywords()) {
      text.append('\n').append(k);
    }
    return text.toString();
  }

  /**
   * A builder, for a profile of a kind with the required parts still to set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with every part of this content, to change some.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind;
    b.title = title;
    b.summary = summary;
    b.description = description;
    b.advantages = advantages;
    b.sought = sought;
    b.categories.addAll(categories);
    b.keywords.addAll(keywords);
    b.stage = stage;
    b.ipr = ipr;
    b.partnerships.addAll(partnerships);
    b.partnerTypes.addAll(partnerTypes);
    b.partnerSizes.addAll(partnerSizes);
    b.targetCountries.addAll(targetCountries);
    b.openForInterest = openForInterest;
    return b;
  }

  /** Builds {@link ProfileContent}. Not thread-safe. */
  public static final class Builder {
    private @Nullable ProfileKind kind;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText summary;
    private @Nullable LocalizedText description;
    private @Nullable LocalizedText advantages;
    private @Nullable LocalizedText sought;
    private final List<CategoryCode> categories = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private @Nullable DevelopmentStage stage;
    private @Nullable IprStatus ipr;
    private final Set<PartnershipType> partnerships = new LinkedHashSet<>();
    private final Set<OrganisationType> partnerTypes = new LinkedHashSet<>();
    private final Set<CompanySize> partnerSizes = new LinkedHashSet<>();
    private final SortedSet<CountryCode> targetCountries = new TreeSet<>();
    private boolean openForInterest = true;

    private Builder() {}

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(ProfileKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the summary.
     *
     * @param summary the summary
     * @return this builder
     */
    public Builder summary(LocalizedText summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(LocalizedText description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the advantages and innovation.
     *
     * @param advantages the text, or null
     * @return this builder
     */
    public Builder advantages(@Nullable LocalizedText advantages) {
      this.advantages = advantages;
      return this;
    }

    /**
     * Sets what is sought.
     *
     * @param sought the text, or null
     * @return this builder
     */
    public Builder sought(@Nullable LocalizedText sought) {
      this.sought = sought;
      return this;
    }

    /**
     * Adds categories, after those added before.
     *
     * @param codes the categories
     * @return this builder
     */
    public Builder category(CategoryCode... codes) {
      categories.addAll(List.of(codes));
      return this;
    }

    /**
     * Adds keywords, after those added before.
     *
     * @param words the keywords
     * @return this builder
     */
    public Builder keyword(String... words) {
      keywords.addAll(List.of(words));
      return this;
    }

    /**
     * Sets the stage of development.
     *
     * @param stage the stage, or null when unknown
     * @return this builder
     */
    public Builder stage(@Nullable DevelopmentStage stage) {
      this.stage = stage;
      return this;
    }

    /**
     * Sets the intellectual-property status.
     *
     * @param ipr the status, or null when unknown
     * @return this builder
     */
    public Builder ipr(@Nullable IprStatus ipr) {
      this.ipr = ipr;
      return this;
    }

    /**
     * Adds partnership types sought.
     *
     * @param types the types
     * @return this builder
     */
    public Builder partnership(PartnershipType... types) {
      partnerships.addAll(List.of(types));
      return this;
    }

    /**
     * Adds types of partner organisation sought.
     *
     * @param types the types
     * @return this builder
     */
    public Builder partnerType(OrganisationType... types) {
      partnerTypes.addAll(List.of(types));
      return this;
    }

    /**
     * Adds sizes of partner organisation sought.
     *
     * @param sizes the sizes
     * @return this builder
     */
    public Builder partnerSize(CompanySize... sizes) {
      partnerSizes.addAll(List.of(sizes));
      return this;
    }

    /**
     * Adds countries of the partners sought.
     *
     * @param countries the countries
     * @return this builder
     */
    public Builder targetCountry(CountryCode... countries) {
      targetCountries.addAll(List.of(countries));
      return this;
    }

    /**
     * Sets whether the profile accepts expressions of interest (by default it does).
     *
     * @param open whether it does
     * @return this builder
     */
    public Builder openForInterest(boolean open) {
      this.openForInterest = open;
      return this;
    }

    /**
     * Builds the content.
     *
     * @return the content
     * @throws InvalidInputException listing every violation
     */
    @SuppressWarnings("NullAway") // the record's constructor reports every missing part
    public ProfileContent build() {
      return new ProfileContent(
          kind,
          title,
          summary,
          description,
          advantages,
          sought,
          categories,
          keywords,
          stage,
          ipr,
          partnerships,
          partnerTypes,
          partnerSizes,
          targetCountries,
          openForInterest);
    }
  }
}
