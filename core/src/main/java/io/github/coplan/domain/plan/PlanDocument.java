package io.github.coplan.domain.plan;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.LocalizedText;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A typed link to a document behind a plan, such as the MoU or the article announcing it.
 *
 * @param type what the document is
 * @param title its title, a single line per language
 * @param link where it is (an absolute http, https or urn address)
 * @param date the day it is dated, or null
 */
public record PlanDocument(
    DocumentType type, LocalizedText title, URI link, @Nullable LocalDate date) {

  /**
   * Validates every part.
   *
   * @throws InvalidInputException listing every violation
   */
  public PlanDocument {
    Validation v = new Validation();
    v.required("type", type);
    if (v.required("title", title) != null) {
      v.check("title", () -> title.requireLine("", Texts.LINE_LIMIT));
    }
    if (v.required("link", link) != null) {
      String scheme = link.getScheme();
      v.require(
          scheme != null
              && (scheme.equals("http") || scheme.equals("https") || scheme.equals("urn")),
          "link",
          Violation.MALFORMED,
          "a document link is an absolute http, https or urn address");
      v.require(
          link.toString().length() <= 2000,
          "link",
          Violation.TOO_LONG,
          "a link is limited to 2000 characters");
    }
    v.require(
        date == null || (date.getYear() >= 1 && date.getYear() <= 9999),
        "date",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
    v.throwIfAny();
  }
}
