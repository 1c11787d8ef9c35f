package org.radiomesh.anatomy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A dental condition of one tooth (or of the bone around it), with its parameters. This is the shared vocabulary of the
 * synthetic generator (ground truth), the prompt parser, the report stage (findings) and records-to-3D.
 *
 * <p>Each condition has a stable {@link #code()} (lower case, used in Parquet, JSON and report evaluation). In JSON a
 * condition is an object with a {@code "condition"} field holding the code and the record's parameters.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "condition")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.Caries.class, name = "caries"),
    @JsonSubTypes.Type(value = Condition.Restoration.class, name = "restoration"),
    @JsonSubTypes.Type(value = Condition.RootCanal.class, name = "root_canal"),
    @JsonSubTypes.Type(value = Condition.Crown.class, name = "crown"),
    @JsonSubTypes.Type(value = Condition.Implant.class, name = "implant"),
    @JsonSubTypes.Type(value = Condition.Missing.class, name = "missing"),
    @JsonSubTypes.Type(value = Condition.Impacted.class, name = "impacted"),
    @JsonSubTypes.Type(value = Condition.PeriapicalLesion.class, name = "periapical_lesion"),
    @JsonSubTypes.Type(value = Condition.BoneLoss.class, name = "bone_loss")})
public sealed interface Condition {

  /** The condition's code in the shared vocabulary. */
  String code();

  /** Tooth surfaces (mesial = towards the midline along the arch, distal = away from it). */
  enum Surface { OCCLUSAL, MESIAL, DISTAL, BUCCAL, LINGUAL }

  /** How deep a carious lesion reaches. */
  enum CariesDepth { ENAMEL, OUTER_DENTIN, INNER_DENTIN, PULP_EXPOSURE }

  enum RestorationMaterial { COMPOSITE, AMALGAM }

  enum CrownMaterial { METAL, CERAMIC, METAL_CERAMIC }

  enum BoneLossPattern { HORIZONTAL, VERTICAL }

  /** Caries on a surface, to a depth. */
  record Caries(Surface surface, CariesDepth depth) implements Condition {
    public String code() {
      return "caries";
    }
  }

  /** A filling of the given material on a surface. */
  record Restoration(RestorationMaterial material, Surface surface) implements Condition {
    public String code() {
      return "restoration";
    }
  }

  /** Root canal treatment: gutta-percha from the pulp chamber down {@code fillLength} of the root length (0..1]. */
  record RootCanal(double fillLength) implements Condition {
    public RootCanal {
      if (!(fillLength > 0 && fillLength <= 1)) {
        throw new IllegalArgumentException("root canal fill length " + fillLength + ", expected (0, 1]");
      }
    }

    public String code() {
      return "root_canal";
    }
  }

  /** A full-coverage crown. */
  record Crown(CrownMaterial material) implements Condition {
    public String code() {
      return "crown";
    }
  }

  /** The tooth is replaced by a titanium implant fixture, an abutment and a crown. */
  record Implant() implements Condition {
    public String code() {
      return "implant";
    }
  }

  /** The tooth is absent (extracted or agenesis); the socket has healed. */
  record Missing() implements Condition {
    public String code() {
      return "missing";
    }
  }

  /** An impacted tooth (usually a third molar), tilted {@code angleDegrees} mesially (negative: distally) in bone. */
  record Impacted(double angleDegrees) implements Condition {
    public Impacted {
      if (!(angleDegrees >= -90 && angleDegrees <= 90)) {
        throw new IllegalArgumentException("impaction angle " + angleDegrees + " degrees, expected -90..90");
      }
    }

    public String code() {
      return "impacted";
    }
  }

  /** A periapical radiolucency of the given radius in mm at the root apex. */
  record PeriapicalLesion(double radiusMm) implements Condition {
    public PeriapicalLesion {
      if (!(radiusMm > 0 && radiusMm <= 10)) {
        throw new IllegalArgumentException("periapical lesion radius " + radiusMm + " mm, expected (0, 10]");
      }
    }

    public String code() {
      return "periapical_lesion";
    }
  }

  /** Periodontal bone loss of {@code mm} below the normal crest (about 1.5 mm below the cemento-enamel junction). */
  record BoneLoss(BoneLossPattern pattern, double mm) implements Condition {
    public BoneLoss {
      if (!(mm > 0 && mm <= 15)) {
        throw new IllegalArgumentException("bone loss " + mm + " mm, expected (0, 15]");
      }
    }

    public String code() {
      return "bone_loss";
    }
  }
}
