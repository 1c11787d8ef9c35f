package org.radiomesh.anatomy;

/**
 * The drawn pose of one tooth in its arch (degrees and mm): long-axis tip (crown towards mesial positive), torque
 * (crown towards buccal positive), rotation about the long axis, buccal displacement from the arch line, the gap kept
 * at its mesial contact, and how far an impacted tooth sits below its normal position (into the bone).
 */
public record ToothPose(double tipDeg, double torqueDeg, double rotationDeg, double buccalOffsetMm,
                        double contactGapMm, double impactionDepthMm) {}
