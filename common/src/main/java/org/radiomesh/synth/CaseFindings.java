package org.radiomesh.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.radiograph.DentexCoco;

/**
 * The ground-truth findings of a case, per tooth: its FDI number, status and conditions with their parameters. This is
 * what the structured report text ({@link GroundTruthReport}), the COCO boxes and the manifest are built from.
 *
 * <p>{@link #rounded} rounds the drawn condition parameters to the precision the report states (root canal fill to
 * 0.01 of the root, impaction angle to 1°, lesion radius and bone loss to 0.1 mm) before the patient is built, so
 * that the spec, the findings, the report and the model agree exactly and print the same in every JVM.
 *
 * <p>{@code findings.json} ({@link #toJson}): {@code {"case_id", "licence", "provenance", "teeth": [{"fdi",
 * "universal", "tooth", "status", "findings": [{"condition": code, ...parameters, "dentex": category}]}]}} with all
 * modelled positions in FDI order; status is {@code present}, {@code missing}, {@code implant} or {@code impacted};
 * condition objects are those of {@link org.radiomesh.anatomy.DentitionSpecJson} (enums by name, mm, degrees, fill as
 * a fraction of the root), plus {@code dentex}, the DENTEX diagnosis name where there is one. Conditions of a tooth are
 * listed in {@link #RANK} order. O(teeth).
 */
public record CaseFindings(String caseId, DentitionSpec spec) {

  /** Canonical order of conditions within a tooth, by code. */
  public static final List<String> RANK = List.of("missing", "implant", "impacted", "caries", "restoration",
      "root_canal", "crown", "periapical_lesion", "bone_loss");

  public CaseFindings {
    List<ToothSpec> sorted = new ArrayList<>();
    for (ToothSpec t : spec.teeth()) {
      List<Condition> c = new ArrayList<>(t.conditions());
      c.sort(Comparator.comparingInt(x -> RANK.indexOf(x.code())));
      sorted.add(new ToothSpec(t.tooth(), c));
    }
    sorted.sort(Comparator.comparing(ToothSpec::tooth));
    spec = new DentitionSpec(sorted);
  }

  /** The status of a tooth: missing, implant, impacted or present. */
  public static String status(ToothSpec tooth) {
    if (tooth.has(Condition.Missing.class)) {
      return "missing";
    } else if (tooth.has(Condition.Implant.class)) {
      return "implant";
    } else if (tooth.has(Condition.Impacted.class)) {
      return "impacted";
    }
    return "present";
  }

  /** The teeth with at least one condition, in FDI order. */
  public List<ToothSpec> withFindings() {
    return spec.teeth().stream().filter(t -> !t.conditions().isEmpty()).toList();
  }

  /** {@code findings.json} as a tree. */
  public ObjectNode toJson() {
    ObjectNode root = StableJson.mapper().createObjectNode();
    root.put("case_id", caseId);
    root.put("licence", Provenance.LICENCE_STATEMENT);
    root.put("provenance", Provenance.PROVENANCE);
    ArrayNode teeth = root.putArray("teeth");
    for (ToothSpec t : spec.teeth()) {
      ObjectNode node = teeth.addObject();
      ToothNumber n = t.tooth();
      node.put("fdi", n.fdi());
      node.put("universal", n.universal());
      node.put("tooth", n.words());
      node.put("status", status(t));
      ArrayNode findings = node.putArray("findings");
      for (Condition c : t.conditions()) {
        ObjectNode f = (ObjectNode) StableJson.tree(c);
        DentexCoco.Diagnosis d = DentexCoco.Diagnosis.of(c);
        if (d != null) {
          f.put("dentex", d.label());
        }
        findings.add(f);
      }
    }
    return root;
  }

  /** {@code spec} with its drawn parameters rounded to the report's precision (see the class comment). */
  public static DentitionSpec rounded(DentitionSpec spec) {
    List<ToothSpec> teeth = new ArrayList<>();
    for (ToothSpec t : spec.teeth()) {
      List<Condition> c = new ArrayList<>();
      for (Condition x : t.conditions()) {
        c.add(rounded(x));
      }
      teeth.add(new ToothSpec(t.tooth(), c));
    }
    return new DentitionSpec(teeth);
  }

  private static Condition rounded(Condition c) {
    if (c instanceof Condition.RootCanal r) {
      return new Condition.RootCanal(Math.max(0.01, round(r.fillLength(), 100)));
    } else if (c instanceof Condition.Impacted i) {
      return new Condition.Impacted(round(i.angleDegrees(), 1));
    } else if (c instanceof Condition.PeriapicalLesion l) {
      return new Condition.PeriapicalLesion(Math.max(0.1, round(l.radiusMm(), 10)));
    } else if (c instanceof Condition.BoneLoss b) {
      return new Condition.BoneLoss(b.pattern(), Math.max(0.1, round(b.mm(), 10)));
    }
    return c;
  }

  private static double round(double v, double scale) {
    return Math.round(v * scale) / scale;
  }
}
