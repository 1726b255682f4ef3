package io.github.coplan.domain.shared;

import com.google.common.collect.ImmutableSortedMap;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text in one or more languages, one of which is the original.
 *
 * <p>Languages are BCP 47 tags in their canonical case ({@code vi}, {@code en}, {@code he}, {@code
 * pt-BR}). Every text obeys the rules of {@link Texts} (multi-line, at most {@link
 * Texts#PARAGRAPH_LIMIT} code points) and is stored NFC-normalised; aggregates narrow this further
 * where a single line is expected. Immutable and thread-safe.
 *
 * <p>A refused text is reported on a path relative to the text: {@code he:blank} for the Hebrew
 * text, {@code language:malformed} for a tag. The factories that take a {@code path} put the
 * field's path in front ({@code title.he:blank}), as the commands and aggregates do for what they
 * check themselves, so that every violation of one field names it the same way.
 */
public final class LocalizedText {

  /**
   * How many tags, as given, are remembered with their canonical form: canonicalising costs several
   * regular-expression matches and locale builds, and a store reads the same few tags over and
   * over. Past this many the rest are canonicalised each time, so that unusual input cannot grow
   * the map.
   */
  private static final int KNOWN_TAGS = 1_024;

  private static final ConcurrentHashMap<String, String> CANONICAL_TAGS = new ConcurrentHashMap<>();

  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");

  private final String original;
  private final ImmutableSortedMap<String, String> texts;

  private LocalizedText(String original, ImmutableSortedMap<String, String> texts) {
    this.original = original;
    this.texts = texts;
  }

  /**
   * Text in one language, which is the original.
   *
   * @param language a BCP 47 tag
   * @param text the text
   * @return the localized text
   * @throws InvalidInputException if the tag or the text is refused
   */
  public static LocalizedText of(@Nullable String language, @Nullable String text) {
    String tag = tag(language);
    return new LocalizedText(tag, ImmutableSortedMap.of(tag, check(tag, text)));
  }

  /**
   * Text in one language, which is the original, for a field: a violation's path begins with the
   * field's ({@code title.he}, {@code title.language}), as when a command checks it.
   *
   * @param language a BCP 47 tag
   * @param text the text
   * @param path the field path, for example {@code "title"}
   * @return the localized text
   * @throws InvalidInputException if the tag or the text is refused
   */
  public static LocalizedText of(@Nullable String language, @Nullable String text, String path) {
    return under(path, () -> of(language, text));
  }

  /**
   * Text in several languages.
   *
   * @param original the tag of the original language, which must be among {@code texts}
   * @param texts text per language tag
   * @return the localized text
   * @throws InvalidInputException listing every refused tag and text
   */
  public static LocalizedText of(@Nullable String original, @Nullable Map<String, String> texts) {
    if (texts == null || texts.isEmpty()) {
      throw InvalidInputException.of("", Violation.REQUIRED, "at least one language is required");
    }
    String originalTag = tag(original);
    ImmutableSortedMap.Builder<String, String> builder = ImmutableSortedMap.naturalOrder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String tag = tag(e.getKey());
      if (!seen.add(tag)) {
        throw InvalidInputException.of(tag, Violation.DUPLICATE, "language given twice: " + tag);
      }
      builder.put(tag, check(tag, e.getValue()));
    }
    ImmutableSortedMap<String, String> map = builder.build();
    if (!map.containsKey(originalTag)) {
      throw InvalidInputException.of(
          "original", Violation.REQUIRED, "the original language " + originalTag + " has no text");
    }
    return new LocalizedText(originalTag, map);
  }

  /**
   * The canonical form of a BCP 47 language tag, the form in which texts are kept: {@code "EN"}
   * gives {@code "en"}, {@code "pt-br"} gives {@code "pt-BR"}. What {@link #in(String)} and {@link
   * #best(String)} expect.
   *
   * @param language a tag in any case
   * @return the canonical tag
   * @throws InvalidInputException at the path {@code language}: {@link Violation#REQUIRED} if the
   *     tag is null, {@link Violation#MALFORMED} if it is not a tag of the accepted form
   */
  public static String languageTag(@Nullable String language) {
    return tag(language);
  }

  /**
   * Text in several languages, for a field: a violation's path begins with the field's ({@code
   * title.he}, {@code title.original}), as when a command checks it.
   *
   * @param original the tag of the original language, which must be among {@code texts}
   * @param texts text per language tag
   * @param path the field path, for example {@code "title"}
   * @return the localized text
   * @throws InvalidInputException listing every refused tag and text
   */
  public static LocalizedText of(
      @Nullable String original, @Nullable Map<String, String> texts, String path) {
    return under(path, () -> of(original, texts));
  }

  /**
   * This text with a translation added or replaced.
   *
   * @param language a BCP 47 tag
   * @param text the text in that language
   * @return the new localized text; the original language is unchanged
   * @throws InvalidInputException if the tag or the text is refused
   */
  public LocalizedText with(@Nullable String language, @Nullable String text) {
    String tag = tag(language);
    String checked = check(tag, text);
    ImmutableSortedMap.Builder<String, String> builder = ImmutableSortedMap.naturalOrder();
    texts.forEach(
        (k, v) -> {
          if (!k.equals(tag)) {
            builder.put(k, v);
          }
        });
    builder.put(tag, checked);
    return new LocalizedText(original, builder.build());
  }

  /**
   * This text with a translation added or replaced, for a field: a violation's path begins with the
   * field's ({@code title.he}).
   *
   * @param language a BCP 47 tag
   * @param text the text in that language
   * @param path the field path, for example {@code "title"}
   * @return the new localized text; the original language is unchanged
   * @throws InvalidInputException if the tag or the text is refused
   */
  public LocalizedText with(@Nullable String language, @Nullable String text, String path) {
    return under(path, () -> with(language, text));
  }

  /**
   * Checks that every translation is a single line of at most {@code limit} code points.
   *
   * @param path the field path for violations
   * @param limit the maximum length in code points
   * @return this text
   * @throws InvalidInputException if a translation is longer or has line breaks
   */
  public LocalizedText requireLine(String path, int limit) {
    texts.forEach(
        (tag, text) -> {
          try {
            Texts.check(tag, text, limit, false);
          } catch (InvalidInputException e) {
            throw e.under(path);
          }
        });
    return this;
  }

  /**
   * The tag of the original language.
   *
   * @return for example {@code "vi"}
   */
  public String originalLanguage() {
    return original;
  }

  /**
   * The text in the original language.
   *
   * @return the original text
   */
  // of() refuses texts without the original language and with() only adds languages: it is always
  // there
  @SuppressWarnings("NullAway")
  public String original() {
    return texts.get(original);
  }

  /**
   * The text in one language.
   *
   * @param language a BCP 47 tag
   * @return the text, or empty if there is none in that language
   */
  public Optional<String> in(String language) {
    return Optional.ofNullable(texts.get(language));
  }

  /**
   * The text in {@code language}, falling back to the original.
   *
   * @param language a BCP 47 tag
   * @return the best text for that language
   */
  public String best(String language) {
    return texts.getOrDefault(language, original());
  }

  /**
   * Every translation, by language tag in alphabetical order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> texts() {
    return texts;
  }

  /**
   * All translations folded by {@link SearchFolding}, joined by a line feed: what a text search
   * matches against.
   *
   * @return the folded text
   */
  public String folded() {
    return String.join("\n", texts.values().stream().map(SearchFolding::fold).toList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LocalizedText t && original.equals(t.original) && texts.equals(t.texts);
  }

  @Override
  public int hashCode() {
    return original.hashCode() * 31 + texts.hashCode();
  }

  @Override
  public String toString() {
    return original();
  }

  private static LocalizedText under(String path, Supplier<LocalizedText> make) {
    try {
      return make.get();
    } catch (InvalidInputException e) {
      throw e.under(path);
    }
  }

  private static String check(String tag, @Nullable String text) {
    return Texts.check(tag, text, Texts.PARAGRAPH_LIMIT, true);
  }

  private static String tag(@Nullable String language) {
    if (language == null) {
      throw InvalidInputException.of("language", Violation.REQUIRED, "a language tag is required");
    }
    String known = CANONICAL_TAGS.get(language);
    if (known != null) {
      return known;
    }
    String canonical = canonicalTag(language);
    if (CANONICAL_TAGS.size() < KNOWN_TAGS) {
      CANONICAL_TAGS.putIfAbsent(language, canonical);
    }
    return canonical;
  }

  /** How many tags are remembered with their canonical form now; for tests of the bound. */
  static int rememberedTags() {
    return CANONICAL_TAGS.size();
  }

  private static String canonicalTag(String language) {
    if (language.length() > 35 || !TAG.matcher(language).matches()) {
      throw InvalidInputException.of(
          "language", Violation.MALFORMED, "not a BCP 47 language tag: " + abbreviate(language));
    }
    try {
      String canonical = new Locale.Builder().setLanguageTag(language).build().toLanguageTag();
      // The canonical form is what is stored and read back through this method, so it must be a
      // fixed point of it: "art-lojban" canonicalises to "jbo" only on a second pass, and
      // "und-x-y" to "x-y", which is no tag of the accepted form at all.
      for (int pass = 0; pass < 3 && TAG.matcher(canonical).matches(); pass++) {
        String again = new Locale.Builder().setLanguageTag(canonical).build().toLanguageTag();
        if (again.equals(canonical)) {
          break;
        }
        canonical = again;
      }
      if (canonical.equals("und")
          || canonical.length() > 35
          || !TAG.matcher(canonical).matches()
          || !new Locale.Builder()
              .setLanguageTag(canonical)
              .build()
              .toLanguageTag()
              .equals(canonical)) {
        throw InvalidInputException.of(
            "language", Violation.MALFORMED, "not a BCP 47 language tag: " + abbreviate(language));
      }
      return canonical;
    } catch (IllformedLocaleException e) {
      throw InvalidInputException.of(
          "language", Violation.MALFORMED, "not a BCP 47 language tag: " + language);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
