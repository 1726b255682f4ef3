package io.github.coplan.outputs.iati;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.outputs.support.Required;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * Exports a cooperation plan as an IATI 2.03 activity file: the plan as an activity of hierarchy 1,
 * each content area as an activity of hierarchy 2 under it.
 *
 * <pre>{@code
 * IatiExport iati = IatiExport.of(coplan.actingAs(actor),
 *     IatiOptions.builder(dost.id()).sector("32182").recipientCountry(CountryCode.VN).build());
 * Preflight report = iati.preflight(plan.id());   // every problem, with its Coplan field
 * iati.write(plan.id(), out);                      // refused while the report has an error
 * }</pre>
 *
 * <p>It reads through the use cases, with the actor's rights, and holds no state between calls:
 * each call reads the plan afresh. Thread-safe.
 */
public final class IatiExport {

  private final UseCases coplan;
  private final IatiOptions options;

  private IatiExport(UseCases coplan, IatiOptions options) {
    this.coplan = coplan;
    this.options = options;
  }

  /**
   * An export that reads through the given use cases.
   *
   * @param coplan the use cases, acting as someone allowed to read the plans
   * @param options what the export needs that a plan does not hold
   * @return the export
   * @throws io.github.coplan.domain.error.InvalidInputException if either is null
   */
  public static IatiExport of(@Nullable UseCases coplan, @Nullable IatiOptions options) {
    Required.all("coplan", coplan, "options", options);
    return new IatiExport(Required.of("coplan", coplan), Required.of("options", options));
  }

  /**
   * Checks a plan before export: every problem that would make its file invalid against the IATI
   * 2.03 schema or break a rule of the IATI ruleset, and what the export would leave out.
   *
   * @param plan the plan
   * @return the report, errors first
   * @throws io.github.coplan.domain.error.InvalidInputException if the plan is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan or an organisation it names
   *     is not there
   */
  public Preflight preflight(@Nullable PlanId plan) {
    return new Preflight(model(plan).problems());
  }

  /**
   * Writes a plan's IATI file, UTF-8, after its pre-flight check.
   *
   * @param plan the plan
   * @param out where to write; not closed
   * @throws RuleViolationException ({@link RuleCode#EXPORT_NOT_VALID}) naming every error of the
   *     pre-flight report; nothing is written then
   * @throws io.github.coplan.domain.error.InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the plan or an organisation it names
   *     is not there
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(@Nullable PlanId plan, @Nullable OutputStream out) {
    Required.all("plan", plan, "out", out);
    OutputStream target = Required.of("out", out);
    Model model = model(plan);
    Preflight report = new Preflight(model.problems());
    if (!report.passes()) {
      throw new RuleViolationException(
          RuleCode.EXPORT_NOT_VALID,
          "the IATI file would not be valid: "
              + report.errors().stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
    try {
      IatiWriter.write(model, target);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("the IATI file could not be written", e));
    }
  }

  private Model model(@Nullable PlanId plan) {
    return Mapping.map(Snapshot.read(coplan, Required.of("plan", plan), options), options);
  }
}
